//! `_os`: the native half of `os` (the Python half is `src/stdlib/os/`,
//! with `os.path` in `src/stdlib/os/path.py`). Every native here that
//! touches a file is one request to the file controller (`crate::files`),
//! which applies the sandbox's grants; the Python half turns paths into
//! str (`os.fspath`), builds `stat_result`, `DirEntry`, `walk` and the
//! path arithmetic on top.
//!
//! Invariants: the working directory is always `/`; the environment is
//! what the host granted (`Grants::env`, read when the grant was made),
//! never the host's own; the natives take str paths only (the Python half
//! converts bytes and path-like objects first).

use crate::files::file::{controller, path_arg};
use crate::object::{Args, ObjRef, PyResult, Value};
use crate::runtime::data::Data;
use crate::vm::Vm;

use super::def;
use crate::builtins::positional;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("getcwd", getcwd),
        ("listdir", listdir),
        ("remove", remove),
        ("rmdir", rmdir),
        ("mkdir", mkdir),
        ("stat", stat),
        ("rename", rename),
        ("kind", kind),
        ("environ", environ),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

/// One request to the controller about the paths in `args` (all str).
fn ask(vm: &mut Vm, method: &str, fname: &str, a: &Args, n: usize) -> PyResult<Data> {
    positional(vm, fname, a, n, n)?;
    let mut paths = Vec::with_capacity(n);
    for v in a.pos.iter() {
        paths.push(Data::Str(path_arg(vm, v, fname)?));
    }
    let s = controller(vm)?;
    vm.service_call(&s, method, paths)
}

fn getcwd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getcwd", a, 0, 0)?;
    Ok(Value::str("/"))
}

/// `listdir(path)`: the names in the directory, sorted.
fn listdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = ask(vm, "listdir", "listdir", a, 1)?;
    vm.local_from_data(&d)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ask(vm, "remove", "remove", a, 1)?;
    Ok(Value::None)
}

fn rmdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ask(vm, "rmdir", "rmdir", a, 1)?;
    Ok(Value::None)
}

fn mkdir(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ask(vm, "mkdir", "mkdir", a, 1)?;
    Ok(Value::None)
}

/// `stat(path)`: `[mode, ino, dev, nlink, uid, gid, size, atime_ns,
/// mtime_ns, ctime_ns]` (see files/meta.rs).
fn stat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = ask(vm, "stat", "stat", a, 1)?;
    vm.local_from_data(&d)
}

fn rename(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    ask(vm, "rename", "rename", a, 2)?;
    Ok(Value::None)
}

/// `kind(path)`: "file", "dir" or "" (absent or not visible).
fn kind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = ask(vm, "kind", "kind", a, 1)?;
    vm.local_from_data(&d)
}

/// `environ()`: the granted environment as a new dict.
fn environ(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "environ", a, 0, 0)?;
    let pairs: Vec<(String, String)> = vm.effective_grants().env.clone();
    let d = Data::Dict(
        pairs
            .into_iter()
            .map(|(k, v)| (Data::Str(k), Data::Str(v)))
            .collect(),
    );
    vm.local_from_data(&d)
}

fn cpu_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "cpu_count", a, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => Value::Int(i64::try_from(n.get()).unwrap_or(1)),
        Err(_) => Value::None,
    })
}

/// `urandom(n)`: `n` bytes of the host's OS entropy (as `random`'s).
fn urandom(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    super::random::urandom_native(vm, a)
}
