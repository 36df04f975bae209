//! `int.to_bytes`, `int.from_bytes`, `float.hex` and `float.fromhex`:
//! the conversions between numbers and their byte or hexadecimal forms,
//! written from the Python documentation (Built-in Types, "Additional
//! Methods on Integer Types" and "Additional Methods on Float") and checked
//! against CPython 3.11 by tests/python/int__to_bytes.py and
//! tests/python/float__hex.py.
//!
//! Invariants:
//! - `to_bytes`' result is reserved (`Vm::reserve_memory`) before it is
//!   built: its length is the caller's.
//! - `float.fromhex` rounds the exact value of the digits to the nearest
//!   double, ties to even, as CPython does; an exponent of any size is
//!   read without overflow (it saturates, and the value is then zero or
//!   too large).

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::types::registry::add_method;
use crate::vm::Vm;

use super::buffer::bytes_like;

/// Install the methods on int and float.
pub fn register(vm: &mut Vm) {
    let int = vm.types.int.clone();
    let float = vm.types.float.clone();
    add_method(&int, "to_bytes", to_bytes, NativeKind::Method);
    add_method(&int, "from_bytes", from_bytes, NativeKind::ClassMethod);
    add_method(&float, "hex", float_hex, NativeKind::Method);
    add_method(&float, "fromhex", float_fromhex, NativeKind::ClassMethod);
}

/// The arguments of `to_bytes`/`from_bytes`: positional `params` (at most
/// `params.len()`), then keyword-only `signed`. Returns the slots and
/// `signed`'s value.
fn bind_args(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    params: &[&str],
) -> PyResult<(Vec<Option<Value>>, Option<Value>)> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if pos.len() > params.len() {
        return Err(vm.type_error(format!(
            "{name}() takes at most {} positional arguments ({} given)",
            params.len(),
            pos.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; params.len()];
    for (s, v) in slots.iter_mut().zip(pos) {
        *s = Some(v.clone());
    }
    let mut signed = None;
    for (k, v) in a.kw {
        let key = crate::vm::eval::name_text(k);
        if key == "signed" {
            signed = Some(v.clone());
            continue;
        }
        match params.iter().position(|p| *p == key) {
            Some(i) if slots[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )));
            }
        }
    }
    Ok((slots, signed))
}

/// `byteorder`: true for little-endian.
fn byteorder(vm: &mut Vm, v: Option<&Value>, name: &str) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(false);
    };
    match v.as_str() {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(vm.value_error("byteorder must be either 'little' or 'big'")),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "{name}() argument 'byteorder' must be str, not {tn}"
            )))
        }
    }
}

fn flag(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(v) => vm.truthy(&v),
    }
}

/// The int value of `self` (an int, a bool, or an int subclass).
fn self_int(vm: &mut Vm, a: &Args, what: &str) -> PyResult<BigInt> {
    let v = a.pos.first();
    let b = v
        .and_then(Value::to_bigint)
        .or_else(|| v.and_then(Value::instance_base).and_then(Value::to_bigint));
    match b {
        Some(b) => Ok(b),
        None => {
            let tn = v.map(|v| vm.type_name(v)).unwrap_or_default();
            Err(vm.type_error(format!(
                "descriptor '{what}' for 'int' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let n = self_int(vm, a, "to_bytes")?;
    let (slots, signed) = bind_args(vm, a, "to_bytes", &["length", "byteorder"])?;
    let length = match &slots[0] {
        None => 1,
        Some(v) => {
            if let Some(Payload::BigInt(_)) = v.payload() {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            }
            vm.index_value(v)?
        }
    };
    let little = byteorder(vm, slots[1].as_ref(), "to_bytes")?;
    let signed = flag(vm, signed)?;
    let Ok(length) = usize::try_from(length) else {
        return Err(vm.value_error("length argument must be non-negative"));
    };
    if n.sign() == Sign::Minus && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut raw = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        raw.clear();
    }
    if raw.len() > length {
        return Err(vm.overflow_error("int too big to convert"));
    }
    super::tuple::check_items(vm, length)?;
    vm.reserve_memory(length as u64)?;
    let fill = if n.sign() == Sign::Minus { 0xff } else { 0 };
    raw.resize(length, fill);
    if !little {
        raw.reverse();
    }
    Ok(super::bytes::bytes_value(raw))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class
/// method: a subclass gets `cls(value)`).
fn from_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (slots, signed) = bind_args(vm, a, "from_bytes", &["bytes", "byteorder"])?;
    let Some(src) = slots[0].clone() else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let little = byteorder(vm, slots[1].as_ref(), "from_bytes")?;
    let signed = flag(vm, signed)?;
    let mut raw = match bytes_like(&src) {
        Some(b) => b.into_owned(),
        None => source_bytes(vm, &src)?,
    };
    vm.work(raw.len())?;
    if !little {
        raw.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&raw)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &raw)
    };
    let v = Value::from_bigint(n);
    match a.pos.first() {
        Some(Value::Obj(c)) if !c.is(&vm.types.int) => {
            let cls = Value::Obj(c.clone());
            vm.call(&cls, &[v])
        }
        _ => Ok(v),
    }
}

/// What `bytes(src)` gives for `from_bytes`, which takes no count.
fn source_bytes(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    let plain = matches!(
        src,
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None
    ) || matches!(src.payload(), Some(Payload::Str(_) | Payload::BigInt(_)));
    if !plain {
        if let Some(f) = vm.lookup_special_str(src, "__bytes__") {
            let r = vm.call(&f, std::slice::from_ref(src))?;
            if let Some(Payload::Bytes(b)) = r.payload() {
                return Ok(b.to_vec());
            }
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
        }
        if vm.iter(src).is_ok() {
            return super::bytes::bytes_of_items(vm, src, super::bytes::byte_of);
        }
    }
    let tn = vm.type_name(src);
    Err(vm.type_error(format!("cannot convert '{tn}' object to bytes")))
}

// ----- float.hex / float.fromhex ---------------------------------------------

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` (`0x0.` for zero and
/// subnormals), `inf`, `-inf`, `nan`.
pub fn hex_of(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if exp_bits == 0 {
        (0, -1022)
    } else {
        (1, exp_bits - 1023)
    };
    format!("{sign}0x{lead}.{frac:013x}p{exp:+}")
}

fn float_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = match a.pos.first() {
        Some(Value::Float(f)) => *f,
        Some(v) if matches!(v.instance_base(), Some(Value::Float(_))) => match v.instance_base() {
            Some(Value::Float(f)) => *f,
            _ => 0.0,
        },
        v => {
            let tn = v.map(|v| vm.type_name(v)).unwrap_or_default();
            return Err(vm.type_error(format!(
                "descriptor 'hex' for 'float' objects doesn't apply to a '{tn}' object"
            )));
        }
    };
    super::tuple::no_args(vm, a, "float.hex")?;
    Ok(Value::string(hex_of(x)))
}

/// Why a hexadecimal string has no float.
enum HexError {
    Invalid,
    TooLarge,
}

/// The double nearest `m * 2**e` (ties to even); TooLarge past the range.
fn scaled(m: &BigInt, e: i128) -> Result<f64, HexError> {
    if m.is_zero() {
        return Ok(0.0);
    }
    let len = m.bits() as i128;
    let top = len - 1 + e;
    if top > 1023 {
        return Err(HexError::TooLarge);
    }
    if top < -1075 {
        return Ok(0.0);
    }
    // Keep the bits at positions >= low: 53 of them, or down to 2**-1074.
    let low = (top - 52).max(-1074);
    let shift = low - e;
    let mut q: u64;
    if shift > 0 {
        let s = shift as u64;
        let kept: BigInt = m >> s;
        q = kept.to_u64().unwrap_or(0);
        let rem: BigInt = m - (&kept << s);
        let half = BigInt::from(1) << (s - 1);
        if rem > half || (rem == half && q & 1 == 1) {
            q += 1;
        }
    } else {
        q = (m << ((-shift) as u64)).to_u64().unwrap_or(0);
    }
    let mut exp = low;
    if q == 1u64 << 53 {
        q >>= 1;
        exp += 1;
    }
    if q >= 1u64 << 52 {
        let t = exp + 52;
        if t > 1023 {
            return Err(HexError::TooLarge);
        }
        let biased = (t + 1023) as u64;
        Ok(f64::from_bits((biased << 52) | (q - (1u64 << 52))))
    } else {
        Ok(f64::from_bits(q))
    }
}

/// The value of a hexadecimal float literal as `float.fromhex` reads it.
fn parse_hex(s: &str) -> Result<f64, HexError> {
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'));
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = |x: f64| if neg { -x } else { x };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(sign(f64::NAN));
    }
    let rest = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match rest.find('p') {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    let is_hex = |p: &str| p.bytes().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !is_hex(int_part) || !is_hex(frac_part) {
        return Err(HexError::Invalid);
    }
    let mut e: i128 = match exp {
        None => 0,
        Some(x) => {
            let digits = x.strip_prefix(['+', '-']).unwrap_or(x);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(HexError::Invalid);
            }
            // Saturate: past 10**30 the value is 0 or too large anyway.
            let mag: i128 = digits
                .bytes()
                .try_fold(0i128, |acc, c| {
                    acc.checked_mul(10)?.checked_add(i128::from(c - b'0'))
                })
                .unwrap_or(i128::MAX / 4)
                .min(i128::MAX / 4);
            if x.starts_with('-') { -mag } else { mag }
        }
    };
    let all = format!("{int_part}{frac_part}");
    let digits = all.trim_start_matches('0');
    e -= 4 * frac_part.len() as i128;
    let m = if digits.is_empty() {
        BigInt::zero()
    } else {
        BigInt::parse_bytes(digits.as_bytes(), 16).unwrap_or_default()
    };
    scaled(&m, e).map(sign)
}

fn float_fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = super::tuple::one_arg(vm, a, "float.fromhex")?;
    let Some(text) = s.as_str() else {
        return Err(vm.type_error("bad argument type for built-in operation"));
    };
    vm.work(text.len())?;
    let x = match parse_hex(text) {
        Ok(x) => x,
        Err(HexError::Invalid) => {
            return Err(vm.value_error("invalid hexadecimal floating-point string"));
        }
        Err(HexError::TooLarge) => {
            return Err(vm.overflow_error("hexadecimal value too large to represent as a float"));
        }
    };
    match a.pos.first() {
        Some(Value::Obj(c)) if !c.is(&vm.types.float) => {
            let cls = Value::Obj(c.clone());
            vm.call(&cls, &[Value::Float(x)])
        }
        _ => Ok(Value::Float(x)),
    }
}
