//! Numeric builtins: abs, divmod, pow, round, sum, min, max, bin, oct, hex.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::{Args, Payload, PyResult, Value};
use crate::types::int::index_bigint;
use crate::vm::Vm;
use crate::vm::meta::protocols;

use super::{arg_or_kw, check_kw, def, kwarg, positional};

/// Register the functions of this file.
pub(super) fn install(vm: &mut Vm) {
    def(vm, "abs", abs);
    def(vm, "divmod", divmod);
    def(vm, "pow", pow);
    def(vm, "round", round);
    def(vm, "sum", sum);
    def(vm, "min", min);
    def(vm, "max", max);
    def(vm, "bin", bin);
    def(vm, "oct", oct);
    def(vm, "hex", hex);
}

pub(crate) fn abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "abs", a, 1, 1)?;
    let v = &a.pos[0];
    match v {
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(x) => Value::Int(x),
                None => Value::from_bigint(BigInt::from(*i).abs()),
            });
        }
        Value::Bool(b) => return Ok(Value::Int(i64::from(*b))),
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        _ => {}
    }
    match v.payload() {
        Some(Payload::BigInt(b)) => Ok(Value::from_bigint(b.abs())),
        Some(p) if protocols(p) => match vm.lookup_special_str(v, "__abs__") {
            Some(f) => vm.call(&f, std::slice::from_ref(v)),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
        }
    }
}

fn divmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "divmod", a, 2, 2)?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    let xi = x.payload().is_some_and(protocols);
    let yi = y.payload().is_some_and(protocols);
    if xi || yi {
        if xi && let Some(f) = vm.lookup_special_str(x, "__divmod__") {
            let r = vm.call(&f, &[x.clone(), y.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if yi && let Some(f) = vm.lookup_special_str(y, "__rdivmod__") {
            let r = vm.call(&f, &[y.clone(), x.clone()])?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let (ta, tb) = (vm.type_name(x), vm.type_name(y));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    let is_num = |v: &Value| v.to_bigint().is_some() || matches!(v, Value::Float(_));
    if !is_num(x) || !is_num(y) {
        let (ta, tb) = (vm.type_name(x), vm.type_name(y));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    let is_zero = match y {
        Value::Float(f) => *f == 0.0,
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        _ => false,
    };
    if is_zero && (matches!(x, Value::Float(_)) || matches!(y, Value::Float(_))) {
        return Err(vm.zero_division("float divmod()"));
    }
    let q = vm.binary_op(x, y, BinOpKind::FloorDiv)?;
    let r = vm.binary_op(x, y, BinOpKind::Mod)?;
    Ok(Value::tuple(vec![q, r]))
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "pow", a, &["base", "exp", "mod"])?;
    if a.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "pow expected at most 3 arguments, got {}",
            a.pos.len()
        )));
    }
    let (Some(base), Some(exp)) = (arg_or_kw(a, 0, "base"), arg_or_kw(a, 1, "exp")) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let m = arg_or_kw(a, 2, "mod").unwrap_or(Value::None);
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOpKind::Pow);
    }
    if base.payload().is_some_and(protocols)
        && let Some(f) = vm.lookup_special_str(&base, "__pow__")
    {
        return vm.call(&f, &[base.clone(), exp, m]);
    }
    let (Some(b), Some(e), Some(md)) = (base.to_bigint(), exp.to_bigint(), m.to_bigint()) else {
        return Err(
            vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
        );
    };
    if md.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = md.abs();
    vm.afford(crate::types::bigcost::div(b.bits(), modulus.bits()))?;
    let mut b = b.mod_floor(&modulus);
    let mut e = e;
    if e.is_negative() {
        vm.afford(crate::types::bigcost::gcd(b.bits(), modulus.bits()))?;
        let g = b.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return Err(vm.value_error("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&modulus);
        e = -e;
    }
    vm.afford(crate::types::bigcost::modpow(e.bits(), modulus.bits()))?;
    let mut r = b.modpow(&e, &modulus);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(Value::from_bigint(r))
}

fn round(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "round", a, &["number", "ndigits"])?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let Some(x) = arg_or_kw(a, 0, "number") else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    let nd = arg_or_kw(a, 1, "ndigits").unwrap_or(Value::None);
    if let Some(r) = crate::types::int::round_value(vm, &x, &nd)? {
        return Ok(r);
    }
    if x.payload().is_some_and(protocols)
        && let Some(f) = vm.lookup_special_str(&x, "__round__")
    {
        return if nd.is_none() {
            vm.call(&f, std::slice::from_ref(&x))
        } else {
            vm.call(&f, &[x.clone(), nd])
        };
    }
    let tn = vm.type_name(&x);
    Err(vm.type_error(format!("type {tn} doesn't define __round__ method")))
}

fn sum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "sum", a, &["start"])?;
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let start = arg_or_kw(a, 1, "start").unwrap_or(Value::Int(0));
    match start.payload() {
        Some(Payload::Str(_)) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
        }
        Some(Payload::Bytes(_)) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
        }
        _ => {}
    }
    let it = vm.iter(&a.pos[0])?;
    let mut acc = start;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_add(*q) {
                Some(s) => Value::Int(s),
                None => vm.binary_op(&acc, &x, BinOpKind::Add)?,
            },
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => vm.binary_op(&acc, &x, BinOpKind::Add)?,
        };
    }
    Ok(acc)
}

/// `min`/`max` (`op` is the comparison that makes an item the new best).
fn min_max(vm: &mut Vm, a: &Args, name: &str, op: CmpOpKind) -> PyResult<Value> {
    for (k, _) in a.kw {
        let k = super::StrPayload::payload_str(k).unwrap_or("?");
        if k != "key" && k != "default" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
        }
    }
    let key = kwarg(a, "key").filter(|k| !k.is_none());
    let default = kwarg(a, "default");
    let mut best: Option<(Value, Value)> = None;
    let mut consider = |vm: &mut Vm, item: Value| -> PyResult<bool> {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&item))?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => match (&k, bk) {
                (Value::Int(p), Value::Int(q)) => match op {
                    CmpOpKind::Gt => p > q,
                    _ => p < q,
                },
                _ => {
                    let r = vm.compare(&k, bk, op)?;
                    vm.truthy(&r)?
                }
            },
        };
        if better {
            best = Some((k, item));
        }
        Ok(true)
    };
    match a.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        // One iterable: its items one at a time (an endless iterator runs
        // until a cap stops it, holding no list of what it made).
        1 => vm.each(&a.pos[0], &mut consider)?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for item in a.pos.iter() {
                consider(vm, item.clone())?;
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn min(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "min", CmpOpKind::Lt)
}

fn max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    min_max(vm, a, "max", CmpOpKind::Gt)
}

/// `bin`/`oct`/`hex`: sign, prefix, digits.
fn radix_text(vm: &mut Vm, a: &Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    let b = index_bigint(vm, &a.pos[0])?;
    let digits = b.magnitude().to_str_radix(radix);
    let sign = if b.is_negative() { "-" } else { "" };
    Ok(Value::string(format!("{sign}{prefix}{digits}")))
}

fn bin(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix_text(vm, a, "bin", 2, "0b")
}

fn oct(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix_text(vm, a, "oct", 8, "0o")
}

fn hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    radix_text(vm, a, "hex", 16, "0x")
}
