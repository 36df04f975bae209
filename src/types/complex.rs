//! `complex`: a pair of floats, immutable, written from the Python
//! documentation (Built-in Types, "Numeric Types") and checked against
//! CPython 3.11 by tests/python/complex__*.py.
//!
//! This type lives in this one room: its value, its class and methods, its
//! arithmetic, its `repr`/`format` and what the collectors and the freezer
//! need to know (a host object with no references, shared when frozen:
//! object/host.rs). The rest of the crate names it in two places only: the
//! registration line in types/registry.rs (`ROOMS`), and the literal `2j`,
//! which the compiler turns into a constant that vm/mod.rs materialises
//! with [`new`].
//!
//! Arithmetic follows CPython's algorithms as documented: division by
//! Smith's method (scaling by the larger component of the divisor), integer
//! powers up to 100 by repeated squaring, other powers through polar form;
//! an infinite result from finite operands raises OverflowError.

use crate::format::{FormatSpec, float_repr, format_float, parse_float_literal};
use crate::object::host::{Host, HostObject, HostType, SharedHost};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

/// The Python type `complex`; its operators are natives in its class dict.
pub static COMPLEX_TYPE: HostType = HostType::with_class_protocols("complex");

/// A complex number.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl HostObject for Complex {
    fn host_type(&self) -> &'static HostType {
        &COMPLEX_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        repr(*self)
    }

    /// Immutable: a frozen copy is the same value.
    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(*self))
    }
}

/// A new complex value.
pub fn new(re: f64, im: f64) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::shared(Complex { re, im }))))
}

/// The class, with its methods (the registration in types/registry.rs
/// calls this once, when the builtin types are built).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("complex", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__add__", add),
        ("__radd__", add),
        ("__sub__", sub),
        ("__rsub__", rsub),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__truediv__", truediv),
        ("__rtruediv__", rtruediv),
        ("__pow__", pow),
        ("__rpow__", rpow),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__bool__", bool_),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__hash__", hash),
        ("__repr__", repr_method),
        ("__str__", repr_method),
        ("__format__", format_method),
        ("__getnewargs__", getnewargs),
        ("conjugate", conjugate),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    add_method(&cls, "__new__", complex_new, NativeKind::StaticMethod);
    for (name, f) in [("real", real as NativeFn), ("imag", imag)] {
        crate::types::registry::add_property(&cls, name, f);
    }
    let doc = "Create a complex number from a real part and an optional imaginary part.\n\n\
               This is equivalent to (real + imag*1j) where imag defaults to 0.";
    set_class_attr(&cls, "__doc__", Value::str(doc));
    cls
}

// ----- values and operands -----------------------------------------------

fn as_complex(v: &Value) -> Option<Complex> {
    v.host::<Complex>().copied()
}

/// `self` of a method: always a complex (the class is not subclassable).
fn this(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Complex> {
    match a.pos.first().and_then(as_complex) {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'complex' object"))),
    }
}

/// The other operand of an arithmetic operator as a complex: ints, bools,
/// floats and complexes; None (NotImplemented) for anything else.
fn operand(vm: &mut Vm, v: &Value) -> PyResult<Option<Complex>> {
    let re = match v {
        Value::Int(i) => *i as f64,
        Value::Bool(b) => f64::from(u8::from(*b)),
        Value::Float(f) => *f,
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(b) => {
                crate::types::num::int_to_f64(b).map_err(|m| vm.overflow_error(m))?
            }
            _ => return Ok(as_complex(v)),
        },
        _ => return Ok(None),
    };
    Ok(Some(Complex { re, im: 0.0 }))
}

/// `self` and the other operand of a binary operator, or None when the
/// other operand is not a number (the operator returns NotImplemented).
fn operands(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<(Complex, Complex)>> {
    let x = this(vm, a, name)?;
    let other = other_arg(vm, a)?;
    Ok(operand(vm, other)?.map(|y| (x, y)))
}

/// The argument after `self` of a binary method.
fn other_arg<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a Value> {
    match a.pos.get(1) {
        Some(v) => Ok(v),
        None => Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        ))),
    }
}

fn result(vm: &mut Vm, r: Option<Complex>) -> Value {
    match r {
        Some(c) => new(c.re, c.im),
        None => vm.not_implemented(),
    }
}

// ----- arithmetic ----------------------------------------------------------

fn c_add(x: Complex, y: Complex) -> Complex {
    Complex {
        re: x.re + y.re,
        im: x.im + y.im,
    }
}

fn c_sub(x: Complex, y: Complex) -> Complex {
    Complex {
        re: x.re - y.re,
        im: x.im - y.im,
    }
}

fn c_mul(x: Complex, y: Complex) -> Complex {
    Complex {
        re: x.re * y.re - x.im * y.im,
        im: x.re * y.im + x.im * y.re,
    }
}

/// `x / y` by Smith's method: divide through by the larger component of
/// `y` so that neither intermediate overflows needlessly. None when `y` is
/// zero.
pub(crate) fn c_div(x: Complex, y: Complex) -> Option<Complex> {
    let (ar, ai) = (y.re.abs(), y.im.abs());
    if ar >= ai {
        if ar == 0.0 {
            return None;
        }
        let ratio = y.im / y.re;
        let denom = y.re + y.im * ratio;
        Some(Complex {
            re: (x.re + x.im * ratio) / denom,
            im: (x.im - x.re * ratio) / denom,
        })
    } else if ai >= ar {
        let ratio = y.re / y.im;
        let denom = y.re * ratio + y.im;
        Some(Complex {
            re: (x.re * ratio + x.im) / denom,
            im: (x.im * ratio - x.re) / denom,
        })
    } else {
        // A NaN component: neither comparison holds.
        Some(Complex {
            re: f64::NAN,
            im: f64::NAN,
        })
    }
}

/// Why a power has no value.
enum PowError {
    /// Zero to a negative or complex power.
    Domain,
    /// A component overflowed.
    Range,
}

/// `x ** n` for a non-negative integer `n`, by repeated squaring.
fn c_powu(x: Complex, n: u64) -> Complex {
    let mut r = Complex { re: 1.0, im: 0.0 };
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_mul(r, p);
        }
        mask <<= 1;
        p = c_mul(p, p);
    }
    r
}

fn c_pow(x: Complex, y: Complex) -> Result<Complex, PowError> {
    let r = if y.im == 0.0 && y.re == y.re.floor() && y.re.abs() <= 100.0 {
        // An integer power: exact for small exponents.
        let n = y.re as i64;
        if n >= 0 {
            c_powu(x, n as u64)
        } else {
            c_div(Complex { re: 1.0, im: 0.0 }, c_powu(x, n.unsigned_abs()))
                .ok_or(PowError::Domain)?
        }
    } else if y.re == 0.0 && y.im == 0.0 {
        Complex { re: 1.0, im: 0.0 }
    } else if x.re == 0.0 && x.im == 0.0 {
        if y.im != 0.0 || y.re < 0.0 {
            return Err(PowError::Domain);
        }
        Complex { re: 0.0, im: 0.0 }
    } else {
        // Polar form: |x|**y.re * e**(-arg(x)*y.im), at angle
        // arg(x)*y.re + y.im*ln|x|.
        let vabs = x.re.hypot(x.im);
        let mut len = vabs.powf(y.re);
        let at = x.im.atan2(x.re);
        let mut phase = at * y.re;
        if y.im != 0.0 {
            len /= (at * y.im).exp();
            phase += y.im * vabs.ln();
        }
        if phase.is_infinite() {
            // The C library's cos(inf) is a domain error, and CPython
            // reports it as this ZeroDivisionError.
            return Err(PowError::Domain);
        }
        Complex {
            re: len * phase.cos(),
            im: len * phase.sin(),
        }
    };
    if r.re.is_infinite() || r.im.is_infinite() {
        return Err(PowError::Range);
    }
    Ok(r)
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = operands(vm, a, "__add__")?.map(|(x, y)| c_add(x, y));
    Ok(result(vm, r))
}

fn sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = operands(vm, a, "__sub__")?.map(|(x, y)| c_sub(x, y));
    Ok(result(vm, r))
}

fn rsub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = operands(vm, a, "__rsub__")?.map(|(x, y)| c_sub(y, x));
    Ok(result(vm, r))
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let r = operands(vm, a, "__mul__")?.map(|(x, y)| c_mul(x, y));
    Ok(result(vm, r))
}

fn divide(vm: &mut Vm, x: Complex, y: Complex) -> PyResult<Value> {
    match c_div(x, y) {
        Some(c) => Ok(new(c.re, c.im)),
        None => Err(vm.zero_division("complex division by zero")),
    }
}

fn truediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match operands(vm, a, "__truediv__")? {
        Some((x, y)) => divide(vm, x, y),
        None => Ok(vm.not_implemented()),
    }
}

fn rtruediv(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match operands(vm, a, "__rtruediv__")? {
        Some((x, y)) => divide(vm, y, x),
        None => Ok(vm.not_implemented()),
    }
}

fn power(vm: &mut Vm, a: &Args, x: Complex, y: Complex) -> PyResult<Value> {
    if a.pos.get(2).is_some_and(|m| !m.is_none()) {
        return Err(vm.value_error("complex modulo"));
    }
    match c_pow(x, y) {
        Ok(c) => Ok(new(c.re, c.im)),
        Err(PowError::Domain) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Err(PowError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

/// `x ** y` for real `x` and `y` whose result is complex (a negative
/// float to a fractional power, as float's `__pow__` hands it over).
pub fn power_of(vm: &mut Vm, x: f64, y: f64) -> PyResult<Value> {
    match c_pow(Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 }) {
        Ok(c) => Ok(new(c.re, c.im)),
        Err(PowError::Domain) => Err(vm.zero_division("0.0 to a negative or complex power")),
        Err(PowError::Range) => Err(vm.overflow_error("complex exponentiation")),
    }
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match operands(vm, a, "__pow__")? {
        Some((x, y)) => power(vm, a, x, y),
        None => Ok(vm.not_implemented()),
    }
}

fn rpow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match operands(vm, a, "__rpow__")? {
        Some((x, y)) => power(vm, a, y, x),
        None => Ok(vm.not_implemented()),
    }
}

fn neg(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__neg__")?;
    Ok(new(-x.re, -x.im))
}

fn pos(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__pos__")?;
    Ok(new(x.re, x.im))
}

fn abs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__abs__")?;
    let r = x.re.hypot(x.im);
    if r.is_infinite() && x.re.is_finite() && x.im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(Value::Float(r))
}

fn bool_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__bool__")?;
    Ok(Value::Bool(x.re != 0.0 || x.im != 0.0))
}

fn conjugate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "conjugate")?;
    Ok(new(x.re, -x.im))
}

fn real(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, a, "real")?.re))
}

fn imag(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Float(this(vm, a, "imag")?.im))
}

fn getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__getnewargs__")?;
    Ok(Value::tuple(vec![Value::Float(x.re), Value::Float(x.im)]))
}

// ----- comparison and hashing ----------------------------------------------

/// `x == other`, or None (NotImplemented) when `other` is not a number.
/// Ints compare exactly, not through a rounded float.
fn equals(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Option<bool>> {
    let x = this(vm, a, name)?;
    let other = other_arg(vm, a)?;
    if let Some(y) = as_complex(other) {
        return Ok(Some(x == y));
    }
    let int = match other {
        Value::Float(f) => return Ok(Some(x.im == 0.0 && x.re == *f)),
        Value::Int(i) => num_bigint::BigInt::from(*i),
        Value::Bool(b) => num_bigint::BigInt::from(u8::from(*b)),
        _ => match other.payload() {
            Some(Payload::BigInt(b)) => b.clone(),
            _ => return Ok(None),
        },
    };
    if x.im != 0.0 || !x.re.is_finite() || x.re.fract() != 0.0 {
        return Ok(Some(false));
    }
    Ok(Some(
        num_bigint::BigInt::from(x.re as i128) == int || float_int_eq_big(x.re, &int),
    ))
}

/// Exact equality of an integral float too large for an i128 and an int.
fn float_int_eq_big(f: f64, i: &num_bigint::BigInt) -> bool {
    use num_traits::FromPrimitive;
    f.abs() >= 1.7e38 && num_bigint::BigInt::from_f64(f).is_some_and(|b| &b == i)
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(match equals(vm, a, "__eq__")? {
        Some(r) => Value::Bool(r),
        None => vm.not_implemented(),
    })
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(match equals(vm, a, "__ne__")? {
        Some(r) => Value::Bool(!r),
        None => vm.not_implemented(),
    })
}

/// CPython's: the real part's hash plus 1000003 times the imaginary
/// part's, so that a complex with no imaginary part hashes as its real part
/// (`hash(3+0j) == hash(3)`).
fn hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__hash__")?;
    let addr = a
        .pos
        .first()
        .and_then(Value::as_obj)
        .map_or(0, ObjRef::addr);
    let hr = crate::types::hash::hash_f64(x.re, addr) as u64;
    let hi = crate::types::hash::hash_f64(x.im, addr) as u64;
    let h = hr.wrapping_add(hi.wrapping_mul(1_000_003)) as i64;
    Ok(Value::Int(if h == -1 { -2 } else { h }))
}

// ----- text -------------------------------------------------------------------

/// `repr(z)`: `2j` when the real part is +0, `(1+2j)` otherwise.
pub fn repr(z: Complex) -> String {
    crate::format::complex_repr(z.re, z.im)
}

fn repr_method(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__repr__")?;
    Ok(Value::string(repr(x)))
}

/// One part of `format(z, spec)`: `spec` without width and alignment.
/// With no type and no precision, the float's repr-style text without the
/// `.0` that floats add (with `#`, the point stays: `1.`).
fn format_part(x: f64, spec: &FormatSpec) -> Result<String, String> {
    if spec.ty.is_some() || spec.precision.is_some() {
        let mut s = spec.clone();
        if s.ty.is_none() {
            s.ty = Some('g');
        }
        return format_float(x, &s);
    }
    let text = format_float(x, spec)?;
    let plain = if spec.no_neg_zero && x == 0.0 { 0.0 } else { x };
    if !float_repr(plain.abs()).ends_with(".0") {
        return Ok(text);
    }
    let Some(cut) = text.strip_suffix(".0") else {
        return Ok(text);
    };
    Ok(if spec.alternate {
        format!("{cut}.")
    } else {
        cut.to_string()
    })
}

/// `format(z, spec)`: each part formatted as a float, the imaginary one
/// with its sign, the whole padded to the width (CPython's rules for
/// complex: no `=` alignment, no zero padding; with no type, the `str()`
/// form with its parentheses).
pub fn format(z: Complex, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(repr(z));
    }
    let s = crate::format::parse_format_spec_for(spec, "complex")?;
    // CPython's order: the type, then a '0' fill (the flag or the
    // character), then '=' alignment.
    if let Some(t) = s.ty
        && !matches!(t, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n')
    {
        return Err(format!(
            "Unknown format code '{t}' for object of type 'complex'"
        ));
    }
    if s.fill == '0' || (s.zero && s.fill == ' ') {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let inner = FormatSpec {
        fill: ' ',
        align: None,
        zero: false,
        width: 0,
        ..s.clone()
    };
    let skip_re = s.ty.is_none() && z.re == 0.0 && z.re.is_sign_positive();
    let parens = s.ty.is_none() && !skip_re;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        body.push_str(&format_part(z.re, &inner)?);
    }
    let im_spec = if skip_re {
        inner
    } else {
        FormatSpec { sign: '+', ..inner }
    };
    body.push_str(&format_part(z.im, &im_spec)?);
    body.push('j');
    if parens {
        body.push(')');
    }
    let n = body.chars().count();
    if n >= s.width {
        return Ok(body);
    }
    let pad = s.width - n;
    let (left, right) = match s.align {
        Some('<') => (0, pad),
        Some('^') => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = |k: usize| std::iter::repeat_n(s.fill, k).collect::<String>();
    Ok(format!("{}{body}{}", fill(left), fill(right)))
}

fn format_method(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let x = this(vm, a, "__format__")?;
    let spec = match a.pos.get(1) {
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {tn}")));
            }
        },
        None => String::new(),
    };
    match format(x, &spec) {
        Ok(s) => Ok(Value::string(s)),
        Err(m) => Err(vm.value_error(m)),
    }
}

// ----- construction -------------------------------------------------------------

/// `complex(text)`: `1`, `2j`, `1+2j`, `-j`, `inf-nanj`, optionally in
/// parentheses, with surrounding whitespace; the parts are float literals.
pub fn parse(text: &str) -> Option<Complex> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(') {
        s = inner.strip_suffix(')')?.trim();
    }
    if s.is_empty() || s.contains(char::is_whitespace) {
        return None;
    }
    let float = |t: &str| -> Option<f64> {
        // The float grammar has no sign-only or empty literal, and no
        // whitespace (refused above, since float() would strip it).
        if t.is_empty() || t == "+" || t == "-" {
            return None;
        }
        parse_float_literal(t)
    };
    let unit = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => float(t),
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some(Complex {
            re: float(s)?,
            im: 0.0,
        });
    };
    // The imaginary part starts at the last sign that is not an
    // exponent's (and not the first character).
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| matches!(bytes[i], b'+' | b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    match split {
        Some(i) => Some(Complex {
            re: float(&body[..i])?,
            im: unit(&body[i..])?,
        }),
        None => Some(Complex {
            re: 0.0,
            im: unit(body)?,
        }),
    }
}

/// `text` without its underscores, or None when one is misplaced (each
/// must stand between two digits), as CPython checks a numeric string
/// before it parses it (with its own message for a misplaced one).
fn without_underscores(text: &str) -> Option<String> {
    if !text.contains('_') {
        return Some(text.to_string());
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = '\0';
    for c in text.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// A number argument of `complex()` as (value, was it a complex).
fn number_arg(vm: &mut Vm, v: &Value, which: &str) -> PyResult<(Complex, bool)> {
    if let Some(c) = as_complex(v) {
        return Ok((c, true));
    }
    if v.payload().is_some_and(Payload::class_protocols)
        && let Some(f) = vm.lookup_special_str(v, "__complex__")
    {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match as_complex(&r) {
            Some(c) => Ok((c, true)),
            None => {
                let rn = vm.type_name(&r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {rn})")))
            }
        };
    }
    let numeric = matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::BigInt(_)))
        || (v.payload().is_some_and(Payload::class_protocols)
            && (vm.lookup_special_str(v, "__float__").is_some()
                || vm.lookup_special_str(v, "__index__").is_some()));
    if !numeric {
        let tn = vm.type_name(v);
        let what = if which == "first" {
            "a string or a number"
        } else {
            "a number"
        };
        return Err(vm.type_error(format!(
            "complex() {which} argument must be {what}, not '{tn}'"
        )));
    }
    let re = crate::types::int::to_f64(vm, v)?;
    Ok((Complex { re, im: 0.0 }, false))
}

fn complex_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = a.pos.first().cloned().unwrap_or(Value::None);
    let mine = vm.types.host_class(&COMPLEX_TYPE);
    if !matches!(&cls, Value::Obj(c) if c.is(&mine)) {
        return Err(vm.type_error(
            "subclasses of complex are not supported by sandpy yet: wrap a complex in an attribute instead",
        ));
    }
    let args = a.pos.get(1..).unwrap_or(&[]);
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            args.len() + a.kw.len()
        )));
    }
    let mut real = args.first().cloned();
    let mut imag = args.get(1).cloned();
    for (k, v) in a.kw {
        let which = match k.payload() {
            Payload::Str(s) if &*s.s == "real" => "real",
            Payload::Str(s) if &*s.s == "imag" => "imag",
            Payload::Str(s) => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for complex()",
                    s.s
                )));
            }
            _ => return Err(vm.type_error("keywords must be strings")),
        };
        let slot = if which == "real" {
            &mut real
        } else {
            &mut imag
        };
        if slot.is_some() {
            let at = if which == "real" { 1 } else { 2 };
            return Err(vm.type_error(format!(
                "argument for complex() given by name ('{which}') and position ({at})"
            )));
        }
        *slot = Some(v.clone());
    }
    let Some(real) = real else {
        return Ok(match imag {
            None => new(0.0, 0.0),
            Some(i) => {
                if i.as_str().is_some() {
                    return Err(vm.type_error("complex() second arg can't be a string"));
                }
                let (ci, ci_c) = number_arg(vm, &i, "second")?;
                let re = if ci_c { 0.0 - ci.im } else { 0.0 };
                new(re, ci.re)
            }
        });
    };
    if let Some(text) = real.as_str() {
        if imag.is_some() {
            return Err(vm.type_error("complex() can't take second arg if first is a string"));
        }
        let Some(text) = without_underscores(text) else {
            let r = crate::types::str_algo::str_repr(text);
            return Err(vm.value_error(format!("could not convert string to complex: {r}")));
        };
        return match parse(&text) {
            Some(c) => Ok(new(c.re, c.im)),
            None => Err(vm.value_error("complex() arg is a malformed string")),
        };
    }
    if let Some(i) = &imag
        && i.as_str().is_some()
    {
        return Err(vm.type_error("complex() second arg can't be a string"));
    }
    let (cr, cr_c) = number_arg(vm, &real, "first")?;
    let Some(i) = imag else {
        if cr_c && as_complex(&real).is_some() {
            // complex(z) is z itself, as CPython returns an exact complex.
            return Ok(real);
        }
        return Ok(new(cr.re, cr.im));
    };
    let (ci, ci_c) = number_arg(vm, &i, "second")?;
    let re = if ci_c { cr.re - ci.im } else { cr.re };
    let im = if cr_c { ci.re + cr.im } else { ci.re };
    Ok(new(re, im))
}
