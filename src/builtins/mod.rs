//! The builtins namespace: builtin types, exception classes and functions,
//! installed into `vm.builtins` once per VM, plus `__build_class__`.
//!
//! Files: `functions.rs` (object and namespace functions: print, len, repr,
//! getattr, isinstance, dir, ...), `numeric.rs` (abs, divmod, pow, round, sum,
//! min/max, bin/oct/hex), `eval.rs` (eval, exec, compile), `iteration.rs`
//! (iter, next, sorted, all/any and the
//! constructors of map/filter/zip/enumerate/reversed), `classes.rs`
//! (`__build_class__`), `strformat.rs` (`%` formatting, `str.format`,
//! `format()` and the f-string instruction). The helpers below parse native
//! arguments with CPython's messages.

pub mod classes;
pub mod eval;
pub mod functions;
pub mod iteration;
pub mod numeric;
pub mod strformat;

use crate::object::{Args, Exc, NativeKind, ObjRef, PyResult, Value};
use crate::types::registry::{add_method, native};
use crate::vm::NativeFn;
use crate::vm::Vm;

/// Put one name into the builtins dict.
fn set_builtin(vm: &mut Vm, name: &str, value: Value) {
    let b = vm.builtins.clone();
    let key = vm.intern(name);
    let _ = vm.dict_set_str(&b, &key, value);
}

/// Register a builtin function.
fn def(vm: &mut Vm, name: &'static str, f: NativeFn) {
    set_builtin(vm, name, Value::Obj(native(name, f, NativeKind::Function)));
}

/// Fill `vm.builtins`: types, exceptions, singletons and functions.
pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let types: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("float", t.float.clone()),
        ("bool", t.bool_.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("list", t.list.clone()),
        ("tuple", t.tuple.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
        ("super", t.super_.clone()),
    ];
    for (name, cls) in types {
        set_builtin(vm, name, Value::Obj(cls));
    }
    for room in crate::types::registry::ROOMS.iter().filter(|r| r.builtin) {
        let cls = vm.types.host_class(room.ty);
        set_builtin(vm, room.ty.name, Value::Obj(cls));
    }
    iteration::install_iter_types(vm);
    let excs: Vec<(&str, ObjRef)> = vm.exc_types.all.clone();
    for (name, cls) in excs {
        if name == "OSError" {
            // Old names of OSError, kept by CPython as aliases.
            set_builtin(vm, "EnvironmentError", Value::Obj(cls.clone()));
            set_builtin(vm, "IOError", Value::Obj(cls.clone()));
        }
        set_builtin(vm, name, Value::Obj(cls));
    }
    let ni = vm.not_implemented();
    set_builtin(vm, "NotImplemented", ni);
    let el = Value::Obj(vm.none_singletons.ellipsis.clone());
    set_builtin(vm, "Ellipsis", el);
    // What a class body run by `exec` with bare globals finds as its
    // `__module__` (its `__name__` lookup falls through to the builtins).
    set_builtin(vm, "__name__", Value::str("builtins"));
    def(vm, "__build_class__", classes::build_class);
    def(vm, "open", crate::files::file::open);
    functions::install(vm);
    eval::install(vm);
    numeric::install(vm);
    iteration::install(vm);
}

/// Add a `__new__` static method to a builtin type.
pub(crate) fn set_new(cls: &ObjRef, f: NativeFn) {
    add_method(cls, "__new__", f, NativeKind::StaticMethod);
}

/// A keyword argument by name, if given.
pub(crate) fn kwarg(a: &Args, name: &str) -> Option<Value> {
    a.kw.iter()
        .find(|(k, _)| k.payload_str() == Some(name))
        .map(|(_, v)| v.clone())
}

/// Refuse keyword arguments other than `allowed`.
pub(crate) fn check_kw(vm: &mut Vm, fname: &str, a: &Args, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in a.kw {
        let k = k.payload_str().unwrap_or("?");
        if !allowed.contains(&k) {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    Ok(())
}

/// Check the positional count: CPython's "f expected at most N arguments".
#[inline]
pub(crate) fn check_count(
    vm: &mut Vm,
    fname: &str,
    a: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = a.pos.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(count_error(vm, fname, n, min, max))
}

/// `check_count`'s TypeError.
#[cold]
#[inline(never)]
fn count_error(vm: &mut Vm, fname: &str, n: usize, min: usize, max: usize) -> Exc {
    let plural = |k: usize| if k == 1 { "argument" } else { "arguments" };
    let msg = if min == max && max == 1 {
        format!("{fname}() takes exactly one argument ({n} given)")
    } else if min == max {
        format!("{fname} expected {min} {}, got {n}", plural(min))
    } else if n < min {
        format!("{fname} expected at least {min} {}, got {n}", plural(min))
    } else {
        format!("{fname} expected at most {max} {}, got {n}", plural(max))
    };
    vm.type_error(msg)
}

/// A function taking no keyword arguments and `min..=max` positional ones.
#[inline]
pub(crate) fn positional(
    vm: &mut Vm,
    fname: &str,
    a: &Args,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(no_keywords(vm, fname));
    }
    check_count(vm, fname, a, min, max)
}

/// `positional`'s TypeError for keyword arguments.
#[cold]
#[inline(never)]
fn no_keywords(vm: &mut Vm, fname: &str) -> Exc {
    vm.type_error(format!("{fname}() takes no keyword arguments"))
}

/// Positional `i`, or the keyword `name`.
pub(crate) fn arg_or_kw(a: &Args, i: usize, name: &str) -> Option<Value> {
    a.pos.get(i).cloned().or_else(|| kwarg(a, name))
}

/// The text of a str value, or a TypeError naming `what`.
pub(crate) fn str_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

/// Small extension: the text of a str object.
pub(crate) trait StrPayload {
    fn payload_str(&self) -> Option<&str>;
}

impl StrPayload for ObjRef {
    fn payload_str(&self) -> Option<&str> {
        match self.payload() {
            crate::object::Payload::Str(s) => Some(&s.s),
            _ => None,
        }
    }
}
