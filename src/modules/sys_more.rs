//! The rest of `sys`'s harmless names: `sys.stdin` (readable when the
//! sandbox is granted standard input), the encodings, `exception()`,
//! `flags`, `implementation`, `hexversion`, `builtin_module_names`,
//! `stdlib_module_names` and the constants programs read.
//!
//! Invariants: nothing here tells the guest about the host beyond what
//! `sys` already shows (the install prefixes are empty strings, the
//! executable is ''); `stdin`'s methods check the stdin grant on every
//! call, as `input()` does, and count the bytes they read against the
//! memory cap as they go.

use std::io::{BufRead, Read};

use crate::object::{Args, ObjRef, PyResult, Value};
use crate::vm::Vm;

use super::sys::{helper_class, inst_attr, instance_with, struct_seq};
use super::{def, set};
use crate::builtins::positional;

/// Fill the names of this file into `sys`'s namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef, micro: i64) -> PyResult<()> {
    let stdin = stdin_stream(vm)?;
    set(vm, d, "stdin", stdin.clone())?;
    set(vm, d, "__stdin__", stdin)?;
    let hexversion = (3 << 24) | (11 << 16) | (micro << 8) | 0xf0;
    set(vm, d, "hexversion", Value::Int(hexversion))?;
    set(vm, d, "api_version", Value::Int(1013))?;
    set(vm, d, "abiflags", Value::str(""))?;
    set(vm, d, "float_repr_style", Value::str("short"))?;
    set(vm, d, "dont_write_bytecode", Value::Bool(true))?;
    set(vm, d, "pycache_prefix", Value::None)?;
    set(vm, d, "platlibdir", Value::str("lib"))?;
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        set(vm, d, k, Value::str(""))?;
    }
    set(
        vm,
        d,
        "copyright",
        Value::str("sandpy: a Python 3.11 runtime written in Rust"),
    )?;
    set(vm, d, "warnoptions", Value::list(Vec::new()))?;
    let xo = vm.new_dict();
    set(vm, d, "_xoptions", xo)?;
    let argv: Vec<Value> = vm.argv.iter().map(|s| Value::str(s)).collect();
    set(vm, d, "orig_argv", Value::list(argv))?;
    let mut natives: Vec<&str> = ["math", "cmath", "sys", "sandbox", "importlib"]
        .into_iter()
        .chain(["_asyncio", "_os", "_random", "_time"])
        .filter(|n| super::is_native(n))
        .collect();
    natives.sort_unstable();
    let names: Vec<Value> = natives.iter().map(|n| Value::str(n)).collect();
    set(vm, d, "builtin_module_names", Value::tuple(names))?;
    let std_names = stdlib_names(vm)?;
    set(vm, d, "stdlib_module_names", std_names)?;
    let fl = flags(vm)?;
    set(vm, d, "flags", fl)?;
    let key = vm.intern("version_info");
    let version = vm.dict_get_str(d, &key)?;
    let imp = implementation(vm, version, micro, hexversion)?;
    set(vm, d, "implementation", imp)?;
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("getdefaultencoding", getdefaultencoding),
        ("getfilesystemencoding", getdefaultencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
        ("exception", exception),
        ("getswitchinterval", getswitchinterval),
        ("is_finalizing", is_finalizing),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

/// `sys.stdlib_module_names`: the names CPython's standard library has.
fn stdlib_names(vm: &mut Vm) -> PyResult<Value> {
    let items: Vec<Value> = super::stdlib_names::STDLIB_MODULES
        .iter()
        .map(|n| Value::str(n))
        .collect();
    let list = Value::list(items);
    let fs = Value::Obj(vm.types.frozenset.clone());
    vm.call(&fs, &[list])
}

fn flags(vm: &mut Vm) -> PyResult<Value> {
    let zero = Value::Int(0);
    struct_seq(
        vm,
        "flags",
        &[
            ("debug", zero.clone()),
            ("inspect", zero.clone()),
            ("interactive", zero.clone()),
            ("optimize", zero.clone()),
            ("dont_write_bytecode", Value::Int(1)),
            ("no_user_site", Value::Int(1)),
            ("no_site", Value::Int(1)),
            ("ignore_environment", Value::Int(1)),
            ("verbose", zero.clone()),
            ("bytes_warning", zero.clone()),
            ("quiet", zero.clone()),
            ("hash_randomization", Value::Int(1)),
            ("isolated", Value::Int(1)),
            ("dev_mode", Value::Bool(false)),
            ("utf8_mode", Value::Int(1)),
            ("warn_default_encoding", zero),
            ("safe_path", Value::Bool(true)),
            ("int_max_str_digits", Value::Int(0)),
        ],
    )
}

/// `sys.implementation`: a namespace naming sandpy.
fn implementation(
    vm: &mut Vm,
    version: Option<Value>,
    micro: i64,
    hexversion: i64,
) -> PyResult<Value> {
    let cls = helper_class(vm, "SimpleNamespace", &[("__repr__", namespace_repr)])?;
    instance_with(
        vm,
        &cls,
        &[
            ("name", Value::str("sandpy")),
            ("cache_tag", Value::None),
            (
                "version",
                version.unwrap_or(Value::tuple(vec![
                    Value::Int(3),
                    Value::Int(11),
                    Value::Int(micro),
                ])),
            ),
            ("hexversion", Value::Int(hexversion)),
            ("_multiarch", Value::str("")),
        ],
    )
}

fn namespace_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.pos.first().cloned().unwrap_or(Value::None);
    let mut parts = Vec::new();
    for k in ["name", "cache_tag", "version", "hexversion", "_multiarch"] {
        let v = inst_attr(vm, &s, k)?;
        let r = vm.repr(&v)?;
        parts.push(format!("{k}={r}"));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

fn getdefaultencoding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getdefaultencoding", a, 0, 0)?;
    Ok(Value::str("utf-8"))
}

fn getfilesystemencodeerrors(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getfilesystemencodeerrors", a, 0, 0)?;
    Ok(Value::str("surrogateescape"))
}

/// `exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "exception", a, 0, 0)?;
    Ok(vm.handled.clone())
}

fn getswitchinterval(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getswitchinterval", a, 0, 0)?;
    Ok(Value::Float(0.005))
}

fn is_finalizing(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "is_finalizing", a, 0, 0)?;
    Ok(Value::Bool(false))
}

// ----- stdin ---------------------------------------------------------------

fn stdin_stream(vm: &mut Vm) -> PyResult<Value> {
    let cls = helper_class(
        vm,
        "TextIOWrapper",
        &[
            ("read", stdin_read),
            ("readline", stdin_readline),
            ("readlines", stdin_readlines),
            ("__iter__", stdin_iter),
            ("__next__", stdin_next),
            ("__repr__", stdin_repr),
            ("isatty", stdin_isatty),
            ("readable", stdin_readable),
            ("writable", stdin_isatty),
            ("fileno", stdin_fileno),
        ],
    )?;
    instance_with(
        vm,
        &cls,
        &[
            ("name", Value::str("<stdin>")),
            ("mode", Value::str("r")),
            ("encoding", Value::str("utf-8")),
            ("errors", Value::str("strict")),
        ],
    )
}

/// PermissionError unless this sandbox may read standard input.
fn check_stdin(vm: &mut Vm) -> PyResult<()> {
    if vm.effective_grants().stdin {
        return Ok(());
    }
    Err(super::random::exc_named(
        vm,
        "PermissionError",
        "sys.stdin reads the host's standard input, which this sandbox was not granted \
         (grant it with SandboxBuilder::stdin() or sandbox.Config(stdin=True))",
    ))
}

/// The size argument of read/readline: None or a negative int mean all.
fn size_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<usize>> {
    positional(vm, name, a, 1, 2)?;
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = crate::types::int::index_bigint(vm, v)?;
            use num_traits::ToPrimitive;
            Ok(n.to_i64().filter(|n| *n >= 0).map(|n| n as usize))
        }
    }
}

fn decode(vm: &mut Vm, bytes: Vec<u8>) -> PyResult<Value> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(Value::string(s)),
        Err(e) => Err(vm.value_error(format!(
            "standard input is not valid UTF-8 at byte {}",
            e.utf8_error().valid_up_to()
        ))),
    }
}

/// One line (with its newline) of at most `limit` bytes.
fn read_line(vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
    vm.flush_out();
    let mut out = Vec::new();
    let stdin = std::io::stdin();
    let mut lock = stdin.lock();
    loop {
        let buf = match lock.fill_buf() {
            Ok(b) => b,
            Err(e) => return Err(vm.runtime_error(format!("reading standard input: {e}"))),
        };
        if buf.is_empty() {
            break;
        }
        let room = limit.map_or(usize::MAX, |l| l - out.len());
        let take = buf.len().min(room);
        let (n, done) = match buf[..take].iter().position(|b| *b == b'\n') {
            Some(i) => (i + 1, true),
            None => (take, out.len() + take == limit.unwrap_or(usize::MAX)),
        };
        vm.reserve_memory((out.len() + n) as u64)?;
        vm.work(n)?;
        out.extend_from_slice(&buf[..n]);
        lock.consume(n);
        if done {
            break;
        }
    }
    Ok(out)
}

fn stdin_read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let limit = size_arg(vm, a, "read")?;
    check_stdin(vm)?;
    vm.flush_out();
    let mut out = Vec::new();
    let mut chunk = vec![0u8; 65536];
    let mut lock = std::io::stdin().lock();
    loop {
        let room = limit.map_or(chunk.len(), |l| (l - out.len()).min(chunk.len()));
        if room == 0 {
            break;
        }
        let n = match lock.read(&mut chunk[..room]) {
            Ok(n) => n,
            Err(e) => return Err(vm.runtime_error(format!("reading standard input: {e}"))),
        };
        if n == 0 {
            break;
        }
        vm.reserve_memory((out.len() + n) as u64)?;
        vm.work(n)?;
        out.extend_from_slice(&chunk[..n]);
    }
    decode(vm, out)
}

fn stdin_readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let limit = size_arg(vm, a, "readline")?;
    check_stdin(vm)?;
    let line = read_line(vm, limit)?;
    decode(vm, line)
}

fn stdin_readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "readlines", a, 1, 2)?;
    check_stdin(vm)?;
    let mut lines = Vec::new();
    loop {
        let line = read_line(vm, None)?;
        if line.is_empty() {
            break;
        }
        lines.push(decode(vm, line)?);
    }
    Ok(Value::list(lines))
}

fn stdin_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__iter__", a, 1, 1)?;
    check_stdin(vm)?;
    Ok(a.pos[0].clone())
}

fn stdin_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__next__", a, 1, 1)?;
    check_stdin(vm)?;
    let line = read_line(vm, None)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(Value::None));
    }
    decode(vm, line)
}

fn stdin_repr(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::str(
        "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>",
    ))
}

fn stdin_isatty(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stdin_readable(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.effective_grants().stdin))
}

fn stdin_fileno(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}
