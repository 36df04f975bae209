//! Numeric arithmetic with Python semantics: ints (inline i64, overflowing
//! into num-bigint exactly when needed), bools as ints, floats, and their
//! mixtures. Floor division and modulo round toward negative infinity; `**`
//! with a negative exponent gives a float; huge results are refused before
//! they are computed.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::bytecode::{BinOpKind, UnaryOpKind};
use crate::object::{Payload, PyResult, Value};
use crate::vm::Vm;

use super::bigcost;

/// Results above this many bits are refused (MemoryError) before computing.
pub const MAX_INT_BITS: u64 = 1 << 26;

enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => Some(Num::Int(b.clone())),
            _ => None,
        },
        _ => None,
    }
}

fn big(n: &Num) -> BigInt {
    match n {
        Num::Int(b) => b.clone(),
        Num::Small(i) => BigInt::from(*i),
        Num::Float(_) => BigInt::zero(),
    }
}

/// An int as f64, or OverflowError text when too large.
pub fn int_to_f64(b: &BigInt) -> Result<f64, &'static str> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err("int too large to convert to float"),
    }
}

/// Exact `int == float`.
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if f.fract() != 0.0 || !f.is_finite() {
        return false;
    }
    if f.abs() < 9.0e15 {
        return i as f64 == f;
    }
    BigInt::from(i) == BigInt::from(f as i128)
}

fn fnum(vm: &mut Vm, n: &Num) -> PyResult<f64> {
    match n {
        Num::Float(f) => Ok(*f),
        Num::Small(i) => Ok(*i as f64),
        Num::Int(b) => int_to_f64(b).map_err(|m| vm.overflow_error(m)),
    }
}

/// Python float modulo (sign of the divisor).
pub fn float_mod(a: f64, b: f64) -> f64 {
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// Python float floor division.
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 { f + 1.0 } else { f }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `a op b` for numbers; Ok(None) when either operand is not a number.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<Option<Value>> {
    if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
        match kind {
            BinOpKind::And => return Ok(Some(Value::Bool(p & q))),
            BinOpKind::Or => return Ok(Some(Value::Bool(p | q))),
            BinOpKind::Xor => return Ok(Some(Value::Bool(p ^ q))),
            _ => {}
        }
    }
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        return float_binary(vm, &x, &y, kind);
    }
    if let (Num::Small(p), Num::Small(q)) = (&x, &y)
        && let Some(v) = small_binary(vm, *p, *q, kind)?
    {
        return Ok(Some(v));
    }
    big_binary(vm, big(&x), big(&y), kind)
}

fn small_binary(vm: &mut Vm, p: i64, q: i64, kind: BinOpKind) -> PyResult<Option<Value>> {
    Ok(match kind {
        BinOpKind::Add => p.checked_add(q).map(Value::Int),
        BinOpKind::Sub => p.checked_sub(q).map(Value::Int),
        BinOpKind::Mul => p.checked_mul(q).map(Value::Int),
        BinOpKind::TrueDiv => {
            if q == 0 {
                return Err(vm.zero_division("division by zero"));
            }
            if p.unsigned_abs() < (1 << 53) && q.unsigned_abs() < (1 << 53) {
                Some(Value::Float(p as f64 / q as f64))
            } else {
                None
            }
        }
        BinOpKind::FloorDiv => {
            if q == 0 {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            p.checked_div(q).map(|d| {
                let d = if (p % q != 0) && ((p < 0) != (q < 0)) {
                    d - 1
                } else {
                    d
                };
                Value::Int(d)
            })
        }
        BinOpKind::Mod => {
            if q == 0 {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            p.checked_rem(q).map(|m| {
                let m = if m != 0 && ((m < 0) != (q < 0)) {
                    m + q
                } else {
                    m
                };
                Value::Int(m)
            })
        }
        BinOpKind::And => Some(Value::Int(p & q)),
        BinOpKind::Or => Some(Value::Int(p | q)),
        BinOpKind::Xor => Some(Value::Int(p ^ q)),
        BinOpKind::LShift => {
            if q < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            if q < 63 && p.unsigned_abs() < (1u64 << (62 - q as u32).min(62)) {
                Some(Value::Int(p << q))
            } else {
                None
            }
        }
        BinOpKind::RShift => {
            if q < 0 {
                return Err(vm.value_error("negative shift count"));
            }
            Some(Value::Int(if q >= 64 {
                if p < 0 { -1 } else { 0 }
            } else {
                p >> q
            }))
        }
        BinOpKind::Pow => {
            if q < 0 {
                // A negative exponent makes it float ** float.
                Some(float_pow(vm, p as f64, q as f64)?)
            } else if q <= u32::MAX as i64 {
                p.checked_pow(q as u32).map(Value::Int)
            } else {
                None
            }
        }
        BinOpKind::MatMul => return Ok(None),
    })
}

fn big_binary(vm: &mut Vm, p: BigInt, q: BigInt, kind: BinOpKind) -> PyResult<Option<Value>> {
    let r = match kind {
        BinOpKind::Add => p + q,
        BinOpKind::Sub => p - q,
        BinOpKind::Mul => {
            if p.bits() + q.bits() > MAX_INT_BITS {
                return Err(vm.memory_error("integer result too large"));
            }
            vm.reserve_memory((p.bits() + q.bits()) / 8)?;
            vm.afford(bigcost::mul(p.bits(), q.bits()))?;
            p * q
        }
        BinOpKind::TrueDiv => {
            if q.is_zero() {
                return Err(vm.zero_division("division by zero"));
            }
            return Ok(Some(Value::Float(big_truediv(vm, &p, &q)?)));
        }
        BinOpKind::FloorDiv => {
            if q.is_zero() {
                return Err(vm.zero_division("integer division or modulo by zero"));
            }
            vm.afford(bigcost::div(p.bits(), q.bits()))?;
            p.div_floor(&q)
        }
        BinOpKind::Mod => {
            if q.is_zero() {
                return Err(vm.zero_division("integer modulo by zero"));
            }
            vm.afford(bigcost::div(p.bits(), q.bits()))?;
            p.mod_floor(&q)
        }
        BinOpKind::And => p & q,
        BinOpKind::Or => p | q,
        BinOpKind::Xor => p ^ q,
        BinOpKind::LShift => {
            if q.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            let s = q.to_u64().unwrap_or(u64::MAX);
            if p.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            vm.reserve_memory(p.bits().saturating_add(s) / 8)?;
            if p.bits().saturating_add(s) > MAX_INT_BITS {
                return Err(vm.memory_error("integer result too large"));
            }
            vm.work(usize::try_from(s / 8).unwrap_or(usize::MAX))?;
            p << s
        }
        BinOpKind::RShift => {
            if q.is_negative() {
                return Err(vm.value_error("negative shift count"));
            }
            match q.to_u64() {
                Some(s) if s < p.bits() + 1 => {
                    // Floor semantics for negatives.
                    if p.is_negative() {
                        let d = BigInt::from(1) << s;
                        p.div_floor(&d)
                    } else {
                        p >> s
                    }
                }
                _ => BigInt::from(if p.is_negative() { -1 } else { 0 }),
            }
        }
        BinOpKind::Pow => {
            if q.is_negative() {
                let pf = int_to_f64(&p).map_err(|m| vm.overflow_error(m))?;
                let qf = int_to_f64(&q).map_err(|m| vm.overflow_error(m))?;
                return float_pow(vm, pf, qf).map(Some);
            }
            if p.is_zero() || p == BigInt::from(1) {
                return Ok(Some(Value::from_bigint(p)));
            }
            if p == BigInt::from(-1) {
                return Ok(Some(Value::Int(if q.is_odd() { -1 } else { 1 })));
            }
            let e = q.to_u64().unwrap_or(u64::MAX);
            // With a memory cap, a result that would break it is refused
            // before anything is allocated.
            vm.reserve_memory(p.bits().saturating_mul(e) / 8)?;
            if p.bits().saturating_mul(e) > MAX_INT_BITS {
                return Err(vm.memory_error("integer result too large (exponent too big)"));
            }
            vm.afford(bigcost::pow(p.bits().saturating_mul(e)))?;
            num_traits::pow::Pow::pow(p, e)
        }
        BinOpKind::MatMul => return Ok(None),
    };
    Ok(Some(Value::from_bigint(r)))
}

/// Correctly rounded int / int for big operands.
/// `p / q` for ints, correctly rounded (CPython's long_true_divide): the
/// quotient is taken with 65 or 66 significant bits plus a sticky bit for
/// a nonzero remainder, so that one rounding to 53 bits is exact; a result
/// in the subnormal range is computed in units of 2**-1074 and rounded
/// half to even there. `0 / -n` is -0.0.
fn big_truediv(vm: &mut Vm, p: &BigInt, q: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (p.to_i64(), q.to_i64())
        && a.unsigned_abs() < (1 << 53)
        && b.unsigned_abs() < (1 << 53)
    {
        return Ok(a as f64 / b as f64);
    }
    let negative = p.is_negative() != q.is_negative();
    let sign = if negative { -1.0 } else { 1.0 };
    if p.is_zero() {
        return Ok(0f64.copysign(if q.is_negative() { -1.0 } else { 1.0 }));
    }
    let (a, b) = (p.abs(), q.abs());
    let e = a.bits() as i64 - b.bits() as i64;
    if e > 1025 {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    if e < -1080 {
        return Ok(0f64.copysign(sign));
    }
    if e <= -1022 {
        // Below 2**-1021: in units of 2**-1074 the result is under 2**53.
        let (quo, rem) = (&a << 1074u32).div_rem(&b);
        let mut n = quo.to_u64().unwrap_or(0);
        let twice = &rem << 1u32;
        if twice > b || (twice == b && n & 1 == 1) {
            n += 1;
        }
        return Ok(sign * (n as f64) * libm_pow2(-1074));
    }
    let shift = 66 - e;
    let (n, d) = if shift > 0 {
        (&a << shift as u64, b)
    } else {
        (a, &b << (-shift) as u64)
    };
    let (quo, rem) = n.div_rem(&d);
    let mut m = quo.to_u128().unwrap_or(u128::MAX);
    if !rem.is_zero() {
        m |= 1;
    }
    // One rounding here; the scaling below is exact (the result is normal).
    let f = m as f64;
    let half = (shift / 2) as i32;
    let r = f * libm_pow2(-half) * libm_pow2(-(shift as i32 - half));
    if !r.is_finite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(sign * r)
}

/// 2**e as a float, exact for e in -1074..=1023.
fn libm_pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e.min(1023) + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).max(0))
    }
}

fn float_binary(vm: &mut Vm, x: &Num, y: &Num, kind: BinOpKind) -> PyResult<Option<Value>> {
    let a = fnum(vm, x)?;
    let b = fnum(vm, y)?;
    let r = match kind {
        BinOpKind::Add => a + b,
        BinOpKind::Sub => a - b,
        BinOpKind::Mul => a * b,
        BinOpKind::TrueDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            a / b
        }
        BinOpKind::FloorDiv => {
            if b == 0.0 {
                return Err(vm.zero_division("float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        BinOpKind::Mod => {
            if b == 0.0 {
                return Err(vm.zero_division("float modulo"));
            }
            float_mod(a, b)
        }
        BinOpKind::Pow => return float_pow(vm, a, b).map(Some),
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// `a ** b` for floats, CPython's float_pow: the special cases decided
/// here (in this order), not by the C library; a negative base to a
/// fractional power is complex; an overflow is OverflowError, an
/// underflow is zero.
pub fn float_pow(vm: &mut Vm, a: f64, b: f64) -> PyResult<Value> {
    let odd = |x: f64| x.abs() % 2.0 == 1.0;
    let r = if b == 0.0 {
        1.0
    } else if a.is_nan() {
        a
    } else if b.is_nan() {
        if a == 1.0 { 1.0 } else { b }
    } else if b.is_infinite() {
        let m = a.abs();
        if m == 1.0 {
            1.0
        } else if (b > 0.0) == (m > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else if a.is_infinite() {
        match (b > 0.0, odd(b)) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0f64.copysign(a),
            (false, false) => 0.0,
        }
    } else if a == 0.0 {
        if b < 0.0 {
            return Err(vm.zero_division("0.0 cannot be raised to a negative power"));
        }
        if odd(b) { a } else { 0.0 }
    } else {
        let (base, negate) = if a < 0.0 {
            if b != b.floor() {
                // A negative number to a fractional power is complex.
                return super::complex::power_of(vm, a, b);
            }
            (-a, odd(b))
        } else {
            (a, false)
        };
        let r = if base == 1.0 { 1.0 } else { base.powf(b) };
        if r.is_infinite() {
            return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
        }
        if negate { -r } else { r }
    };
    Ok(Value::Float(r))
}

/// `-x`, `+x`, `~x` for numbers.
pub fn unary(a: &Value, kind: UnaryOpKind) -> Option<Value> {
    match (kind, a) {
        (UnaryOpKind::Neg, Value::Int(i)) => Some(match i.checked_neg() {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(-BigInt::from(*i)),
        }),
        (UnaryOpKind::Neg, Value::Bool(b)) => Some(Value::Int(-(*b as i64))),
        (UnaryOpKind::Neg, Value::Float(f)) => Some(Value::Float(-f)),
        (UnaryOpKind::Pos, Value::Int(_)) | (UnaryOpKind::Pos, Value::Float(_)) => Some(a.clone()),
        (UnaryOpKind::Pos, Value::Bool(b)) => Some(Value::Int(*b as i64)),
        (UnaryOpKind::Invert, Value::Int(i)) => Some(Value::Int(!i)),
        (UnaryOpKind::Invert, Value::Bool(b)) => Some(Value::Int(!(*b as i64))),
        (_, Value::Obj(o)) => match o.payload() {
            Payload::BigInt(b) => match kind {
                UnaryOpKind::Neg => Some(Value::from_bigint(-b.clone())),
                UnaryOpKind::Pos => Some(a.clone()),
                UnaryOpKind::Invert => Some(Value::from_bigint(-b.clone() - 1)),
                UnaryOpKind::Not => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Compare two numbers; None when either is not a number.
pub fn compare(a: &Value, b: &Value) -> Option<Option<std::cmp::Ordering>> {
    let (x, y) = (as_num(a)?, as_num(b)?);
    Some(match (&x, &y) {
        (Num::Small(p), Num::Small(q)) => Some(p.cmp(q)),
        (Num::Float(p), Num::Float(q)) => p.partial_cmp(q),
        (Num::Float(p), other) | (other, Num::Float(p)) => {
            let swapped = matches!(x, Num::Float(_)) && !matches!(y, Num::Float(_));
            let i = big(other);
            let Some(ord) = cmp_int_float(&i, *p) else {
                return Some(None);
            };
            if swapped {
                Some(ord.reverse())
            } else {
                Some(ord)
            }
        }
        _ => Some(big(&x).cmp(&big(&y))),
    })
}

/// Exact comparison of an int with a float (int <=> float).
fn cmp_int_float(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Greater
        });
    }
    let fl = f.floor();
    // A finite integral float converts to an int exactly.
    let fi = num_traits::FromPrimitive::from_f64(fl)?;
    match i.cmp(&fi) {
        std::cmp::Ordering::Equal => {
            if f > fl {
                Some(std::cmp::Ordering::Less)
            } else {
                Some(std::cmp::Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
