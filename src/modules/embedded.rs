//! Standard-library modules written in Python and shipped inside the
//! binary (`src/stdlib/`, embedded with `include_str!`).
//!
//! One registry, `EMBEDDED`, names each module (a package's submodules by
//! their dotted name), its source and whether it is a package. The
//! importer asks it after the native modules and before the import path
//! (`vm/import.rs`), so a stdlib name always means the stdlib module, as a
//! native module's does.
//!
//! Invariants:
//! - a module is importable exactly when its top-level name is granted
//!   (`Grants::may_import`): `asyncio.tasks` when `asyncio` is. The code it
//!   runs imports under the importing sandbox's grants, so a module that
//!   imports another (asyncio imports `time`) needs that one granted too;
//! - each source is compiled at most once per process (`compiled`): the
//!   `CodeUnit` is plain `Send + Sync` data, shared by every sandbox, each
//!   of which materialises its own runtime `Code` from it (`Vm::code_for`);
//! - `__file__` is `<stdlib>/NAME.py` (`<stdlib>/NAME/__init__.py` for a
//!   package): a pseudo-path that says the module is built in, and the name
//!   tracebacks show; they quote the embedded source's lines.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::bytecode::CodeUnit;
use crate::compiler::CompileError;

/// One module shipped as Python source.
pub struct Embedded {
    /// The full dotted name (`asyncio`, `asyncio.tasks`).
    pub name: &'static str,
    /// Its source text.
    pub source: &'static str,
    /// Whether it is a package (its submodules are entries of their own).
    pub package: bool,
    /// Whether it is built once per runtime and shared frozen by every
    /// sandbox (modules/shared.rs): true only for a module that keeps no
    /// mutable state of its own (no caches, registries or globals it
    /// rebinds) and imports only shared modules. Set on a package's
    /// `__init__` entry, it covers the whole package.
    pub shared: bool,
}

impl Embedded {
    /// The pseudo-path of its source (`__file__`, and tracebacks' name).
    pub fn file(&self) -> String {
        let path = self.name.replace('.', "/");
        if self.package {
            format!("<stdlib>/{path}/__init__.py")
        } else {
            format!("<stdlib>/{path}.py")
        }
    }

    /// The top-level name, the one a grant names.
    pub fn top(&self) -> &'static str {
        self.name.split('.').next().unwrap_or(self.name)
    }
}

/// An entry of `EMBEDDED`: a module, or a package (its `__init__.py`).
macro_rules! module {
    ($name:literal, $file:literal) => {
        Embedded {
            name: $name,
            source: include_str!(concat!("../stdlib/", $file)),
            package: false,
            shared: false,
        }
    };
}
macro_rules! package {
    ($name:literal, $file:literal) => {
        Embedded {
            name: $name,
            source: include_str!(concat!("../stdlib/", $file)),
            package: true,
            shared: false,
        }
    };
}
/// A module built once per runtime and shared frozen (see `shared`).
#[allow(unused_macros)]
macro_rules! shared_module {
    ($name:literal, $file:literal) => {
        Embedded {
            name: $name,
            source: include_str!(concat!("../stdlib/", $file)),
            package: false,
            shared: true,
        }
    };
}
/// A package built once per runtime and shared frozen, with its
/// submodules (see `shared`).
#[allow(unused_macros)]
macro_rules! shared_package {
    ($name:literal, $file:literal) => {
        Embedded {
            name: $name,
            source: include_str!(concat!("../stdlib/", $file)),
            package: true,
            shared: true,
        }
    };
}

/// Every embedded module, by full name.
pub const EMBEDDED: &[Embedded] = &[
    package!("asyncio", "asyncio/__init__.py"),
    module!("asyncio._heap", "asyncio/_heap.py"),
    module!("asyncio._shortrepr", "asyncio/_shortrepr.py"),
    module!("asyncio.coroutines", "asyncio/coroutines.py"),
    module!("asyncio.events", "asyncio/events.py"),
    module!("asyncio.exceptions", "asyncio/exceptions.py"),
    module!("asyncio.futures", "asyncio/futures.py"),
    module!("asyncio.locks", "asyncio/locks.py"),
    module!("asyncio.queues", "asyncio/queues.py"),
    module!("asyncio.runners", "asyncio/runners.py"),
    module!("asyncio.taskgroups", "asyncio/taskgroups.py"),
    module!("asyncio.tasks", "asyncio/tasks.py"),
    module!("asyncio.timeouts", "asyncio/timeouts.py"),
    shared_module!("keyword", "keyword.py"),
    shared_module!("_types", "_types.py"),
    shared_module!("types", "types.py"),
    shared_module!("numbers", "numbers.py"),
    shared_module!("contextlib", "contextlib.py"),
    shared_module!("dataclasses", "dataclasses.py"),
    shared_module!("enum", "enum.py"),
    shared_package!("json", "json/__init__.py"),
    module!("json.decoder", "json/decoder.py"),
    module!("json.encoder", "json/encoder.py"),
    module!("json.scanner", "json/scanner.py"),
    shared_module!("base64", "base64.py"),
    shared_module!("hashlib", "hashlib.py"),
    shared_module!("hmac", "hmac.py"),
    shared_module!("functools", "functools.py"),
    shared_module!("heapq", "heapq.py"),
    shared_module!("fnmatch", "fnmatch.py"),
    shared_module!("io", "io.py"),
    shared_module!("string", "string.py"),
    shared_module!("textwrap", "textwrap.py"),
    shared_module!("abc", "abc.py"),
    shared_package!("collections", "collections/__init__.py"),
    module!("collections.abc", "collections/abc.py"),
    module!("copy", "copy.py"),
    module!("copyreg", "copyreg.py"),
    shared_module!("re", "re.py"),
    module!("glob", "glob.py"),
    package!("os", "os/__init__.py"),
    module!("os.path", "os/path.py"),
    module!("pathlib", "pathlib.py"),
    shared_module!("random", "random.py"),
    shared_module!("time", "time.py"),
    module!("_csv", "_csv.py"),
    module!("csv", "csv.py"),
    shared_module!("pprint", "pprint.py"),
    shared_module!("difflib", "difflib.py"),
    shared_module!("shlex", "shlex.py"),
    shared_module!("reprlib", "reprlib.py"),
    module!("uuid", "uuid.py"),
    shared_module!("queue", "queue.py"),
    shared_module!("__future__", "__future__.py"),
    shared_module!("fractions", "fractions.py"),
    shared_module!("statistics", "statistics.py"),
    module!("decimal", "decimal.py"),
    // Per sandbox: the filters and registries of warnings, the loggers of
    // logging, the main thread of threading.
    module!("traceback", "traceback.py"),
    // Per sandbox: finalize's registry of live finalizers.
    module!("weakref", "weakref.py"),
    module!("warnings", "warnings.py"),
    package!("logging", "logging/__init__.py"),
    module!("logging.handlers", "logging/handlers.py"),
    module!("logging.config", "logging/config.py"),
    module!("argparse", "argparse.py"),
    module!("threading", "threading.py"),
    // The modules a sandbox cannot give a meaning: they import, and what
    // they cannot do raises saying why (`_refusal`).
    shared_module!("_refusal", "_refusal.py"),
    shared_module!("subprocess", "subprocess.py"),
    shared_module!("socket", "socket.py"),
    shared_module!("ctypes", "ctypes.py"),
    shared_module!("signal", "signal.py"),
    shared_module!("mmap", "mmap.py"),
    shared_module!("select", "select.py"),
    shared_module!("fcntl", "fcntl.py"),
    shared_module!("pty", "pty.py"),
    package!("multiprocessing", "multiprocessing/__init__.py"),
    module!("multiprocessing.pool", "multiprocessing/pool.py"),
    module!("multiprocessing._workers", "multiprocessing/_workers.py"),
    package!("concurrent", "concurrent/__init__.py"),
    package!("concurrent.futures", "concurrent/futures/__init__.py"),
    module!("concurrent.futures._base", "concurrent/futures/_base.py"),
    module!(
        "concurrent.futures.process",
        "concurrent/futures/process.py"
    ),
    module!("concurrent.futures.thread", "concurrent/futures/thread.py"),
    shared_module!("datetime", "datetime.py"),
    shared_module!("_datetime_core", "_datetime_core.py"),
    module!("calendar", "calendar.py"),
    module!("zoneinfo", "zoneinfo.py"),
    shared_module!("typing", "typing.py"),
    shared_module!("_typing_forms", "_typing_forms.py"),
    shared_module!("inspect", "inspect.py"),
];

/// The embedded module named `name` (a full dotted name).
pub fn find(name: &str) -> Option<&'static Embedded> {
    EMBEDDED.iter().find(|e| e.name == name)
}

/// Whether the embedded module `name` (a full dotted name) is shared: its
/// top-level entry says so.
pub fn is_shared(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    find(top).is_some_and(|e| e.shared) && find(name).is_some()
}

/// Whether `name` is a top-level embedded module.
pub fn is_embedded(name: &str) -> bool {
    find(name).is_some()
}

/// The compiled units of the embedded modules, by name.
fn units() -> &'static Mutex<HashMap<&'static str, Arc<CodeUnit>>> {
    static UNITS: OnceLock<Mutex<HashMap<&'static str, Arc<CodeUnit>>>> = OnceLock::new();
    UNITS.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Whether `source` is the source of an embedded module (compared by
/// identity, so code compiled from text under a `<stdlib>/...` name is
/// not taken for the library's).
pub fn is_stdlib_source(source: &Arc<crate::bytecode::SourceFile>) -> bool {
    units()
        .lock()
        .is_ok_and(|m| m.values().any(|u| Arc::ptr_eq(&u.source, source)))
}

/// The compiled code of `e`, compiled on first use and shared by every
/// sandbox of the process afterwards.
pub fn compiled(e: &'static Embedded) -> Result<Arc<CodeUnit>, CompileError> {
    let units = units();
    if let Some(u) = units.lock().ok().and_then(|m| m.get(e.name).cloned()) {
        return Ok(u);
    }
    // Compiled outside the lock: two sandboxes racing compile twice and
    // keep the first, which costs less than holding every importer up.
    let unit = crate::compiler::compile_module(e.source, &e.file())?;
    let Ok(mut m) = units.lock() else {
        return Ok(unit);
    };
    Ok(m.entry(e.name).or_insert(unit).clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_module_compiles() {
        for e in EMBEDDED {
            if let Err(err) = compiled(e) {
                panic!("{}: {} (line {})", e.name, err.msg, err.line);
            }
        }
    }

    #[test]
    fn compiled_once_and_shared() {
        let e = find("asyncio").expect("asyncio is embedded");
        let a = compiled(e).expect("compiles");
        let b = std::thread::spawn(move || compiled(e).expect("compiles"))
            .join()
            .expect("thread");
        assert!(Arc::ptr_eq(&a, &b));
    }

    #[test]
    fn packages_hold_their_submodules() {
        for e in EMBEDDED {
            if let Some((parent, _)) = e.name.rsplit_once('.') {
                assert!(find(parent).is_some_and(|p| p.package), "{}", e.name);
            }
        }
    }
}
