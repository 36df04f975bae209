//! The `operator` module: every function of 3.11 as a native that goes
//! through the VM's own operators (`binary_op`, `inplace_op`, `compare`,
//! `unary_op`, `getitem`...), so user dunders and NotImplemented behave
//! as in expressions; the `__add__`-style aliases are the same objects.
//! itemgetter, attrgetter and methodcaller live in
//! `types/operator_types.rs`.

use crate::bytecode::{BinOpKind, CmpOpKind, UnaryOpKind};
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::int::index_bigint;
use crate::types::operator_types as ot;
use crate::vm::{NativeFn, Vm};

use super::{def, set};

/// `name expected N arguments, got M` (and no keywords), CPython's words
/// for the operator functions of two or three operands.
fn args_n<'a>(vm: &mut Vm, a: &'a Args, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != n {
        return Err(vm.type_error(format!(
            "{name} expected {n} arguments, got {}",
            a.pos.len()
        )));
    }
    Ok(a.pos)
}

/// The one operand of a unary operator function.
fn arg1<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("_operator.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

macro_rules! binops {
    ($($f:ident $name:literal $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let p = args_n(vm, a, $name, 2)?;
            vm.binary_op(&p[0], &p[1], BinOpKind::$kind)
        })*
    };
}

macro_rules! inplace {
    ($($f:ident $name:literal $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let p = args_n(vm, a, $name, 2)?;
            vm.inplace_op(p[0].clone(), p[1].clone(), BinOpKind::$kind)
        })*
    };
}

macro_rules! compares {
    ($($f:ident $name:literal $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let p = args_n(vm, a, $name, 2)?;
            vm.compare(&p[0], &p[1], CmpOpKind::$kind)
        })*
    };
}

macro_rules! unaries {
    ($($f:ident $name:literal $kind:ident;)*) => {
        $(fn $f(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let v = arg1(vm, a, $name)?;
            vm.unary_op(v, UnaryOpKind::$kind)
        })*
    };
}

binops! {
    add "add" Add; sub "sub" Sub; mul "mul" Mul; truediv "truediv" TrueDiv;
    floordiv "floordiv" FloorDiv; mod_ "mod" Mod; pow "pow" Pow;
    lshift "lshift" LShift; rshift "rshift" RShift; and_ "and_" And;
    or_ "or_" Or; xor "xor" Xor; matmul "matmul" MatMul;
}

inplace! {
    iadd "iadd" Add; isub "isub" Sub; imul "imul" Mul; itruediv "itruediv" TrueDiv;
    ifloordiv "ifloordiv" FloorDiv; imod "imod" Mod; ipow "ipow" Pow;
    ilshift "ilshift" LShift; irshift "irshift" RShift; iand "iand" And;
    ior "ior" Or; ixor "ixor" Xor; imatmul "imatmul" MatMul;
}

compares! {
    lt "lt" Lt; le "le" Le; eq "eq" Eq; ne "ne" Ne; gt "gt" Gt; ge "ge" Ge;
}

unaries! {
    neg "neg" Neg; pos "pos" Pos; inv "inv" Invert; invert "invert" Invert;
}

fn not_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = arg1(vm, a, "not_")?;
    Ok(Value::Bool(!vm.truthy(v)?))
}

fn truth(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = arg1(vm, a, "truth")?;
    Ok(Value::Bool(vm.truthy(v)?))
}

fn abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = arg1(vm, a, "abs")?;
    crate::builtins::numeric::abs(
        vm,
        &Args {
            pos: std::slice::from_ref(v),
            kw: &[],
        },
    )
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = arg1(vm, a, "index")?;
    if let Value::Int(_) = v {
        return Ok(v.clone());
    }
    Ok(Value::from_bigint(index_bigint(vm, v)?))
}

fn is_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "is_", 2)?;
    Ok(Value::Bool(p[0].is(&p[1])))
}

fn is_not(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "is_not", 2)?;
    Ok(Value::Bool(!p[0].is(&p[1])))
}

/// Whether `v` is a sequence for `concat` (CPython's `PySequence_Check`:
/// it has `__getitem__` and is not a dict).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Range(_),
        ) => true,
        Some(Payload::Dict(_)) => false,
        Some(Payload::Instance(_) | Payload::Host(_)) => {
            let d = vm.types.dict.clone();
            !vm.is_instance(v, &d) && vm.lookup_special_str(v, "__getitem__").is_some()
        }
        _ => false,
    }
}

fn concat_common(vm: &mut Vm, a: &Args, name: &str, inplace: bool) -> PyResult<Value> {
    let p = args_n(vm, a, name, 2)?;
    if !is_sequence(vm, &p[0]) {
        let tn = vm.type_name(&p[0]);
        return Err(vm.type_error(format!("'{tn}' object can't be concatenated")));
    }
    if inplace {
        vm.inplace_op(p[0].clone(), p[1].clone(), BinOpKind::Add)
    } else {
        vm.binary_op(&p[0], &p[1], BinOpKind::Add)
    }
}

fn concat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    concat_common(vm, a, "concat", false)
}

fn iconcat(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    concat_common(vm, a, "iconcat", true)
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "contains", 2)?;
    Ok(Value::Bool(vm.contains(&p[0], &p[1])?))
}

/// Walk `seq` for `countOf`/`indexOf`: `f(index, matched)` returns false
/// to stop.
fn scan(
    vm: &mut Vm,
    seq: &Value,
    target: &Value,
    mut f: impl FnMut(usize, bool) -> bool,
) -> PyResult<()> {
    let Some(it) = vm.try_iter(seq)? else {
        let tn = vm.type_name(seq);
        return Err(vm.type_error(format!("argument of type '{tn}' is not iterable")));
    };
    let mut i = 0usize;
    while let Some(x) = vm.next(&it)? {
        let hit = x.is(target) || vm.eq(&x, target)?;
        if !f(i, hit) {
            break;
        }
        i += 1;
    }
    Ok(())
}

#[allow(non_snake_case)]
fn countOf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "countOf", 2)?;
    let mut n = 0i64;
    scan(vm, &p[0], &p[1], |_, hit| {
        n += i64::from(hit);
        true
    })?;
    Ok(Value::Int(n))
}

#[allow(non_snake_case)]
fn indexOf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "indexOf", 2)?;
    let mut found = None;
    scan(vm, &p[0], &p[1], |i, hit| {
        if hit {
            found = Some(i);
        }
        !hit
    })?;
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "getitem", 2)?;
    vm.getitem(&p[0], &p[1])
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "setitem", 3)?;
    vm.setitem(&p[0], p[1].clone(), p[2].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args_n(vm, a, "delitem", 2)?;
    vm.delitem(&p[0], &p[1])?;
    Ok(Value::None)
}

/// Whether `v`'s type has a length (`len(v)` is asked, not guessed).
fn has_len(vm: &mut Vm, v: &Value) -> bool {
    match v.payload() {
        Some(
            Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::Tuple(_)
            | Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Range(_)
            | Payload::DictView(..),
        ) => true,
        Some(Payload::Instance(_) | Payload::Host(_)) => {
            vm.lookup_special_str(v, "__len__").is_some()
        }
        _ => false,
    }
}

fn length_hint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("_operator.length_hint() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        let n = a.pos.len();
        let w = if n == 0 {
            "at least 1 argument"
        } else {
            "at most 2 arguments"
        };
        return Err(vm.type_error(format!("length_hint expected {w}, got {n}")));
    }
    let obj = &a.pos[0];
    let default = match a.pos.get(1) {
        Some(d) => {
            let d = d.clone();
            crate::types::itertools::ssize(vm, &d)?
        }
        None => 0,
    };
    if has_len(vm, obj) {
        return Ok(Value::Int(vm.len(obj)?));
    }
    let Some(f) = vm.lookup_special_str(obj, "__length_hint__") else {
        return Ok(Value::Int(default));
    };
    let r = vm.call(&f, std::slice::from_ref(obj))?;
    if vm.is_not_implemented(&r) {
        return Ok(Value::Int(default));
    }
    let n = match &r {
        Value::Int(n) => *n,
        Value::Bool(b) => i64::from(*b),
        Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
        }
        _ => {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__length_hint__ must be an integer, not {tn}")));
        }
    };
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(Value::Int(n))
}

fn call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(f) = a.pos.first() else {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    };
    vm.call_kw(f, &a.pos[1..], a.kw)
}

/// The functions, by name; each `(name, alias)` of the second table binds
/// the same object under a dunder name.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("lt", lt),
    ("le", le),
    ("eq", eq),
    ("ne", ne),
    ("gt", gt),
    ("ge", ge),
    ("not_", not_),
    ("truth", truth),
    ("is_", is_),
    ("is_not", is_not),
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("floordiv", floordiv),
    ("index", index),
    ("inv", inv),
    ("invert", invert),
    ("lshift", lshift),
    ("mod", mod_),
    ("mul", mul),
    ("matmul", matmul),
    ("neg", neg),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("sub", sub),
    ("truediv", truediv),
    ("xor", xor),
    ("concat", concat),
    ("contains", contains),
    ("countOf", countOf),
    ("delitem", delitem),
    ("getitem", getitem),
    ("indexOf", indexOf),
    ("setitem", setitem),
    ("length_hint", length_hint),
    ("call", call),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imod", imod),
    ("imul", imul),
    ("imatmul", imatmul),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
];

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    for (name, f) in FUNCTIONS {
        def(vm, d, name, *f)?;
    }
    let aliases: &[(&str, &str)] = &[
        ("__lt__", "lt"),
        ("__le__", "le"),
        ("__eq__", "eq"),
        ("__ne__", "ne"),
        ("__gt__", "gt"),
        ("__ge__", "ge"),
        ("__not__", "not_"),
        ("__abs__", "abs"),
        ("__add__", "add"),
        ("__and__", "and_"),
        ("__floordiv__", "floordiv"),
        ("__index__", "index"),
        ("__inv__", "inv"),
        ("__invert__", "invert"),
        ("__lshift__", "lshift"),
        ("__mod__", "mod"),
        ("__mul__", "mul"),
        ("__matmul__", "matmul"),
        ("__neg__", "neg"),
        ("__or__", "or_"),
        ("__pos__", "pos"),
        ("__pow__", "pow"),
        ("__rshift__", "rshift"),
        ("__sub__", "sub"),
        ("__truediv__", "truediv"),
        ("__xor__", "xor"),
        ("__concat__", "concat"),
        ("__contains__", "contains"),
        ("__delitem__", "delitem"),
        ("__getitem__", "getitem"),
        ("__setitem__", "setitem"),
        ("__call__", "call"),
        ("__iadd__", "iadd"),
        ("__iand__", "iand"),
        ("__iconcat__", "iconcat"),
        ("__ifloordiv__", "ifloordiv"),
        ("__ilshift__", "ilshift"),
        ("__imod__", "imod"),
        ("__imul__", "imul"),
        ("__imatmul__", "imatmul"),
        ("__ior__", "ior"),
        ("__ipow__", "ipow"),
        ("__irshift__", "irshift"),
        ("__isub__", "isub"),
        ("__itruediv__", "itruediv"),
        ("__ixor__", "ixor"),
    ];
    for (alias, name) in aliases {
        let key = vm.intern(name);
        if let Some(f) = vm.dict_get_str(d, &key)? {
            set(vm, d, alias, f)?;
        }
    }
    // CPython's operator.py keeps the builtin abs as `_abs`.
    let builtin_abs = crate::types::registry::native(
        "abs",
        crate::builtins::numeric::abs,
        crate::object::NativeKind::Function,
    );
    set(vm, d, "_abs", Value::Obj(builtin_abs))?;
    for (name, ty) in [
        ("itemgetter", &ot::ITEMGETTER),
        ("attrgetter", &ot::ATTRGETTER),
        ("methodcaller", &ot::METHODCALLER),
    ] {
        let cls = vm.types.host_class(ty);
        set(vm, d, name, Value::Obj(cls))?;
    }
    let mut all: Vec<&str> = FUNCTIONS.iter().map(|(n, _)| *n).collect();
    all.extend(["attrgetter", "itemgetter", "methodcaller"]);
    all.sort_unstable();
    let all = all.into_iter().map(Value::str).collect();
    set(vm, d, "__all__", Value::list(all))?;
    set(
        vm,
        d,
        "__doc__",
        Value::str(
            "Operator interface.\n\nThis module exports a set of functions implemented in C \
             corresponding\nto the intrinsic operators of Python.  For example, \
             operator.add(x, y)\nis equivalent to the expression x+y.  The function names \
             are those\nused for special methods; variants without leading and trailing\n'__' \
             are also provided for convenience.",
        ),
    )?;
    Ok(())
}
