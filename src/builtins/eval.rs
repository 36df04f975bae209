//! `eval`, `exec` and `compile`, as CPython 3.11 has them.
//!
//! - Source is a str, UTF-8 bytes (a BOM is dropped) or a code object that
//!   `compile` made (or a function's `__code__`). Text is compiled with
//!   `compiler::compile_source`, whose module-level names go through the
//!   frame's locals mapping, so the code runs with any globals dict and
//!   any locals mapping.
//! - Code compiled here is materialised uncached (`Vm::code_uncached`): a
//!   loop of `eval(str(i))` keeps nothing alive.
//! - The code runs in this sandbox, under its grants and caps, with the
//!   authority of the code that called `exec` (`Vm::run_dynamic`): it
//!   imports only what the sandbox may, and the functions and classes it
//!   defines are stamped with that authority like any others.
//! - Compiling is refused before it starts when it could not finish within
//!   the caps: too little Rust stack left (a RecursionError, as CPython's
//!   "during compilation"), or a source too large for the time or memory
//!   left (the sandbox stops at its limit). The compiler itself refuses
//!   deep nesting with a SyntaxError and never recurses past its bounds.
//! - Errors are CPython's: a SyntaxError carries filename, line, offset and
//!   text (`Vm::syntax_error_at`); wrong argument types and modes raise
//!   CPython's TypeError and ValueError messages.

use std::rc::Rc;

use crate::compiler::Mode;
use crate::object::code::Code;
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::{arg_or_kw, def, kwarg, positional};

/// Rust stack the compiler may need at its nesting bounds (a debug build
/// fits in 32 MiB; see compiler/tests.rs, `near_limit_inputs_fit_in_32mib`).
const COMPILE_STACK: usize = 40 << 20;
/// Estimated compile time per source byte, in work units (about a ns): a
/// few hundred ns in a release build, some microseconds in a debug one
/// (measured: 1.2 MB of assignments in 4 s). The compiler cannot be
/// interrupted, so a source whose estimate is past the time left is
/// refused before it starts.
const COMPILE_UNITS_PER_BYTE: u64 = if cfg!(debug_assertions) { 4000 } else { 500 };
/// Estimated memory the compiler holds at once per source byte (tokens,
/// AST, symbol table and code).
const COMPILE_BYTES_PER_BYTE: u64 = 48;

/// The `flags` bits `compile` accepts: the `__future__` features (all
/// always on in sandpy, `annotations` honoured) and `PyCF_DONT_IMPLY_DEDENT`.
const FUTURE_FLAGS: i64 =
    0x10 | 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x800000 | 0x1000000;
const PYCF_DONT_IMPLY_DEDENT: i64 = 0x200;
/// Flags CPython knows that sandpy cannot honour: `PyCF_ONLY_AST` (0x400),
/// `PyCF_TYPE_COMMENTS` (0x1000), `PyCF_ALLOW_TOP_LEVEL_AWAIT` (0x2000),
/// `PyCF_ALLOW_INCOMPLETE_INPUT` (0x4000), `barry_as_FLUFL` (0x400000).
const UNSUPPORTED_FLAGS: i64 = 0x400 | 0x1000 | 0x2000 | 0x4000 | 0x400000;

/// Register the functions of this file.
pub(super) fn install(vm: &mut Vm) {
    def(vm, "eval", eval);
    def(vm, "exec", exec);
    def(vm, "compile", compile);
}

/// What to run: source text, or a code object.
enum Source {
    Text(String),
    Code(Rc<Code>),
}

/// `eval(source, globals=None, locals=None, /)`.
fn eval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "eval", a, 1, 3)?;
    let src = source_arg(vm, &a.pos[0], "eval", "string, bytes or code object")?;
    let globals = a.pos.get(1).cloned().unwrap_or(Value::None);
    let locals = a.pos.get(2).cloned().unwrap_or(Value::None);
    if !globals.is_none() && dict_object(&globals).is_none() {
        let msg = if is_mapping(vm, &globals) {
            "globals must be a real dict; try eval(expr, {}, mapping)"
        } else {
            "globals must be a dict"
        };
        return Err(vm.type_error(msg));
    }
    if !locals.is_none() && !is_mapping(vm, &locals) {
        return Err(vm.type_error("locals must be a mapping"));
    }
    let (globals, locals) = namespaces(vm, globals, locals)?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => {
            // As CPython's eval: leading spaces and tabs are not an indent.
            let t = t.trim_start_matches([' ', '\t']);
            compile_text(vm, t, "<string>", Mode::Eval, false, 0)?
        }
    };
    run_code(vm, code, globals, locals)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`.
fn exec(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    for (k, _) in a.kw {
        let k = super::StrPayload::payload_str(k).unwrap_or("?");
        if k != "closure" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for exec()")));
        }
    }
    let n = a.pos.len();
    if n == 0 {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(if a.kw.is_empty() {
            format!("exec() takes at most 3 positional arguments ({n} given)")
        } else {
            format!(
                "exec() takes at most 4 arguments ({} given)",
                n + a.kw.len()
            )
        }));
    }
    let src = source_arg(vm, &a.pos[0], "exec", "string, bytes or code object")?;
    let globals = a.pos.get(1).cloned().unwrap_or(Value::None);
    let locals = a.pos.get(2).cloned().unwrap_or(Value::None);
    if !globals.is_none() && dict_object(&globals).is_none() {
        let tn = vm.type_name(&globals);
        return Err(vm.type_error(format!("exec() globals must be a dict, not {tn}")));
    }
    if !locals.is_none() && !is_mapping(vm, &locals) {
        let tn = vm.type_name(&locals);
        return Err(vm.type_error(format!("locals must be a mapping or None, not {tn}")));
    }
    let closure = kwarg(a, "closure").unwrap_or(Value::None);
    let (globals, locals) = namespaces(vm, globals, locals)?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => compile_text(vm, &t, "<string>", Mode::Exec, false, 0)?,
    };
    if !closure.is_none() {
        return Err(
            vm.type_error("exec() closure is not supported by sandpy (run a function instead)")
        );
    }
    run_code(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1, *, _feature_version=-1)`.
fn compile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    for (k, _) in a.kw {
        let k = super::StrPayload::payload_str(k).unwrap_or("?");
        if !NAMES.contains(&k) && k != "_feature_version" {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for compile()"
            )));
        }
    }
    if a.pos.len() > 6 {
        let n = a.pos.len() + a.kw.len();
        return Err(if a.kw.is_empty() {
            vm.type_error(format!(
                "compile() takes at most 6 positional arguments ({n} given)"
            ))
        } else {
            vm.type_error(format!("compile() takes at most 7 arguments ({n} given)"))
        });
    }
    let mut args = Vec::new();
    for (i, name) in NAMES.iter().enumerate() {
        if a.pos.get(i).is_some() && kwarg(a, name).is_some() {
            return Err(vm.type_error(format!(
                "argument for compile() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        args.push(arg_or_kw(a, i, name));
    }
    for (i, name) in NAMES.iter().enumerate().take(3) {
        if args[i].is_none() {
            return Err(vm.type_error(format!(
                "compile() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    let source = args[0].clone().unwrap_or(Value::None);
    let filename = filename_arg(vm, args[1].as_ref().unwrap_or(&Value::None))?;
    let mode = args[2].clone().unwrap_or(Value::None);
    let Some(mode) = mode.as_str().map(str::to_string) else {
        let tn = vm.type_name(&mode);
        return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {tn}")));
    };
    let flags = match &args[3] {
        Some(v) => vm.index_value(v)?,
        None => 0,
    };
    if let Some(v) = &args[4] {
        vm.index_value(v)?;
    }
    let optimize = match &args[5] {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    if let Some(v) = kwarg(a, "_feature_version") {
        vm.index_value(&v)?;
    }
    let mode = match mode.as_str() {
        "exec" => Mode::Exec,
        "eval" => Mode::Eval,
        "single" => Mode::Single,
        _ => {
            return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
        }
    };
    if flags & !(FUTURE_FLAGS | PYCF_DONT_IMPLY_DEDENT | UNSUPPORTED_FLAGS) != 0 {
        return Err(vm.value_error("compile(): unrecognised flags"));
    }
    if flags & UNSUPPORTED_FLAGS != 0 {
        return Err(vm.value_error(format!(
            "compile(): flags {:#x} are not supported by sandpy (it has no ast module, no \
             top-level await and no incomplete-input mode)",
            flags & UNSUPPORTED_FLAGS
        )));
    }
    if !(-1..=2).contains(&optimize) {
        return Err(vm.value_error("compile(): invalid optimize value"));
    }
    let src = source_arg(vm, &source, "compile", "string, bytes or AST object")?;
    let code = match src {
        Source::Code(c) => c,
        Source::Text(t) => {
            let future = flags & 0x1000000 != 0;
            let level = u8::try_from(optimize.max(0)).unwrap_or(0);
            compile_text(vm, &t, &filename, mode, future, level)?
        }
    };
    Ok(Value::Obj(ObjRef::new(Payload::Code(code))))
}

/// The source argument: text (str, or bytes decoded as UTF-8), or a code
/// object (not for `compile`, which CPython also refuses).
fn source_arg(vm: &mut Vm, v: &Value, fname: &str, kinds: &str) -> PyResult<Source> {
    let text = match v.payload() {
        Some(Payload::Str(s)) => s.s.to_string(),
        Some(Payload::Bytes(b)) => decode(vm, b)?,
        Some(Payload::Code(c)) if fname != "compile" => return Ok(Source::Code(c.clone())),
        _ => match v.instance_base().and_then(Value::as_str) {
            Some(s) => s.to_string(),
            None => return Err(vm.type_error(format!("{fname}() arg 1 must be a {kinds}"))),
        },
    };
    if text.contains('\0') {
        let cls = vm.exc_types.syntax_error.clone();
        let msg = Value::str("source code string cannot contain null bytes");
        return Err(crate::vm::exc::new_exception(vm, &cls, vec![msg]));
    }
    Ok(Source::Text(text))
}

/// Source bytes as text: UTF-8, a BOM dropped.
fn decode(vm: &mut Vm, b: &[u8]) -> PyResult<String> {
    let b = b.strip_prefix(b"\xef\xbb\xbf").unwrap_or(b);
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let bad = b.get(at).copied().unwrap_or(0);
            let why = match e.error_len() {
                None => "unexpected end of data",
                Some(_) if (0x80..0xc2).contains(&bad) || bad >= 0xf5 => "invalid start byte",
                Some(_) => "invalid continuation byte",
            };
            let line = 1 + b[..at].iter().filter(|&&c| c == b'\n').count();
            let col = at
                - b[..at]
                    .iter()
                    .rposition(|&c| c == b'\n')
                    .map_or(0, |p| p + 1);
            let msg = format!(
                "(unicode error) 'utf-8' codec can't decode byte {bad:#04x} in position {col}: {why}"
            );
            let err = crate::compiler::CompileError {
                kind: "SyntaxError",
                msg,
                filename: "<string>".into(),
                line: u32::try_from(line).unwrap_or(u32::MAX),
                col: 0,
                text: None,
            };
            Err(vm.syntax_error_at(&err, None))
        }
    }
}

/// `compile`'s filename: str, bytes, or an object with `__fspath__`.
fn filename_arg(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => return Ok(s.s.to_string()),
        Some(Payload::Bytes(b)) => return Ok(String::from_utf8_lossy(b).into_owned()),
        _ => {}
    }
    if let Some(f) = vm.lookup_special_str(v, "__fspath__") {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        if let Some(s) = r.as_str() {
            return Ok(s.to_string());
        }
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "expected str, bytes or os.PathLike object, not {tn}"
    )))
}

/// Compile `text` within this sandbox's caps.
fn compile_text(
    vm: &mut Vm,
    text: &str,
    filename: &str,
    mode: Mode,
    future_annotations: bool,
    optimize: u8,
) -> PyResult<Rc<Code>> {
    if vm.native_stack_left() < COMPILE_STACK {
        let c = vm.exc_types.recursion_error.clone();
        return Err(vm.new_exc(&c, "maximum recursion depth exceeded during compilation"));
    }
    let n = text.len() as u64;
    vm.afford(n.saturating_mul(COMPILE_UNITS_PER_BYTE))?;
    vm.reserve_memory(n.saturating_mul(COMPILE_BYTES_PER_BYTE))?;
    let unit =
        match crate::compiler::compile_source(text, filename, mode, future_annotations, optimize) {
            Ok(u) => u,
            Err(e) => {
                match e.nesting() {
                    Some(crate::compiler::Nesting::Parser) => {
                        let c = vm.builtin_exc_class("MemoryError");
                        return Err(crate::vm::exc::new_exception(vm, &c, Vec::new()));
                    }
                    Some(crate::compiler::Nesting::Compiler) => {
                        let c = vm.exc_types.recursion_error.clone();
                        let msg = "maximum recursion depth exceeded during compilation";
                        return Err(vm.new_exc(&c, msg));
                    }
                    None => {}
                }
                let line = e
                    .text
                    .as_ref()
                    .and_then(|_| error_line(text, &e.msg, e.line, mode));
                return Err(vm.syntax_error_at(&e, line));
            }
        };
    // The time a large compile took is seen at once (the caps are read at
    // the next call or backward jump too).
    vm.work(0)?;
    vm.code_uncached(&unit)
}

/// A SyntaxError's `text`: the source line, ending with a newline where
/// CPython's tokenizer gives it one (always, except in 'eval' mode on the
/// last line of a source that has none, and in the tokenizer's own bracket
/// and string errors, which show the line without it).
fn error_line(text: &str, msg: &str, line: u32, mode: Mode) -> Option<String> {
    if line == 0 {
        return Some(String::new());
    }
    let mut lines = text.split_inclusive('\n');
    let l = lines.nth(line as usize - 1).unwrap_or("");
    let bracket = msg.ends_with("was never closed")
        || msg.starts_with("unmatched '")
        || msg.starts_with("closing parenthesis")
        || msg.starts_with("unterminated ");
    // (A bracket left open on the last line, which has no line break,
    // is shown with one.)
    let open_at_end = msg.ends_with("was never closed") && !l.ends_with('\n');
    if bracket && !open_at_end {
        return Some(l.trim_end_matches(['\n', '\r']).to_string());
    }
    if l.ends_with('\n') || mode == Mode::Eval {
        Some(l.to_string())
    } else {
        Some(format!("{l}\n"))
    }
}

/// The dict object behind a globals argument (a dict or a dict subclass's
/// instance).
fn dict_object(v: &Value) -> Option<ObjRef> {
    match v.payload() {
        Some(Payload::Dict(_)) => v.as_obj().cloned(),
        Some(Payload::Instance(_)) => match v.instance_base() {
            Some(b @ Value::Obj(o)) if matches!(b.payload(), Some(Payload::Dict(_))) => {
                Some(o.clone())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a mapping (has `__getitem__`), as CPython checks `locals`.
fn is_mapping(vm: &mut Vm, v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Dict(_)))
        || vm.lookup_special_str(v, "__getitem__").is_some()
}

/// The globals dict and locals mapping to run with. None for globals: the
/// caller's (and its locals, unless given); `__builtins__` is added to a
/// globals dict that lacks it, as CPython does. Locals that are the
/// globals are left out (the frame then writes its globals).
fn namespaces(vm: &mut Vm, globals: Value, locals: Value) -> PyResult<(ObjRef, Option<ObjRef>)> {
    let (globals, locals) = if globals.is_none() {
        let Some(f) = vm.frames.last() else {
            return Err(vm.runtime_error("eval/exec needs a calling frame or globals"));
        };
        let g = f.globals.clone();
        let l = if locals.is_none() {
            super::functions::locals(vm, &Args { pos: &[], kw: &[] })?
        } else {
            locals
        };
        (g, l)
    } else {
        let g = dict_object(&globals).ok_or_else(|| vm.type_error("globals must be a dict"))?;
        let key = vm.intern("__builtins__");
        if vm.dict_get_str(&g, &key)?.is_none() {
            let b = Value::Obj(vm.builtins.clone());
            vm.dict_set_str(&g, &key, b)?;
        }
        let l = if locals.is_none() {
            Value::Obj(g.clone())
        } else {
            locals
        };
        (g, l)
    };
    let locals = match locals {
        Value::Obj(o) if o.is(&globals) => None,
        Value::Obj(o) => Some(dict_object(&Value::Obj(o.clone())).unwrap_or(o)),
        _ => None,
    };
    Ok((globals, locals))
}

/// Run a code object, refusing those a frame cannot run alone.
fn run_code(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: ObjRef,
    locals: Option<ObjRef>,
) -> PyResult<Value> {
    let unit = &code.unit;
    if !unit.freevars.is_empty() {
        let n = unit.freevars.len();
        return Err(vm.type_error(format!(
            "code object requires a closure of exactly length {n}"
        )));
    }
    let params = unit.argcount as usize + unit.kwonlyargcount as usize;
    if params > 0 {
        let names: Vec<String> = unit
            .varnames
            .iter()
            .take(unit.argcount as usize)
            .map(|n| format!("'{n}'"))
            .collect();
        let name = unit.qualname.to_string();
        let msg = match names.len() {
            0 => format!(
                "{name}() missing {} required keyword-only argument{}",
                unit.kwonlyargcount,
                if unit.kwonlyargcount == 1 { "" } else { "s" }
            ),
            1 => format!(
                "{name}() missing 1 required positional argument: {}",
                names[0]
            ),
            k => {
                let (last, rest) = names.split_last().unwrap_or((&names[0], &[]));
                let list = if k == 2 {
                    format!("{} and {last}", rest.join(", "))
                } else {
                    format!("{}, and {last}", rest.join(", "))
                };
                format!("{name}() missing {k} required positional arguments: {list}")
            }
        };
        return Err(vm.type_error(msg));
    }
    if unit.generator {
        return Err(vm.type_error(
            "exec() of a generator's code object is not supported by sandpy (call the generator function)",
        ));
    }
    vm.run_dynamic(code, globals, locals)
}
