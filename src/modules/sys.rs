//! The `sys` module: argv, path, modules, exit, stdout/stderr, version
//! information, maxsize, recursion limits, exc_info.
//!
//! `sys.stdout`/`sys.stderr` are instances of a small `TextIOWrapper` class
//! whose native `write` sends text to the VM's output (`vm.write_out`) or to
//! the process's stderr (`vm.write_err`); `print(file=...)` calls `write`.
//! `sys.modules` is a live view of the VM's module table (the importer
//! owns it; a program may enter and delete entries), and
//! `sys.version_info` (and float_info, int_info, hash_info) instances of
//! tuple subclasses with named fields, as CPython's struct sequences.

use crate::object::dict::Dict;
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::class::new_class;
use crate::types::registry::add_method;
use crate::vm::NativeFn;
use crate::vm::Vm;

use super::{def, set};
use crate::builtins::positional;

/// The CPython release whose behaviour sandpy matches: 3.11, at the micro
/// version of the `python3` the test suite compares against (3.11.7).
const MICRO: i64 = 7;
/// `sys.version`: CPython's version first (code that parses it sees 3.11),
/// then what runs it.
const VERSION: &str = "3.11.7 (sandpy 0.1.0)";

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let argv: Vec<Value> = vm.argv.iter().map(|s| Value::str(s)).collect();
    set(vm, d, "argv", Value::list(argv))?;
    let path: Vec<Value> = vm
        .import_path
        .iter()
        .map(|p| Value::string(p.display().to_string()))
        .collect();
    set(vm, d, "path", Value::list(path))?;
    set(vm, d, "version", Value::str(VERSION))?;
    set(vm, d, "maxsize", Value::Int(i64::MAX))?;
    set(vm, d, "maxunicode", Value::Int(0x10_FFFF))?;
    let platform = match std::env::consts::OS {
        "macos" => "darwin",
        "windows" => "win32",
        _ => "linux",
    };
    set(vm, d, "platform", Value::str(platform))?;
    let order = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    set(vm, d, "byteorder", Value::str(order))?;
    set(vm, d, "executable", Value::str(""))?;
    def(vm, d, "exit", exit)?;
    def(vm, d, "getrecursionlimit", getrecursionlimit)?;
    def(vm, d, "setrecursionlimit", setrecursionlimit)?;
    def(vm, d, "exc_info", exc_info)?;
    def(vm, d, "intern", intern)?;
    let stdout = stream(vm, "<stdout>", 1)?;
    let stderr = stream(vm, "<stderr>", 2)?;
    set(vm, d, "stdout", stdout.clone())?;
    set(vm, d, "stderr", stderr.clone())?;
    set(vm, d, "__stdout__", stdout)?;
    set(vm, d, "__stderr__", stderr)?;
    let vi = version_info(vm)?;
    set(vm, d, "version_info", vi)?;
    let fi = float_info(vm)?;
    set(vm, d, "float_info", fi)?;
    let hi = hash_info(vm)?;
    set(vm, d, "hash_info", hi)?;
    let ii = int_info(vm)?;
    set(vm, d, "int_info", ii)?;
    let mv = modules_view(vm)?;
    set(vm, d, "modules", mv)?;
    super::sys_more::fill(vm, d, MICRO)
}

/// A helper class of the sys module with native methods.
pub(super) fn helper_class(
    vm: &mut Vm,
    name: &str,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<ObjRef> {
    let object = vm.types.object.clone();
    helper_class_on(vm, name, object, methods)
}

/// A class of module `sys` with one base and native methods.
pub(super) fn helper_class_on(
    vm: &mut Vm,
    name: &str,
    base: ObjRef,
    methods: &[(&'static str, NativeFn)],
) -> PyResult<ObjRef> {
    let n = vm.intern(name);
    let cls = match new_class(
        n.clone(),
        n,
        vec![base],
        Dict::new(),
        None,
        crate::object::NO_AUTHORITY,
    ) {
        Ok(c) => c,
        Err(m) => return Err(vm.type_error(m)),
    };
    for (mname, f) in methods {
        add_method(&cls, mname, *f, NativeKind::Method);
    }
    let sys_name = Value::Obj(vm.intern("sys"));
    crate::types::registry::set_class_attr(&cls, "__module__", sys_name);
    vm.type_epoch += 1;
    Ok(cls)
}

/// An instance of `cls` with the given attributes.
pub(super) fn instance_with(vm: &mut Vm, cls: &ObjRef, attrs: &[(&str, Value)]) -> PyResult<Value> {
    let inst = Value::Obj(vm.new_instance(cls));
    for (k, v) in attrs {
        let key = vm.intern(k);
        vm.object_setattr(&inst, &key, v.clone())?;
    }
    Ok(inst)
}

/// An attribute stored in an instance's dict.
pub(super) fn inst_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    match vm.getattr_opt(obj, &key)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, &key)),
    }
}

// ----- streams -------------------------------------------------------------

fn stream(vm: &mut Vm, name: &str, fd: i64) -> PyResult<Value> {
    let cls = helper_class(
        vm,
        "TextIOWrapper",
        &[
            ("write", stream_write),
            ("writelines", stream_writelines),
            ("flush", stream_flush),
            ("__repr__", stream_repr),
            ("isatty", stream_isatty),
            ("fileno", stream_fileno),
        ],
    )?;
    instance_with(
        vm,
        &cls,
        &[
            ("name", Value::str(name)),
            ("_fd", Value::Int(fd)),
            ("encoding", Value::str("utf-8")),
        ],
    )
}

fn stream_fd(vm: &mut Vm, a: &Args) -> PyResult<i64> {
    let Some(s) = a.pos.first() else {
        return Err(vm.type_error("stream method needs self"));
    };
    match inst_attr(vm, s, "_fd")? {
        Value::Int(fd) => Ok(fd),
        _ => Err(vm.value_error("I/O operation on a broken stream")),
    }
}

fn stream_write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "write", a, 2, 2)?;
    let fd = stream_fd(vm, a)?;
    let Some(text) = a.pos[1].as_pystr() else {
        let tn = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("write() argument must be str, not {tn}")));
    };
    let n = text.nchars;
    let s = text.s.to_string();
    if fd == 2 {
        vm.write_err(&s);
    } else {
        vm.write_out(&s);
    }
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

/// `writelines(lines)`: each item written as `write` would, in turn (a
/// generator's lines appear as it yields them).
fn stream_writelines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "writelines", a, 2, 2)?;
    let it = vm.iter(&a.pos[1])?;
    while let Some(line) = vm.next(&it)? {
        let pos = [a.pos[0].clone(), line];
        stream_write(vm, &Args { pos: &pos, kw: &[] })?;
    }
    Ok(Value::None)
}

fn stream_flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let fd = stream_fd(vm, a)?;
    if fd == 1 {
        vm.flush_out();
    }
    Ok(Value::None)
}

fn stream_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.pos.first().cloned().unwrap_or(Value::None);
    let name = inst_attr(vm, &s, "name")?;
    let name = vm.repr(&name)?;
    Ok(Value::string(format!(
        "<_io.TextIOWrapper name={name} mode='w' encoding='utf-8'>"
    )))
}

fn stream_isatty(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn stream_fileno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    stream_fd(vm, a).map(Value::Int)
}

// ----- functions -------------------------------------------------------------

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "exit", a, 0, 1)?;
    let c = vm.exc_types.system_exit.clone();
    // As CPython's PyErr_SetObject: a tuple argument becomes the args.
    let args = match a.pos.first() {
        None | Some(Value::None) => Vec::new(),
        Some(v) => match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![v.clone()],
        },
    };
    Err(crate::vm::exc::new_exception(vm, &c, args))
}

fn getrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "getrecursionlimit", a, 0, 0)?;
    Ok(Value::Int(
        i64::try_from(vm.recursion_limit).unwrap_or(i64::MAX),
    ))
}

fn setrecursionlimit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "setrecursionlimit", a, 1, 1)?;
    if matches!(a.pos[0], Value::Float(_)) {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = crate::types::int::index_bigint(vm, &a.pos[0])?;
    let n = num_traits::ToPrimitive::to_i64(&n).unwrap_or(i64::MAX);
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = usize::try_from(n)
        .unwrap_or(usize::MAX)
        .min(crate::vm::MAX_RECURSION_LIMIT);
    let depth = vm.frames.len();
    if n <= depth {
        let c = vm.exc_types.recursion_error.clone();
        return Err(vm.new_exc(
            &c,
            &format!(
                "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
            ),
        ));
    }
    vm.recursion_limit = n;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "exc_info", a, 0, 0)?;
    let e = vm.handled.clone();
    if e.is_none() {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    }
    let t = Value::Obj(vm.type_of(&e));
    Ok(Value::tuple(vec![t, e, Value::None]))
}

fn intern(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "intern", a, 1, 1)?;
    match a.pos[0].as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(Value::Obj(vm.intern(&s)))
        }
        None => {
            let tn = vm.type_name(&a.pos[0]);
            Err(vm.type_error(format!("intern() argument must be str, not {tn}")))
        }
    }
}

// ----- version_info ------------------------------------------------------------

fn version_info(vm: &mut Vm) -> PyResult<Value> {
    struct_seq(
        vm,
        "version_info",
        &[
            ("major", Value::Int(3)),
            ("minor", Value::Int(11)),
            ("micro", Value::Int(MICRO)),
            ("releaselevel", Value::str("final")),
            ("serial", Value::Int(0)),
        ],
    )
}

/// `sys.float_info`: the limits of a float (an IEEE 754 double).
fn float_info(vm: &mut Vm) -> PyResult<Value> {
    struct_seq(
        vm,
        "float_info",
        &[
            ("max", Value::Float(f64::MAX)),
            ("max_exp", Value::Int(f64::MAX_EXP.into())),
            ("max_10_exp", Value::Int(f64::MAX_10_EXP.into())),
            ("min", Value::Float(f64::MIN_POSITIVE)),
            ("min_exp", Value::Int(f64::MIN_EXP.into())),
            ("min_10_exp", Value::Int(f64::MIN_10_EXP.into())),
            ("dig", Value::Int(f64::DIGITS.into())),
            ("mant_dig", Value::Int(f64::MANTISSA_DIGITS.into())),
            ("epsilon", Value::Float(f64::EPSILON)),
            ("radix", Value::Int(f64::RADIX.into())),
            ("rounds", Value::Int(1)),
        ],
    )
}

/// `sys.hash_info`: the numeric hash's parameters (types/hash.rs); str
/// and bytes hash with FNV-1a here, not CPython's SipHash.
fn hash_info(vm: &mut Vm) -> PyResult<Value> {
    struct_seq(
        vm,
        "hash_info",
        &[
            ("width", Value::Int(64)),
            ("modulus", Value::Int(crate::types::hash::MODULUS as i64)),
            ("inf", Value::Int(crate::types::hash::INF)),
            ("nan", Value::Int(0)),
            ("imag", Value::Int(1_000_003)),
            ("algorithm", Value::str("fnv1a")),
            ("hash_bits", Value::Int(64)),
            ("seed_bits", Value::Int(0)),
            ("cutoff", Value::Int(0)),
        ],
    )
}

/// `sys.int_info`, with CPython's figures (its limit on int/str
/// conversions is sandpy's too).
fn int_info(vm: &mut Vm) -> PyResult<Value> {
    struct_seq(
        vm,
        "int_info",
        &[
            ("bits_per_digit", Value::Int(30)),
            ("sizeof_digit", Value::Int(4)),
            ("default_max_str_digits", Value::Int(4300)),
            ("str_digits_check_threshold", Value::Int(640)),
        ],
    )
}

/// A `sys` record (version_info, float_info, ...) as CPython's struct
/// sequences are: an instance of a tuple subclass (so `isinstance(v,
/// tuple)`, comparisons, unpacking and `case (3, minor, *_)` work), with
/// the fields as attributes too and `__match_args__`/`n_fields` on the
/// class.
pub(super) fn struct_seq(vm: &mut Vm, name: &str, fields: &[(&str, Value)]) -> PyResult<Value> {
    let tuple = vm.types.tuple.clone();
    let cls = helper_class_on(vm, name, tuple, &[("__repr__", sq_repr)])?;
    let names: Vec<Value> = fields.iter().map(|f| Value::str(f.0)).collect();
    let n = Value::Int(fields.len() as i64);
    crate::types::registry::set_class_attr(&cls, "__match_args__", Value::tuple(names));
    crate::types::registry::set_class_attr(&cls, "n_fields", n.clone());
    crate::types::registry::set_class_attr(&cls, "n_sequence_fields", n);
    crate::types::registry::set_class_attr(&cls, "n_unnamed_fields", Value::Int(0));
    let items: Vec<Value> = fields.iter().map(|f| f.1.clone()).collect();
    let inst = vm.call(&Value::Obj(cls), &[Value::tuple(items)])?;
    for (k, v) in fields {
        let key = vm.intern(k);
        vm.object_setattr(&inst, &key, v.clone())?;
    }
    Ok(inst)
}

/// `repr` of a struct sequence: `sys.name(field=value, ...)`.
fn sq_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = a.pos.first().cloned().unwrap_or(Value::None);
    let t = s.instance_base().cloned().unwrap_or_else(|| s.clone());
    let items = vm.collect(&t)?;
    let cls = vm.type_of(&s);
    let cls = Value::Obj(cls);
    let key = vm.intern("__match_args__");
    let names = match vm.getattr_opt(&cls, &key)? {
        Some(n) => vm.collect(&n)?,
        None => Vec::new(),
    };
    let key = vm.intern("__name__");
    let name = vm.getattr_opt(&cls, &key)?.unwrap_or(Value::None);
    let name = vm.str(&name)?;
    let mut parts = Vec::new();
    for (n, v) in names.iter().zip(items.iter()) {
        let n = vm.str(n)?;
        let r = vm.repr(v)?;
        parts.push(format!("{n}={r}"));
    }
    Ok(Value::string(format!("sys.{name}({})", parts.join(", "))))
}

// ----- modules view ------------------------------------------------------------

fn modules_view(vm: &mut Vm) -> PyResult<Value> {
    let cls = helper_class(
        vm,
        "modules_view",
        &[
            ("__contains__", mv_contains),
            ("__getitem__", mv_getitem),
            ("__setitem__", mv_setitem),
            ("__delitem__", mv_delitem),
            ("pop", mv_pop),
            ("__len__", mv_len),
            ("__iter__", mv_iter),
            ("__repr__", mv_repr),
            ("get", mv_get),
            ("keys", mv_keys),
            ("values", mv_values),
            ("items", mv_items),
            ("copy", mv_copy),
            ("setdefault", mv_setdefault),
            ("update", mv_update),
        ],
    )?;
    instance_with(vm, &cls, &[])
}

/// (name, module) pairs sorted by name.
fn module_pairs(vm: &Vm) -> Vec<(String, ObjRef)> {
    let mut v: Vec<(String, ObjRef)> = vm
        .modules
        .iter()
        .map(|(k, m)| (k.to_string(), m.clone()))
        .collect();
    v.sort_by(|a, b| a.0.cmp(&b.0));
    v
}

fn mv_lookup(vm: &mut Vm, key: &Value) -> Option<Value> {
    let k = key.as_str()?;
    vm.modules.get(k).map(|m| Value::Obj(m.clone()))
}

fn mv_contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__contains__", a, 2, 2)?;
    Ok(Value::Bool(mv_lookup(vm, &a.pos[1]).is_some()))
}

fn mv_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__getitem__", a, 2, 2)?;
    match mv_lookup(vm, &a.pos[1]) {
        Some(m) => Ok(m),
        None => Err(vm.key_error(a.pos[1].clone())),
    }
}

/// `sys.modules[name] = m`: later imports of `name` in this sandbox get
/// `m` (the table is the sandbox's own). Only objects can be entered: a
/// plain value such as None (CPython's "import blocked" mark) is refused.
fn mv_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__setitem__", a, 3, 3)?;
    enter(vm, &a.pos[1], &a.pos[2])
}

/// Enter `module` under `key` in the sandbox's module table.
fn enter(vm: &mut Vm, key: &Value, module: &Value) -> PyResult<Value> {
    let Some(k) = key.as_str().map(str::to_string) else {
        return Err(vm.type_error("sys.modules keys must be strings in sandpy"));
    };
    let Value::Obj(m) = module else {
        let tn = vm.type_name(module);
        return Err(vm.type_error(format!(
            "sandpy's sys.modules holds objects only, not '{tn}' (delete the entry instead)"
        )));
    };
    if internal(&k) {
        return Err(vm.type_error(format!("sys.modules[{k:?}] is kept by sandpy itself")));
    }
    vm.modules.insert(std::rc::Rc::from(k.as_str()), m.clone());
    Ok(Value::None)
}

/// Entries the runtime keeps in the table for itself (a proxy owner's
/// served object, named with a leading space, which no import can name):
/// a program may read them but not replace or remove them.
fn internal(key: &str) -> bool {
    key.starts_with(' ')
}

/// `del sys.modules[name]`: the next import of `name` runs it again.
fn mv_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "__delitem__", a, 2, 2)?;
    let removed = a.pos[1]
        .as_str()
        .filter(|k| !internal(k))
        .and_then(|k| vm.modules.remove(k));
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(a.pos[1].clone())),
    }
}

/// `sys.modules.pop(name[, default])`.
fn mv_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "pop", a, 2, 3)?;
    let removed = a.pos[1]
        .as_str()
        .filter(|k| !internal(k))
        .and_then(|k| vm.modules.remove(k));
    match (removed, a.pos.get(2)) {
        (Some(m), _) => Ok(Value::Obj(m)),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.key_error(a.pos[1].clone())),
    }
}

fn mv_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "get", a, 2, 3)?;
    Ok(mv_lookup(vm, &a.pos[1]).unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn mv_len(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(i64::try_from(vm.modules.len()).unwrap_or(0)))
}

fn mv_keys(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let keys = module_pairs(vm)
        .into_iter()
        .map(|(k, _)| Value::string(k))
        .collect();
    Ok(Value::list(keys))
}

fn mv_iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let keys = mv_keys(vm, a)?;
    vm.iter(&keys)
}

fn mv_values(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let vals = module_pairs(vm)
        .into_iter()
        .map(|(_, m)| Value::Obj(m))
        .collect();
    Ok(Value::list(vals))
}

fn mv_items(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let items = module_pairs(vm)
        .into_iter()
        .map(|(k, m)| Value::tuple(vec![Value::string(k), Value::Obj(m)]))
        .collect();
    Ok(Value::list(items))
}

fn mv_repr(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let names: Vec<String> = module_pairs(vm)
        .into_iter()
        .map(|(k, _)| format!("'{k}': <module '{k}'>"))
        .collect();
    Ok(Value::string(format!("{{{}}}", names.join(", "))))
}

/// `sys.modules.copy()`: a plain dict of the table as it is now.
fn mv_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "copy", a, 1, 1)?;
    let d = Value::Obj(ObjRef::new(Payload::Dict(
        crate::object::cell::PyCell::new(Dict::new()),
    )));
    for (k, m) in module_pairs(vm) {
        vm.setitem(&d, Value::string(k), Value::Obj(m))?;
    }
    Ok(d)
}

/// `sys.modules.setdefault(name, module)`.
fn mv_setdefault(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "setdefault", a, 2, 3)?;
    if let Some(m) = mv_lookup(vm, &a.pos[1]) {
        return Ok(m);
    }
    let m = a.pos.get(2).cloned().unwrap_or(Value::None);
    enter(vm, &a.pos[1], &m)?;
    Ok(m)
}

/// `sys.modules.update(mapping_or_pairs, **kw)`: each entry as by
/// `sys.modules[name] = module`.
fn mv_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("update expected at most 1 argument, got {n}")));
    }
    let mut pairs = Vec::new();
    if let Some(src) = a.pos.get(1) {
        let keys_name = vm.intern("keys");
        let src_pairs = if let Some(keys) = vm.getattr_opt(src, &keys_name)? {
            let keys = vm.call(&keys, &[])?;
            let mut out = Vec::new();
            for k in vm.collect(&keys)? {
                let v = vm.getitem(src, &k)?;
                out.push((k, v));
            }
            out
        } else {
            let mut out = Vec::new();
            for (i, item) in vm.collect(src)?.into_iter().enumerate() {
                let kv = vm.collect(&item)?;
                if kv.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        kv.len()
                    )));
                }
                out.push((kv[0].clone(), kv[1].clone()));
            }
            out
        };
        pairs.extend(src_pairs);
    }
    for (k, v) in a.kw {
        pairs.push((Value::Obj(k.clone()), v.clone()));
    }
    for (k, v) in pairs {
        enter(vm, &k, &v)?;
    }
    Ok(Value::None)
}
