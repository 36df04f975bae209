//! Running a program: compile, build the `__main__` module, execute, and turn
//! the outcome into an exit status the way `python` does (0, 1 for an uncaught
//! exception with its traceback on stderr, SystemExit's code).
//!
//! The interpreter runs on its own thread with a large stack; a Rust panic in
//! it is caught at this boundary and reported as a crash, never unwinding into
//! the host.

use std::path::Path;
use std::sync::Arc;

use crate::object::{Payload, Value};
use crate::vm::Vm;

/// Stack size of an interpreter thread.
pub const STACK_SIZE: usize = 512 * 1024 * 1024;

/// Exit status used when the interpreter itself crashed.
pub const EXIT_CRASH: i32 = 70;

/// Exit status of a program stopped at a limit (time, memory, ...), as
/// `timeout(1)` uses for a command it stopped.
pub const EXIT_LIMIT: i32 = 124;

/// What a captured run produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    /// The exit status `sandpy run` would give.
    pub status: i32,
    /// Everything the program printed to stdout.
    pub stdout: String,
    /// Tracebacks and `sys.stderr` output.
    pub stderr: String,
}

/// Run `source` as the main program; returns the process exit status.
/// Output goes to the process's stdout and stderr.
pub fn run_source(source: String, filename: String, argv: Vec<String>) -> i32 {
    run_source_with(source, filename, argv, crate::runtime::Grants::all())
}

/// `run_source` with the grants and caps of the command line's flags. A
/// program stopped at a limit prints `sandpy: <limit> exceeded ...` on
/// stderr and exits with `EXIT_LIMIT`.
pub fn run_source_with(
    source: String,
    filename: String,
    argv: Vec<String>,
    grants: crate::runtime::Grants,
) -> i32 {
    on_interpreter_thread(move || run_in_thread(&source, &filename, argv, None, grants).status)
}

/// Run `source` with its output captured instead of printed (for hosts and
/// tests). A crash of the interpreter is reported as status `EXIT_CRASH`.
pub fn run_captured(source: &str) -> Captured {
    let source = source.to_string();
    let mut status_only = Captured {
        status: EXIT_CRASH,
        stdout: String::new(),
        stderr: String::new(),
    };
    let r = std::thread::Builder::new()
        .name("sandpy-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                run_in_thread(
                    &source,
                    "<string>",
                    vec!["<string>".into()],
                    Some(()),
                    crate::runtime::Grants::all(),
                )
            }))
        })
        .map(|h| h.join());
    match r {
        Ok(Ok(Ok(c))) => c,
        Ok(Ok(Err(p))) | Ok(Err(p)) => {
            status_only.stderr = format!(
                "sandpy: internal error (the interpreter crashed): {}",
                panic_text(&*p)
            );
            status_only
        }
        Err(e) => {
            status_only.stderr = format!("sandpy: cannot start the interpreter thread: {e}");
            status_only
        }
    }
}

pub(crate) fn panic_text(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}

/// Run `f` on a fresh interpreter thread with a large stack, containing panics.
fn on_interpreter_thread(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let worker = std::thread::Builder::new()
        .name("sandpy-main".into())
        .stack_size(STACK_SIZE)
        .spawn(move || std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)));
    match worker {
        // What the program printed is written before anything more is said
        // (the writer thread may still hold its last lines).
        Ok(h) => {
            let r = h.join();
            crate::runtime::output::Sink::sync_stdout();
            match r {
                Ok(Ok(code)) => code,
                Ok(Err(p)) | Err(p) => {
                    eprintln!(
                        "sandpy: internal error (the interpreter crashed): {}",
                        panic_text(&*p)
                    );
                    EXIT_CRASH
                }
            }
        }
        Err(e) => {
            eprintln!("sandpy: cannot start the interpreter thread: {e}");
            EXIT_CRASH
        }
    }
}

/// Compile on a thread with a large stack (deeply nested input is refused
/// with a SyntaxError, but the parser still recurses).
pub fn compile_checked(
    source: &str,
    filename: &str,
) -> Result<Arc<crate::bytecode::CodeUnit>, crate::compiler::CompileError> {
    crate::compiler::compile_module(source, filename)
}

fn run_in_thread(
    source: &str,
    filename: &str,
    argv: Vec<String>,
    capture: Option<()>,
    grants: crate::runtime::Grants,
) -> Captured {
    let mut result = Captured {
        status: 1,
        stdout: String::new(),
        stderr: String::new(),
    };
    let unit = match compile_checked(source, filename) {
        Ok(u) => u,
        Err(e) => {
            let mut text = e.to_string();
            if !text.ends_with('\n') {
                text.push('\n');
            }
            if capture.is_some() {
                result.stderr = text;
            } else {
                eprint!("{text}");
            }
            return result;
        }
    };
    let dir = Path::new(filename)
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".").to_path_buf()
            } else {
                p.to_path_buf()
            }
        })
        .unwrap_or_else(|| Path::new(".").to_path_buf());
    // CPython puts the script's directory, made absolute, first on sys.path
    // (the working directory for `-c`). Its `.py` files are importable, and
    // only importable: the directory is an import mount at its own path,
    // read by the file controller, invisible to `open` (docs/security.md,
    // "Imports").
    let dir = std::path::absolute(&dir).unwrap_or(dir);
    let mut grants = grants;
    if let Ok(m) = crate::runtime::grants::Mount::new(&dir, Some(&dir.to_string_lossy()), false) {
        grants.imports.push(m);
    }
    let mut vm = Vm::with_grants(STACK_SIZE, grants);
    if capture.is_some() {
        vm.out = crate::vm::Output::new(crate::vm::Sink::buffer());
        vm.err_capture = Some(Vec::new());
    }
    vm.argv = argv;
    vm.import_path.push(dir.clone());
    let main = vm.new_module("__main__");
    let globals = match main.payload() {
        Payload::Module(m) => m.dict.clone(),
        _ => {
            result.status = EXIT_CRASH;
            return result;
        }
    };
    // Absolute, as CPython (3.9 on) gives the main script's `__file__`;
    // none for source given as a string (`-c`).
    if let Payload::Module(m) = main.payload()
        && filename != "<string>"
        && let Some(base) = Path::new(filename).file_name()
    {
        let file = dir.join(base).display().to_string();
        let f = vm.intern("__file__");
        let _ = vm.dict_set_str(&m.dict, &f, Value::str(&file));
    }
    vm.modules.insert("__main__".into(), main.clone());
    let r = vm.run_code_in(&unit, globals);
    result.status = match r {
        _ if vm.stopping() => EXIT_LIMIT,
        Ok(_) => 0,
        Err(e) => exit_status_for(&mut vm, &e.0),
    };
    // As at CPython's exit: the finalizers of what is still alive run after
    // the traceback of an uncaught exception, within the same limits.
    vm.finalize_at_exit();
    if vm.stopping() {
        let why = vm
            .ctx
            .me
            .meter
            .stopped()
            .unwrap_or_else(|| "the program was stopped".into());
        vm.flush_out();
        let text = format!("sandpy: {why}\n");
        match &mut vm.err_capture {
            Some(b) => b.extend_from_slice(text.as_bytes()),
            None => eprint!("{text}"),
        }
        result.status = EXIT_LIMIT;
    }
    vm.flush_out();
    if let Some(text) = vm.out.sink.contents() {
        result.stdout = text;
    }
    if let Some(b) = &vm.err_capture {
        result.stderr = String::from_utf8_lossy(b).into_owned();
    }
    result
}

/// The exit status for an uncaught exception (printing what Python prints).
fn exit_status_for(vm: &mut Vm, e: &crate::object::ObjRef) -> i32 {
    let v = Value::Obj(e.clone());
    let se = vm.exc_types.system_exit.clone();
    if vm.is_instance(&v, &se) {
        let args = crate::types::exceptions::exc_args(&v);
        return match args.first() {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => (*i & 0xff) as i32,
            Some(Value::Bool(b)) => *b as i32,
            Some(other) => {
                let s = vm.str(other).unwrap_or_default();
                vm.write_err(&format!("{s}\n"));
                1
            }
        };
    }
    let text = vm.format_exception(e);
    vm.write_err(&text);
    1
}
