//! The Python side of files: the `open` builtin and the methods of the
//! file types (`_io.TextIOWrapper`, `_io.BufferedReader`,
//! `_io.BufferedWriter`). Every operation is one call to the file
//! controller; only argument checks, with CPython's messages, happen here.

use std::cell::Cell;

use crate::builtins::{arg_or_kw, check_kw};
use crate::object::host::Host;
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::proxy::service::{ServiceError, ServiceRef};
use crate::runtime::data::Data;
use crate::types::registry::add_method;
use crate::vm::NativeFn;
use crate::vm::Vm;

use super::File;

/// The controller of this sandbox's runtime (started on first use).
pub(crate) fn controller(vm: &mut Vm) -> PyResult<ServiceRef> {
    match vm.ctx.rt.files() {
        Ok(s) => Ok(s),
        Err(e) => Err(vm.service_exception(&ServiceError::new("OSError", e))),
    }
}

/// A path argument: a str without NUL bytes.
pub(crate) fn path_arg(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<String> {
    let Some(s) = v.as_str() else {
        let t = vm.type_name(v);
        return Err(vm.type_error(format!(
            "{fname}: path should be string, bytes or os.PathLike, not {t}"
        )));
    };
    if s.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    Ok(s.to_string())
}

/// Check an `open` mode as CPython does; returns (binary, readable, writable).
fn check_mode(vm: &mut Vm, mode: &str) -> PyResult<(bool, bool, bool)> {
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(vm.value_error(format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
    }
    let kinds = ['r', 'w', 'x', 'a']
        .iter()
        .filter(|c| seen.contains(**c))
        .count();
    if kinds != 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if seen.contains('b') && seen.contains('t') {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let plus = seen.contains('+');
    Ok((
        seen.contains('b'),
        seen.contains('r') || plus,
        !seen.contains('r') || plus,
    ))
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`: files are UTF-8.
pub fn open(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(
        vm,
        "open",
        a,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
    )?;
    if a.pos.len() > 8 {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(file) = arg_or_kw(a, 0, "file") else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    if file.as_str().is_none() {
        let t = vm.type_name(&file);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {t}"
        )));
    }
    let name = path_arg(vm, &file, "open")?;
    let mode = match arg_or_kw(a, 1, "mode") {
        None => "r".to_string(),
        Some(m) => match m.as_str() {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(&m);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {t}")));
            }
        },
    };
    let (binary, readable, writable) = check_mode(vm, &mode)?;
    match arg_or_kw(a, 3, "encoding") {
        None | Some(Value::None) => {}
        Some(e) => {
            if binary {
                return Err(vm.value_error("binary mode doesn't take an encoding argument"));
            }
            let Some(enc) = e.as_str() else {
                let t = vm.type_name(&e);
                return Err(vm.type_error(format!(
                    "open() argument 'encoding' must be str or None, not {t}"
                )));
            };
            let norm = enc.to_ascii_lowercase().replace('_', "-");
            // "locale" (3.10, what `io.text_encoding(None)` gives) is the
            // sandbox's locale encoding, UTF-8.
            if !matches!(
                norm.as_str(),
                "utf-8" | "utf8" | "ascii" | "us-ascii" | "locale"
            ) {
                let c = vm.builtin_exc_class("LookupError");
                return Err(vm.new_exc(
                    &c,
                    &format!("unknown encoding: {enc} (sandpy files are UTF-8)"),
                ));
            }
        }
    }
    let service = controller(vm)?;
    let d = vm.service_call(
        &service,
        "open",
        vec![Data::Str(name.clone()), Data::Str(mode.clone())],
    )?;
    let id = d.as_int().unwrap_or(0) as u64;
    let f = File {
        id,
        binary,
        readable,
        writable,
        name,
        mode,
        closed: Cell::new(false),
        service,
        owner: vm.ctx.me.clone(),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(f)))))
}

fn this<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a File> {
    match a.pos.first().and_then(Value::host::<File>) {
        Some(f) => Ok(f),
        None => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// One call to the controller about `f` (ValueError once it is closed).
fn call(vm: &mut Vm, f: &File, method: &str, mut args: Vec<Data>) -> PyResult<Data> {
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    args.insert(0, Data::Int(f.id as i64));
    let s = f.service.clone();
    vm.service_call(&s, method, args)
}

fn unsupported(vm: &mut Vm, what: &str) -> crate::object::Exc {
    vm.service_exception(&ServiceError::new("OSError", what))
}

/// A size argument: an int, or None / absent for -1.
fn size_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<i64> {
    match arg_or_kw(a, 1, name) {
        None | Some(Value::None) => Ok(-1),
        Some(Value::Int(n)) => Ok(n),
        Some(v) => {
            let t = vm.type_name(&v);
            Err(vm.type_error(format!("argument should be integer or None, not '{t}'")))
        }
    }
}

fn read_common(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Value> {
    let f = this(vm, a)?;
    let n = size_arg(vm, a, "size")?;
    if !f.closed.get() && !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let d = call(vm, f, method, vec![Data::Int(n)])?;
    vm.local_from_data(&d)
}

fn f_read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    read_common(vm, a, "read")
}

fn f_readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    read_common(vm, a, "readline")
}

fn f_readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if !f.closed.get() && !f.readable {
        return Err(unsupported(vm, "not readable"));
    }
    let mut lines = Vec::new();
    loop {
        let d = call(vm, f, "readline", vec![Data::Int(-1)])?;
        let empty = match &d {
            Data::Str(s) => s.is_empty(),
            Data::Bytes(b) => b.is_empty(),
            _ => true,
        };
        if empty {
            break;
        }
        lines.push(vm.local_from_data(&d)?);
    }
    Ok(Value::list(lines))
}

fn f_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let line = f_readline(
        vm,
        &Args {
            pos: a.pos.get(..1).unwrap_or(&[]),
            kw: &[],
        },
    )?;
    let empty = match line.payload() {
        Some(Payload::Str(_)) => line.as_str().is_some_and(str::is_empty),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => false,
    };
    if empty {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn write_one(vm: &mut Vm, f: &File, v: &Value) -> PyResult<Value> {
    if !f.closed.get() && !f.writable {
        return Err(unsupported(vm, "not writable"));
    }
    let data = match (f.binary, v.payload()) {
        (false, _) if v.as_str().is_some() => Data::Str(v.as_str().unwrap_or("").to_string()),
        (false, _) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("write() argument must be str, not {t}")));
        }
        (true, Some(Payload::Bytes(b))) => Data::Bytes(b.to_vec()),
        (true, _) => {
            let t = vm.type_name(v);
            return Err(vm.type_error(format!("a bytes-like object is required, not '{t}'")));
        }
    };
    let d = call(vm, f, "write", vec![data])?;
    vm.local_from_data(&d)
}

fn f_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "write", a, 2, 2)?;
    let f = this(vm, a)?;
    write_one(vm, f, &a.pos[1])
}

fn f_writelines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "writelines", a, 2, 2)?;
    let f = this(vm, a)?;
    let items = vm.collect(&a.pos[1])?;
    for v in &items {
        write_one(vm, f, v)?;
    }
    Ok(Value::None)
}

fn f_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if !f.closed.get() {
        let r = call(vm, f, "close", Vec::new());
        f.closed.set(true);
        r?;
    }
    Ok(Value::None)
}

fn f_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::None)
}

fn f_seek(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "seek", a, 2, 3)?;
    let f = this(vm, a)?;
    let (Value::Int(off), whence) = (&a.pos[1], a.pos.get(2).cloned().unwrap_or(Value::Int(0)))
    else {
        return Err(vm.type_error("an integer is required"));
    };
    let Value::Int(whence) = whence else {
        return Err(vm.type_error("an integer is required"));
    };
    if !f.binary && ((whence == 1 || whence == 2) && *off != 0) {
        let msg = if whence == 1 {
            "can't do nonzero cur-relative seeks"
        } else {
            "can't do nonzero end-relative seeks"
        };
        return Err(unsupported(vm, msg));
    }
    let d = call(vm, f, "seek", vec![Data::Int(*off), Data::Int(whence)])?;
    vm.local_from_data(&d)
}

fn f_tell(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    let d = call(vm, f, "tell", Vec::new())?;
    vm.local_from_data(&d)
}

fn f_readable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::Bool(f.readable))
}

fn f_writable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::Bool(f.writable))
}

fn f_seekable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(Value::Bool(true))
}

fn f_enter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(a.pos[0].clone())
}

fn f_exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    f_close(
        vm,
        &Args {
            pos: a.pos.get(..1).unwrap_or(&[]),
            kw: &[],
        },
    )?;
    Ok(Value::None)
}

fn f_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    f_enter(vm, a)
}

/// `iter(f)`: its lines, by `readline` until it gives an empty line.
pub(crate) fn iter_lines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(f) = v.host::<File>() else {
        return Err(vm.type_error("not a file"));
    };
    if f.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let empty = if f.binary {
        vm.local_from_data(&Data::Bytes(Vec::new()))?
    } else {
        Value::str("")
    };
    let func = vm.getattr_str(v, "readline")?;
    Ok(crate::vm::iter::new_iter(
        crate::object::IterState::Callable {
            func,
            sentinel: empty,
        },
        "callable_iterator",
    ))
}

fn g_closed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, a)?.closed.get()))
}

fn g_name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::str(&this(vm, a)?.name))
}

fn g_mode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = this(vm, a)?;
    // Binary files report the mode as given; text files too (CPython's
    // TextIOWrapper.mode is the mode passed to open).
    Ok(Value::str(&f.mode))
}

fn g_encoding(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a)?;
    Ok(Value::str("utf-8"))
}

/// A read-only property whose getter is a native function.
fn property(cls: &ObjRef, name: &'static str, f: NativeFn) {
    let getter = Value::Obj(crate::types::registry::native(name, f, NativeKind::Method));
    let p = Payload::Property(Box::new([getter, Value::None, Value::None, Value::None]));
    crate::types::registry::set_class_attr(cls, name, Value::Obj(ObjRef::new(p)));
}

/// Install the file types' methods (once per process, with the other
/// builtin types).
pub(crate) fn register_types(vm: &mut Vm) {
    let classes = [
        vm.types.text_file.clone(),
        vm.types.binary_reader.clone(),
        vm.types.binary_writer.clone(),
    ];
    for (i, cls) in classes.iter().enumerate() {
        for (name, f) in [
            ("read", f_read as NativeFn),
            ("readline", f_readline),
            ("readlines", f_readlines),
            ("write", f_write),
            ("writelines", f_writelines),
            ("close", f_close),
            ("flush", f_flush),
            ("seek", f_seek),
            ("tell", f_tell),
            ("readable", f_readable),
            ("writable", f_writable),
            ("seekable", f_seekable),
            ("__enter__", f_enter),
            ("__exit__", f_exit),
            ("__iter__", f_iter),
            ("__next__", f_next),
        ] {
            add_method(cls, name, f, NativeKind::Method);
        }
        property(cls, "closed", g_closed);
        property(cls, "name", g_name);
        property(cls, "mode", g_mode);
        if i == 0 {
            property(cls, "encoding", g_encoding);
        }
    }
}
