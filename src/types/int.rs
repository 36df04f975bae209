//! `int`, `float` and `bool`: their constructors (`__new__`) and methods, and
//! the numeric conversions shared with the builtins and the math module
//! (`index_bigint`, `to_f64`, `float_to_int`, `round_value`).
//!
//! Arithmetic itself lives in `num.rs`; the dunder methods registered here
//! (`int.__add__(1, 2)`) forward to it and answer NotImplemented for
//! operands it does not handle.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::types::registry::add_method;
use crate::vm::NativeFn;
use crate::vm::Vm;

/// Install the constructors and methods of int, float and bool.
pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    let bool_ = vm.types.bool_.clone();
    add_method(&int, "__new__", int_new, NativeKind::StaticMethod);
    add_method(&float, "__new__", float_new, NativeKind::StaticMethod);
    add_method(&bool_, "__new__", bool_new, NativeKind::StaticMethod);
    let int_methods: &[(&'static str, NativeFn)] = &[
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_self),
        ("__index__", int_self),
        ("__int__", int_self),
        ("__trunc__", int_self),
        ("__floor__", int_self),
        ("__ceil__", int_self),
        ("__pos__", int_self),
        ("__float__", num_float),
        ("__abs__", num_abs),
        ("__neg__", num_neg),
        ("__format__", num_format),
        ("__round__", num_round),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_ratio),
    ];
    for (name, f) in int_methods {
        add_method(&int, name, *f, NativeKind::Method);
    }
    let float_methods: &[(&'static str, NativeFn)] = &[
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_ratio),
        ("conjugate", num_float),
        ("__float__", num_float),
        ("__int__", float_int),
        ("__trunc__", float_int),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__abs__", num_abs),
        ("__neg__", num_neg),
        ("__pos__", num_float),
        ("__format__", num_format),
        ("__round__", num_round),
    ];
    for (name, f) in float_methods {
        add_method(&float, name, *f, NativeKind::Method);
    }
    let int_props: [(&'static str, NativeFn); 4] = [
        ("real", int_self),
        ("imag", zero),
        ("numerator", int_self),
        ("denominator", one),
    ];
    for (name, f) in int_props {
        crate::types::registry::add_property(&int, name, f);
    }
    crate::types::registry::add_property(&float, "real", num_float);
    crate::types::registry::add_property(&float, "imag", zero_float);
    for cls in [&int, &float] {
        add_method(cls, "__add__", op_add, NativeKind::Method);
        add_method(cls, "__radd__", op_radd, NativeKind::Method);
        add_method(cls, "__sub__", op_sub, NativeKind::Method);
        add_method(cls, "__rsub__", op_rsub, NativeKind::Method);
        add_method(cls, "__mul__", op_mul, NativeKind::Method);
        add_method(cls, "__rmul__", op_rmul, NativeKind::Method);
        add_method(cls, "__truediv__", op_truediv, NativeKind::Method);
        add_method(cls, "__rtruediv__", op_rtruediv, NativeKind::Method);
        add_method(cls, "__floordiv__", op_floordiv, NativeKind::Method);
        add_method(cls, "__rfloordiv__", op_rfloordiv, NativeKind::Method);
        add_method(cls, "__mod__", op_mod, NativeKind::Method);
        add_method(cls, "__rmod__", op_rmod, NativeKind::Method);
        add_method(cls, "__pow__", op_pow, NativeKind::Method);
        add_method(cls, "__rpow__", op_rpow, NativeKind::Method);
        let cmps: [(&'static str, NativeFn); 7] = [
            ("__eq__", op_eq),
            ("__ne__", op_ne),
            ("__lt__", op_lt),
            ("__le__", op_le),
            ("__gt__", op_gt),
            ("__ge__", op_ge),
            ("__hash__", op_hash),
        ];
        for (name, f) in cmps {
            add_method(cls, name, f, NativeKind::Method);
        }
    }
}

/// A rich comparison of int or float `self` with a number: NotImplemented
/// for other operands, and for a float operand of int's (float's reflected
/// method answers), as CPython's.
fn compare_dunder(vm: &mut Vm, a: &Args, op: CmpOpKind) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    if !matches!(x, Value::Float(_)) && matches!(y, Value::Float(_)) {
        return Ok(vm.not_implemented());
    }
    Ok(match crate::types::num::compare(x, y) {
        None => vm.not_implemented(),
        Some(None) => Value::Bool(op == CmpOpKind::Ne),
        Some(Some(o)) => Value::Bool(match op {
            CmpOpKind::Eq => o.is_eq(),
            CmpOpKind::Ne => o.is_ne(),
            CmpOpKind::Lt => o.is_lt(),
            CmpOpKind::Le => o.is_le(),
            CmpOpKind::Gt => o.is_gt(),
            CmpOpKind::Ge => o.is_ge(),
        }),
    })
}

macro_rules! comparisons {
    ($($name:ident => $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                compare_dunder(vm, a, CmpOpKind::$op)
            }
        )*
    };
}

comparisons! {
    op_eq => Eq;
    op_ne => Ne;
    op_lt => Lt;
    op_le => Le;
    op_gt => Gt;
    op_ge => Ge;
}

/// `int.__hash__` / `float.__hash__`: the numeric hash.
fn op_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(x) = a.pos.first() else {
        return Err(vm.type_error("descriptor '__hash__' of 'int' object needs an argument"));
    };
    let x = x.clone();
    vm.hash(&x).map(Value::Int)
}

fn zero(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn one(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Int(1))
}

fn zero_float(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::Float(0.0))
}

// ----- shared conversions ------------------------------------------------

/// The integer value of `v` with `__index__` semantics (bools count).
pub fn index_bigint(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    if let Some(Payload::Instance(_)) = v.payload()
        && let Some(f) = vm.lookup_special_str(v, "__index__")
    {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        if let Some(b) = r.to_bigint() {
            return Ok(b);
        }
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("__index__ returned non-int (type {tn})")));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

/// A float from a real number (`math` argument rules): ints, floats,
/// `__float__` or `__index__`; TypeError `must be real number, not T`.
pub fn to_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(f64::from(u8::from(*b))),
        _ => {}
    }
    match v.payload() {
        Some(Payload::BigInt(b)) => {
            crate::types::num::int_to_f64(b).map_err(|m| vm.overflow_error(m))
        }
        Some(p) if p.class_protocols() => {
            if let Some(f) = vm.lookup_special_str(v, "__float__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                return match r {
                    Value::Float(x) => Ok(x),
                    _ => {
                        let tn = vm.type_name(v);
                        let rn = vm.type_name(&r);
                        Err(vm.type_error(format!("{tn}.__float__ returned non-float (type {rn})")))
                    }
                };
            }
            if vm.lookup_special_str(v, "__index__").is_some() {
                let b = index_bigint(vm, v)?;
                return crate::types::num::int_to_f64(&b).map_err(|m| vm.overflow_error(m));
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("must be real number, not {tn}")))
        }
    }
}

/// `int(f)` for a float: truncation, with CPython's errors for NaN and inf.
pub fn float_to_int(vm: &mut Vm, f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(Value::Int(t as i64));
    }
    match BigInt::from_f64(t) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => Err(vm.overflow_error("cannot convert float infinity to integer")),
    }
}

/// Round half to even of `q + r/d` where `0 <= r < d`.
fn round_half_even(q: BigInt, r: &BigInt, d: &BigInt) -> BigInt {
    let twice: BigInt = r * 2;
    if &twice > d || (&twice == d && q.is_odd()) {
        q + 1
    } else {
        q
    }
}

/// `round(x[, ndigits])` for ints, bools and floats; None for other types.
pub fn round_value(vm: &mut Vm, x: &Value, ndigits: &Value) -> PyResult<Option<Value>> {
    if let Value::Float(f) = x {
        let f = *f;
        if ndigits.is_none() {
            let r = f.round_ties_even();
            return float_to_int(vm, r).map(Some);
        }
        let n = index_bigint(vm, ndigits)?;
        let n = n
            .to_i64()
            .unwrap_or(if n.is_negative() { i64::MIN } else { i64::MAX });
        let r = crate::format::round_float(f, n);
        if r.is_infinite() && f.is_finite() {
            return Err(vm.overflow_error("rounded value too large to represent"));
        }
        return Ok(Some(Value::Float(r)));
    }
    let Some(b) = x.to_bigint() else {
        return Ok(None);
    };
    if ndigits.is_none() {
        return Ok(Some(Value::from_bigint(b)));
    }
    let n = index_bigint(vm, ndigits)?;
    if !n.is_negative() {
        return Ok(Some(Value::from_bigint(b)));
    }
    // Negative ndigits: round to a multiple of 10**(-n).
    let digits = b.magnitude().bits() / 3 + 2;
    let k = n.magnitude().to_u64().unwrap_or(u64::MAX);
    if k > digits {
        return Ok(Some(Value::Int(0)));
    }
    let k = u32::try_from(k).unwrap_or(u32::MAX);
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = b.div_mod_floor(&p);
    let q = round_half_even(q, &r, &p);
    Ok(Some(Value::from_bigint(q * p)))
}

// ----- constructors ------------------------------------------------------

fn int_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = a.pos.get(1..).unwrap_or(&[]);
    let x = args.first().cloned();
    let mut base = args.get(1).cloned();
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    for (k, v) in a.kw {
        match super::super::builtins::StrPayload::payload_str(k) {
            Some("base") if base.is_none() => base = Some(v.clone()),
            Some(other) => {
                return Err(vm.type_error(format!(
                    "'{other}' is an invalid keyword argument for int()"
                )));
            }
            None => return Err(vm.type_error("keywords must be strings")),
        }
    }
    let Some(x) = x else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(base) = base {
        let b = index_bigint(vm, &base)?;
        let b = match b.to_u32() {
            Some(b) if b == 0 || (2..=36).contains(&b) => b,
            _ => return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0")),
        };
        let text = match x.payload() {
            Some(Payload::Str(s)) => s.s.to_string(),
            Some(Payload::Bytes(bs)) => String::from_utf8_lossy(bs).into_owned(),
            _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
        return parse_int(vm, &x, &text, b);
    }
    match &x {
        Value::Int(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return float_to_int(vm, *f),
        _ => {}
    }
    match x.payload() {
        Some(Payload::BigInt(_)) => Ok(x.clone()),
        Some(Payload::Str(s)) => {
            let text = s.s.to_string();
            parse_int(vm, &x, &text, 10)
        }
        Some(Payload::Bytes(bs)) => {
            let text = String::from_utf8_lossy(bs).into_owned();
            parse_int(vm, &x, &text, 10)
        }
        Some(p) if p.class_protocols() => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(f) = vm.lookup_special_str(&x, name) {
                    let r = vm.call(&f, std::slice::from_ref(&x))?;
                    if let Some(b) = r.to_bigint() {
                        return Ok(Value::from_bigint(b));
                    }
                    let rn = vm.type_name(&r);
                    return Err(vm.type_error(format!("{name} returned non-int (type {rn})")));
                }
            }
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
        _ => {
            let tn = vm.type_name(&x);
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
            )))
        }
    }
}

/// Most digits accepted in `int(str)` (CPython's default limit).
const MAX_STR_DIGITS: usize = 4300;

fn parse_int(vm: &mut Vm, orig: &Value, text: &str, base: u32) -> PyResult<Value> {
    let digits = text.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    if digits > MAX_STR_DIGITS && base != 2 && base != 4 && base != 8 && base != 16 && base != 32 {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    match crate::format::parse_int_literal(text, base) {
        Some(b) => Ok(Value::from_bigint(b)),
        None => {
            let r = vm.repr(orig)?;
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn float_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let args = a.pos.get(1..).unwrap_or(&[]);
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let Some(x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    match x {
        Value::Float(_) => return Ok(x.clone()),
        Value::Int(i) => return Ok(Value::Float(*i as f64)),
        Value::Bool(b) => return Ok(Value::Float(f64::from(u8::from(*b)))),
        _ => {}
    }
    match x.payload() {
        Some(Payload::BigInt(b)) => crate::types::num::int_to_f64(b)
            .map(Value::Float)
            .map_err(|m| vm.overflow_error(m)),
        Some(Payload::Str(s)) => {
            let text = s.s.to_string();
            parse_float(vm, x, &text)
        }
        Some(Payload::Bytes(bs)) => {
            let text = String::from_utf8_lossy(bs).into_owned();
            parse_float(vm, x, &text)
        }
        Some(p) if p.class_protocols() => {
            if vm.lookup_special_str(x, "__float__").is_some()
                || vm.lookup_special_str(x, "__index__").is_some()
            {
                return to_f64(vm, x).map(Value::Float);
            }
            let tn = vm.type_name(x);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{tn}'"
            )))
        }
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{tn}'"
            )))
        }
    }
}

fn parse_float(vm: &mut Vm, orig: &Value, text: &str) -> PyResult<Value> {
    match crate::format::parse_float_literal(text) {
        Some(f) => Ok(Value::Float(f)),
        None => {
            let r = vm.repr(orig)?;
            Err(vm.value_error(format!("could not convert string to float: {r}")))
        }
    }
}

fn bool_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    let args = a.pos.get(1..).unwrap_or(&[]);
    if args.len() > 1 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

// ----- methods -----------------------------------------------------------

/// `self` of an int method as a BigInt.
fn self_int(vm: &mut Vm, a: &Args, what: &str) -> PyResult<BigInt> {
    // An instance of an int subclass is its int value here (`MyInt(7).real`).
    let this = a.pos.first().map(|v| v.instance_base().unwrap_or(v));
    match this.and_then(Value::to_bigint) {
        Some(b) => Ok(b),
        None => {
            let tn = a.pos.first().map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{what}' for 'int' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// `self` of a float method.
fn self_float(vm: &mut Vm, a: &Args, what: &str) -> PyResult<f64> {
    match a.pos.first().map(|v| v.instance_base().unwrap_or(v)) {
        Some(Value::Float(f)) => Ok(*f),
        other => {
            let tn = other.map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{what}' for 'float' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn int_bit_length(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = self_int(vm, a, "bit_length")?;
    crate::types::tuple::no_args(vm, a, "int.bit_length")?;
    Ok(Value::Int(
        i64::try_from(b.magnitude().bits()).unwrap_or(i64::MAX),
    ))
}

fn int_bit_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = self_int(vm, a, "bit_count")?;
    crate::types::tuple::no_args(vm, a, "int.bit_count")?;
    let n: u64 = b
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn int_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = self_int(vm, a, "__int__")?;
    Ok(Value::from_bigint(b))
}

fn int_is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    self_int(vm, a, "is_integer")?;
    Ok(Value::Bool(true))
}

fn int_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = self_int(vm, a, "as_integer_ratio")?;
    crate::types::tuple::no_args(vm, a, "int.as_integer_ratio")?;
    Ok(Value::tuple(vec![Value::from_bigint(b), Value::Int(1)]))
}

fn num_float(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    to_f64(vm, &v).map(Value::Float)
}

fn num_abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    match v {
        Value::Float(f) => Ok(Value::Float(f.abs())),
        _ => match v.to_bigint() {
            Some(b) => Ok(Value::from_bigint(b.abs())),
            None => Err(vm.type_error("bad operand type for abs()")),
        },
    }
}

fn num_neg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    vm.unary_op(&v, crate::bytecode::UnaryOpKind::Neg)
}

fn num_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let spec = match a.pos.get(1) {
        Some(s) => super::super::builtins::str_arg(vm, s, "format spec")?,
        None => return Err(vm.type_error("__format__() takes exactly one argument (0 given)")),
    };
    crate::builtins::strformat::format_value(vm, &v, &spec).map(Value::string)
}

fn num_round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    let n = a.pos.get(1).cloned().unwrap_or(Value::None);
    match round_value(vm, &v, &n)? {
        Some(r) => Ok(r),
        None => Err(vm.type_error("__round__ needs a number")),
    }
}

fn float_is_integer(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = self_float(vm, a, "is_integer")?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_ratio(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = self_float(vm, a, "as_integer_ratio")?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (mut m, mut e) = crate::types::hash::frexp(f);
    let mut guard = 0;
    while m != m.floor() && guard < 1100 {
        m *= 2.0;
        e -= 1;
        guard += 1;
    }
    let mut num = BigInt::from_f64(m).unwrap_or_default();
    let mut den = BigInt::from(1);
    let shift = usize::try_from(e.unsigned_abs()).unwrap_or(0);
    if e > 0 {
        num <<= shift;
    } else {
        den <<= shift;
    }
    if num.is_zero() {
        den = BigInt::from(1);
    }
    Ok(Value::tuple(vec![
        Value::from_bigint(num),
        Value::from_bigint(den),
    ]))
}

fn float_int(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = self_float(vm, a, "__int__")?;
    float_to_int(vm, f)
}

fn float_floor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = self_float(vm, a, "__floor__")?;
    float_to_int(vm, f.floor())
}

fn float_ceil(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = self_float(vm, a, "__ceil__")?;
    float_to_int(vm, f.ceil())
}

/// A binary dunder: `self op other` (or reflected), NotImplemented when
/// `num::binary` does not handle the operands.
fn dunder(vm: &mut Vm, a: &Args, kind: BinOpKind, reflected: bool) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    // int's methods do not take floats: float's reflected methods do.
    if !matches!(x, Value::Float(_)) && matches!(y, Value::Float(_)) {
        return Ok(vm.not_implemented());
    }
    let (l, r) = if reflected { (y, x) } else { (x, y) };
    match crate::types::num::binary(vm, l, r, kind)? {
        Some(v) => Ok(v),
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! dunders {
    ($($name:ident, $rname:ident => $kind:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                dunder(vm, a, BinOpKind::$kind, false)
            }
            fn $rname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                dunder(vm, a, BinOpKind::$kind, true)
            }
        )*
    };
}

dunders! {
    op_add, op_radd => Add;
    op_sub, op_rsub => Sub;
    op_mul, op_rmul => Mul;
    op_truediv, op_rtruediv => TrueDiv;
    op_floordiv, op_rfloordiv => FloorDiv;
    op_mod, op_rmod => Mod;
    op_pow, op_rpow => Pow;
}
