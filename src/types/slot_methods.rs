//! The special methods of builtin types that the VM's operators implement
//! but that no type file registered as attributes: `int.__and__`,
//! `float.__divmod__`, `set.__or__`, `frozenset.__le__`, `range.__len__`,
//! `object.__format__`, ... (`hasattr(set, '__contains__')`,
//! `super().__format__(spec)`, `functools` and `operator` code that calls
//! them by name).
//!
//! Each forwards to the operation the VM runs for the operator itself on
//! the builtin value (`num::binary`, `seq_ops::binary`, `seq_ops::compare`,
//! `Vm::contains`, ...), so `set.__or__(a, b)` and `a | b` cannot differ;
//! an operand the operation does not take answers NotImplemented, as
//! CPython's slot wrappers do. The receiver of a builtin subclass arrives
//! as its builtin value (`registry::add_method`), so a subclass that
//! overrides `__contains__` and calls `set.__contains__(self, x)` reaches
//! the builtin operation, not itself.

use crate::bytecode::{BinOpKind, CmpOpKind, UnaryOpKind};
use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::types::registry::add_method;
use crate::types::tuple::{op_contains, op_getitem, op_iter, op_len};
use crate::vm::{NativeFn, Vm};

/// Install the methods this file owns on int, bool, float, set,
/// frozenset, range and object.
pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    let set = vm.types.set.clone();
    let fs = vm.types.frozenset.clone();
    let range = vm.types.range.clone();
    let object = vm.types.object.clone();
    let int_methods: &[(&'static str, NativeFn)] = &[
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__invert__", int_invert),
        ("__divmod__", num_divmod),
        ("__rdivmod__", num_rdivmod),
        ("__bool__", num_bool),
        ("__getnewargs__", num_getnewargs),
    ];
    for &(name, f) in int_methods {
        add_method(&int, name, f, NativeKind::Method);
    }
    let bool_methods: &[(&'static str, NativeFn)] = &[
        ("__and__", bool_and),
        ("__rand__", bool_rand),
        ("__or__", bool_or),
        ("__ror__", bool_ror),
        ("__xor__", bool_xor),
        ("__rxor__", bool_rxor),
    ];
    let bool_ = vm.types.bool_.clone();
    for &(name, f) in bool_methods {
        add_method(&bool_, name, f, NativeKind::Method);
    }
    let float_methods: &[(&'static str, NativeFn)] = &[
        ("__divmod__", num_divmod),
        ("__rdivmod__", num_rdivmod),
        ("__bool__", num_bool),
        ("__getnewargs__", num_getnewargs),
    ];
    for &(name, f) in float_methods {
        add_method(&float, name, f, NativeKind::Method);
    }
    add_method(
        &float,
        "__getformat__",
        float_getformat,
        NativeKind::ClassMethod,
    );
    let set_methods: &[(&'static str, NativeFn)] = &[
        ("__contains__", op_contains),
        ("__len__", op_len),
        ("__iter__", op_iter),
        ("__or__", set_or),
        ("__ror__", set_ror),
        ("__and__", set_and),
        ("__rand__", set_rand),
        ("__sub__", set_sub),
        ("__rsub__", set_rsub),
        ("__xor__", set_xor),
        ("__rxor__", set_rxor),
        ("__lt__", set_lt),
        ("__le__", set_le),
        ("__gt__", set_gt),
        ("__ge__", set_ge),
    ];
    for cls in [&set, &fs] {
        for &(name, f) in set_methods {
            add_method(cls, name, f, NativeKind::Method);
        }
    }
    let range_methods: &[(&'static str, NativeFn)] = &[
        ("__contains__", op_contains),
        ("__len__", op_len),
        ("__iter__", op_iter),
        ("__getitem__", op_getitem),
        ("__reversed__", range_reversed),
        ("__bool__", range_bool),
        ("__lt__", range_unordered),
        ("__le__", range_unordered),
        ("__gt__", range_unordered),
        ("__ge__", range_unordered),
    ];
    for &(name, f) in range_methods {
        add_method(&range, name, f, NativeKind::Method);
    }
    add_method(&object, "__format__", object_format, NativeKind::Method);
    let generic = [
        vm.types.list.clone(),
        vm.types.tuple.clone(),
        vm.types.dict.clone(),
        vm.types.set.clone(),
        vm.types.frozenset.clone(),
        vm.types.type_.clone(),
    ];
    for cls in &generic {
        add_method(
            cls,
            "__class_getitem__",
            class_getitem,
            NativeKind::ClassMethod,
        );
    }
    let type_ = vm.types.type_.clone();
    add_method(&type_, "__or__", type_or, NativeKind::Method);
    add_method(&type_, "__ror__", type_ror, NativeKind::Method);
}

// ------------------------------------------------- generics and unions

/// Call `name` of the runtime's `_types` module (src/stdlib/_types.py).
fn types_call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.runtime_module("_types")?;
    let f = vm.getattr_str(&Value::Obj(m), name)?;
    vm.call(&f, args)
}

/// `cls[item]` of a builtin generic class: `types.GenericAlias(cls, item)`
/// (`list[int]`).
pub(crate) fn class_getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(cls), Some(item)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("__class_getitem__() takes exactly one argument"));
    };
    let (cls, item) = (cls.clone(), item.clone());
    types_call(vm, "GenericAlias", &[cls, item])
}

/// `X | Y` of types: `types.UnionType` (`int | None`), NotImplemented
/// for operands that are not types, None, generics or unions.
fn type_or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let other = one_arg(vm, a, "__or__")?.clone();
    types_call(vm, "_union", &[receiver(a), other])
}

fn type_ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let other = one_arg(vm, a, "__ror__")?.clone();
    types_call(vm, "_union", &[other, receiver(a)])
}

/// The one operand of a binary special method (CPython's slot wrappers'
/// arity message).
fn one_arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.pos.get(1..) {
        Some([v]) => Ok(v),
        rest => {
            let n = rest.map_or(0, <[Value]>::len);
            Err(vm.type_error(format!("expected 1 argument, got {n}")))
        }
    }
}

/// The receiver (`self`) of a method call.
fn receiver(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

// ------------------------------------------------------------------ numbers

/// `self op other` (or reflected) for ints and floats: NotImplemented for
/// operands `num::binary` does not take, and for a float operand of an
/// int's method (float's reflected method answers), as CPython's.
fn num_binary(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    kind: BinOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let other = as_int(one_arg(vm, a, name)?.clone());
    let this = as_int(receiver(a));
    if !matches!(this, Value::Float(_)) && matches!(other, Value::Float(_)) {
        return Ok(vm.not_implemented());
    }
    let (l, r) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    Ok(crate::types::num::binary(vm, &l, &r, kind)?.unwrap_or_else(|| vm.not_implemented()))
}

/// A bool as the int it is (int's methods answer ints, bool's own
/// `&`, `|` and `^` answer bools).
fn as_int(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(i64::from(b)),
        v => v,
    }
}

/// `bool.__and__` and friends: bools for two bools, else int's answer.
fn bool_binary(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    kind: BinOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let other = one_arg(vm, a, name)?.clone();
    let this = receiver(a);
    if let (Value::Bool(_), Value::Bool(_)) = (&this, &other) {
        let (l, r) = if reflected {
            (other, this)
        } else {
            (this, other)
        };
        return Ok(
            crate::types::num::binary(vm, &l, &r, kind)?.unwrap_or_else(|| vm.not_implemented())
        );
    }
    num_binary(vm, a, name, kind, reflected)
}

macro_rules! bool_binaries {
    ($($name:ident, $rname:ident => $kind:ident, $dunder:literal, $rdunder:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                bool_binary(vm, a, $dunder, BinOpKind::$kind, false)
            }
            fn $rname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                bool_binary(vm, a, $rdunder, BinOpKind::$kind, true)
            }
        )*
    };
}

bool_binaries! {
    bool_and, bool_rand => And, "__and__", "__rand__";
    bool_or, bool_ror => Or, "__or__", "__ror__";
    bool_xor, bool_rxor => Xor, "__xor__", "__rxor__";
}

macro_rules! int_binaries {
    ($($name:ident, $rname:ident => $kind:ident, $dunder:literal, $rdunder:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                num_binary(vm, a, $dunder, BinOpKind::$kind, false)
            }
            fn $rname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                num_binary(vm, a, $rdunder, BinOpKind::$kind, true)
            }
        )*
    };
}

int_binaries! {
    int_and, int_rand => And, "__and__", "__rand__";
    int_or, int_ror => Or, "__or__", "__ror__";
    int_xor, int_rxor => Xor, "__xor__", "__rxor__";
    int_lshift, int_rlshift => LShift, "__lshift__", "__rlshift__";
    int_rshift, int_rrshift => RShift, "__rshift__", "__rrshift__";
}

fn int_invert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = as_int(receiver(a));
    match crate::types::num::unary(&this, UnaryOpKind::Invert) {
        Some(v) => Ok(v),
        None => vm.unary_op(&this, UnaryOpKind::Invert),
    }
}

/// `divmod(self, other)` (reflected: `divmod(other, self)`): the floor
/// quotient and the remainder, each as the operator computes it.
fn divmod(vm: &mut Vm, a: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let q = num_binary(vm, a, name, BinOpKind::FloorDiv, reflected)?;
    if vm.is_not_implemented(&q) {
        return Ok(q);
    }
    let r = num_binary(vm, a, name, BinOpKind::Mod, reflected)?;
    Ok(Value::tuple(vec![q, r]))
}

fn num_divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod(vm, a, "__divmod__", false)
}

fn num_rdivmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    divmod(vm, a, "__rdivmod__", true)
}

fn num_bool(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = receiver(a);
    vm.truthy(&this).map(Value::Bool)
}

/// `(int(self),)` / `(float(self),)`: what pickling a number passes to
/// its constructor.
fn num_getnewargs(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = match receiver(a) {
        Value::Bool(b) => Value::Int(i64::from(b)),
        v => v,
    };
    Ok(Value::tuple(vec![this]))
}

/// `float.__getformat__('double' | 'float')`: how this machine stores
/// them (IEEE 754, in its byte order).
fn float_getformat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(t) = a.pos.get(1) else {
        return Err(vm.type_error("float.__getformat__() takes exactly one argument (0 given)"));
    };
    let Some(t) = t.as_str() else {
        let tn = vm.type_name(t);
        return Err(vm.type_error(format!(
            "float.__getformat__() argument must be str, not {tn}"
        )));
    };
    if t != "double" && t != "float" {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(Value::str(if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    }))
}

// --------------------------------------------------------------------- sets

fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

/// `self op other` for sets: NotImplemented unless both are sets.
fn set_binary(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    kind: BinOpKind,
    reflected: bool,
) -> PyResult<Value> {
    let other = one_arg(vm, a, name)?.clone();
    let this = receiver(a);
    if !is_set(&this) || !is_set(&other) {
        return Ok(vm.not_implemented());
    }
    let (l, r) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    Ok(crate::types::seq_ops::binary(vm, &l, &r, kind)?.unwrap_or_else(|| vm.not_implemented()))
}

macro_rules! set_binaries {
    ($($name:ident, $rname:ident => $kind:ident, $dunder:literal, $rdunder:literal;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                set_binary(vm, a, $dunder, BinOpKind::$kind, false)
            }
            fn $rname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                set_binary(vm, a, $rdunder, BinOpKind::$kind, true)
            }
        )*
    };
}

set_binaries! {
    set_or, set_ror => Or, "__or__", "__ror__";
    set_and, set_rand => And, "__and__", "__rand__";
    set_sub, set_rsub => Sub, "__sub__", "__rsub__";
    set_xor, set_rxor => Xor, "__xor__", "__rxor__";
}

/// A subset/superset comparison: NotImplemented unless both are sets.
fn set_compare(vm: &mut Vm, a: &Args, name: &str, op: CmpOpKind) -> PyResult<Value> {
    let other = one_arg(vm, a, name)?.clone();
    let this = receiver(a);
    if !is_set(&this) || !is_set(&other) {
        return Ok(vm.not_implemented());
    }
    Ok(
        match crate::types::seq_ops::compare(vm, &this, &other, op)? {
            Some(b) => Value::Bool(b),
            None => vm.not_implemented(),
        },
    )
}

fn set_lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    set_compare(vm, a, "__lt__", CmpOpKind::Lt)
}

fn set_le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    set_compare(vm, a, "__le__", CmpOpKind::Le)
}

fn set_gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    set_compare(vm, a, "__gt__", CmpOpKind::Gt)
}

fn set_ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    set_compare(vm, a, "__ge__", CmpOpKind::Ge)
}

// ------------------------------------------------------------------- ranges

/// `range.__reversed__()`: the range's items from last to first.
fn range_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = receiver(a);
    crate::builtins::iteration::reversed_of(vm, &this)
}

/// Ranges compare for equality only: ordering answers NotImplemented.
fn range_unordered(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    one_arg(vm, a, "__lt__")?;
    Ok(vm.not_implemented())
}

fn range_bool(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = receiver(a);
    vm.truthy(&this).map(Value::Bool)
}

// ------------------------------------------------------------------- object

/// `object.__format__(self, spec)`: `str(self)` for the empty spec, else
/// TypeError (what `super().__format__(spec)` reaches).
fn object_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let spec = one_arg(vm, a, "__format__")?.clone();
    let Some(spec) = spec.as_str() else {
        let tn = vm.type_name(&spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    let spec = spec.to_string();
    let this = receiver(a);
    crate::builtins::strformat::object_format(vm, &this, &spec).map(|s| Value::str(&s))
}
