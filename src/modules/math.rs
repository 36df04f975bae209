//! The `math` module, with CPython's error rules: a NaN result from a
//! non-NaN argument is `ValueError: math domain error`; an infinite result
//! from a finite argument is `OverflowError: math range error` for the
//! functions that can overflow (exp, sinh, ...) and a domain error for the
//! others (log(0), atanh(1)). Integer functions (factorial, comb, perm)
//! refuse arguments whose result would be unreasonably large.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::bytecode::BinOpKind;
use crate::object::{Args, Payload, PyResult, Value};
use crate::types::bigcost;
use crate::types::int::{float_to_int, index_bigint, to_f64};
use crate::vm::Vm;

use super::{def, libm_compat, math_gamma, set};
use crate::builtins::{check_kw, kwarg, positional};

/// Largest argument of `factorial` (and `k` of `comb`/`perm`) computed.
const MAX_FACTORIAL: u64 = 200_000;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &crate::object::ObjRef) -> PyResult<()> {
    set(vm, d, "pi", Value::Float(std::f64::consts::PI))?;
    set(vm, d, "e", Value::Float(std::f64::consts::E))?;
    set(vm, d, "tau", Value::Float(std::f64::consts::TAU))?;
    set(vm, d, "inf", Value::Float(f64::INFINITY))?;
    set(vm, d, "nan", Value::Float(f64::NAN))?;
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("exp2", exp2),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("cbrt", cbrt),
        ("fabs", fabs),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("hypot", hypot),
        ("dist", dist),
        ("degrees", degrees),
        ("radians", radians),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("isclose", isclose),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("prod", prod),
        ("fsum", fsum),
        ("isqrt", isqrt),
        ("nextafter", nextafter),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("erf", erf),
        ("erfc", erfc),
        ("ulp", ulp),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

fn domain(vm: &mut Vm) -> crate::object::Exc {
    vm.value_error("math domain error")
}

fn range_err(vm: &mut Vm) -> crate::object::Exc {
    vm.overflow_error("math range error")
}

/// One float argument through `f`, with CPython's `math_1` error rules.
fn math1(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain(vm));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_err(vm)
        } else {
            domain(vm)
        });
    }
    Ok(Value::Float(r))
}

macro_rules! unary {
    ($($name:ident => $f:expr, $ovf:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                math1(vm, a, stringify!($name), $f, $ovf)
            }
        )*
    };
}

unary! {
    sqrt => f64::sqrt, false;
    exp => f64::exp, true;
    exp2 => f64::exp2, true;
    expm1 => f64::exp_m1, true;
    log1p => |x| if x <= -1.0 { f64::NAN } else { x.ln_1p() }, false;
    sin => f64::sin, false;
    cos => f64::cos, false;
    tan => f64::tan, false;
    asin => f64::asin, false;
    acos => f64::acos, false;
    atan => f64::atan, false;
    sinh => f64::sinh, true;
    cosh => f64::cosh, true;
    tanh => f64::tanh, false;
    asinh => libm_compat::asinh, false;
    acosh => libm_compat::acosh, false;
    atanh => |x| if x.abs() >= 1.0 { f64::NAN } else { libm_compat::atanh(x) }, false;
    cbrt => libm_compat::cbrt, false;
    fabs => f64::abs, false;
    erf => libm::erf, false;
    erfc => libm::erfc, false;
}

/// `degrees`/`radians`: a plain product (CPython raises nothing, so
/// degrees(1e308) is inf).
fn scale(vm: &mut Vm, a: &Args, name: &str, k: f64) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    Ok(Value::Float(to_f64(vm, &a.pos[0])? * k))
}

fn degrees(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    scale(vm, a, "degrees", 180.0 / std::f64::consts::PI)
}

fn radians(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    scale(vm, a, "radians", std::f64::consts::PI / 180.0)
}

/// The next float after `x` towards `y` (C's nextafter).
fn next_toward(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return x + y;
    }
    if x == y {
        return y;
    }
    if x == 0.0 {
        return f64::from_bits(1).copysign(y);
    }
    let b = x.to_bits();
    // Away from zero when y is farther out on x's side, else towards it.
    let away = (y > x) == (x > 0.0);
    f64::from_bits(if away { b + 1 } else { b - 1 })
}

fn gamma_like(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    f: fn(f64) -> Result<f64, math_gamma::GammaError>,
) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    match f(x) {
        Ok(r) => Ok(Value::Float(r)),
        Err(math_gamma::GammaError::Domain) => Err(domain(vm)),
        Err(math_gamma::GammaError::Range) => Err(range_err(vm)),
    }
}

fn gamma(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    gamma_like(vm, a, "gamma", math_gamma::gamma)
}

fn lgamma(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    gamma_like(vm, a, "lgamma", math_gamma::lgamma)
}

fn nextafter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "nextafter")?;
    Ok(Value::Float(next_toward(x, y)))
}

fn ulp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "ulp", a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let up = next_toward(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::Float(x - next_toward(x, f64::NEG_INFINITY)));
    }
    Ok(Value::Float(up - x))
}

/// `log` of a positive real (big ints beyond the float range included);
/// domain error for non-positive values.
fn log_of(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Some(Payload::BigInt(b)) = v.payload() {
        if !b.is_positive() {
            return Err(domain(vm));
        }
        if let Some(x) = b.to_f64().filter(|x| x.is_finite()) {
            return Ok(f(x));
        }
        // x = m * 2**e with m in [0.5, 1): log(x) = log(m) + e*log(2).
        let bits = b.bits();
        let shift = bits.saturating_sub(60);
        let top = (b >> shift).to_f64().unwrap_or(1.0);
        let e = shift as f64;
        return Ok(f(top) + e * f(2.0));
    }
    let x = to_f64(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(f(x))
}

fn log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "log", a, 1, 2)?;
    let num = log_of(vm, &a.pos[0], f64::ln)?;
    match a.pos.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = log_of(vm, b, f64::ln)?;
            if den == 0.0 {
                return Err(vm.zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "log2", a, 1, 1)?;
    log_of(vm, &a.pos[0], f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "log10", a, 1, 1)?;
    log_of(vm, &a.pos[0], f64::log10).map(Value::Float)
}

fn two_floats(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    positional(vm, name, a, 2, 2)?;
    let x = to_f64(vm, &a.pos[0])?;
    let y = to_f64(vm, &a.pos[1])?;
    Ok((x, y))
}

fn pow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "pow")?;
    let r = x.powf(y);
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        if r.is_nan() || x == 0.0 {
            return Err(domain(vm));
        }
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (y, x) = two_floats(vm, a, "atan2")?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain(vm));
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (x, y) = two_floats(vm, a, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain(vm));
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder: exact, ties to even.
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn floor_ceil(
    vm: &mut Vm,
    a: &Args,
    name: &str,
    dunder: &'static str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    let v = &a.pos[0];
    if let Some(b) = v.to_bigint() {
        return Ok(Value::from_bigint(b));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(*x));
    }
    if v.payload().is_some_and(Payload::class_protocols)
        && let Some(m) = vm.lookup_special_str(v, dunder)
    {
        return vm.call(&m, std::slice::from_ref(v));
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    floor_ceil(vm, a, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    floor_ceil(vm, a, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "trunc", a, 1, 1)?;
    let v = &a.pos[0];
    if let Some(b) = v.to_bigint() {
        return Ok(Value::from_bigint(b));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, *x);
    }
    if v.payload().is_some_and(Payload::class_protocols)
        && let Some(m) = vm.lookup_special_str(v, "__trunc__")
    {
        return vm.call(&m, std::slice::from_ref(v));
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!("type {tn} doesn't define __trunc__ method")))
}

/// sqrt of the sum of squares (`hypot`, `dist`), as CPython 3.11's
/// vector_norm: an infinity wins over a NaN; otherwise each coordinate is
/// scaled by a power of two so that the largest lies in [0.5, 1), squared
/// exactly (Dekker's product, Veltkamp's split) and added exactly to a
/// running sum that starts at 1 (the low parts kept apart); the square
/// root then gets one Newton correction from the exact residual.
fn hypot_of(coords: &[f64]) -> f64 {
    if coords.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if coords.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let max = coords.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    if max == 0.0 || coords.len() <= 1 {
        return max;
    }
    let mut v: Vec<f64> = coords.iter().map(|x| x.abs()).collect();
    vector_norm(&mut v, max)
}

/// The exact product `x * y` as (hi, lo).
fn dl_mul(x: f64, y: f64) -> (f64, f64) {
    let split = |x: f64| {
        let t = x * 134_217_729.0;
        let hi = t - (t - x);
        (hi, x - hi)
    };
    let (xh, xl) = split(x);
    let (yh, yl) = split(y);
    let p = xh * yh;
    let q = xh * yl + xl * yh;
    let z = p + q;
    (z, p - z + q + xl * yl)
}

/// `a + b` as (hi, lo), for |a| >= |b|.
fn dl_fast_sum(a: f64, b: f64) -> (f64, f64) {
    let x = a + b;
    let z = x - a;
    (x, b - z)
}

fn vector_norm(v: &mut [f64], max: f64) -> f64 {
    let (_, max_e) = crate::types::hash::frexp(max);
    if max_e < -1023 {
        // 2**-max_e would overflow: make the subnormals normal first.
        for x in v.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(v, max / f64::MIN_POSITIVE);
    }
    let scale = libm_compat::pow2(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    for &x in v.iter() {
        let x = x * scale;
        let (ph, pl) = dl_mul(x, x);
        let (sh, sl) = dl_fast_sum(csum, ph);
        csum = sh;
        frac1 += pl;
        frac2 += sl;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (ph, pl) = dl_mul(-h, h);
    let (sh, sl) = dl_fast_sum(csum, ph);
    csum = sh;
    frac1 += pl;
    frac2 += sl;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

fn hypot(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "hypot", a, 0, usize::MAX)?;
    let mut c = Vec::with_capacity(a.pos.len());
    for v in a.pos {
        c.push(to_f64(vm, v)?);
    }
    Ok(Value::Float(hypot_of(&c)))
}

fn dist(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "dist", a, 2, 2)?;
    let p = vm.collect(&a.pos[0])?;
    let q = vm.collect(&a.pos[1])?;
    if p.len() != q.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut d = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        let x = to_f64(vm, x)?;
        let y = to_f64(vm, y)?;
        d.push(x - y);
    }
    Ok(Value::Float(hypot_of(&d)))
}

fn modf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "modf", a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else {
        // The fraction keeps x's sign, zero included (C's modf).
        (x.fract().copysign(x), x.trunc())
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "frexp", a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    let (m, e) = crate::types::hash::frexp(x);
    Ok(Value::tuple(vec![
        Value::Float(m),
        Value::Int(i64::from(e)),
    ]))
}

fn ldexp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "ldexp", a, 2, 2)?;
    let x = to_f64(vm, &a.pos[0])?;
    let Some(e) = a.pos[1].to_bigint() else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let mut k = e.clamp(-2200, 2200);
    let mut r = x;
    while k != 0 {
        let step = k.clamp(-1000, 1000);
        r *= 2f64.powi(step as i32);
        k -= step;
    }
    if r.is_infinite() {
        return Err(range_err(vm));
    }
    Ok(Value::Float(r))
}

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    positional(vm, name, a, 1, 1)?;
    let x = to_f64(vm, &a.pos[0])?;
    Ok(Value::Bool(f(x)))
}

fn isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isnan", f64::is_nan)
}

fn isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isinf", f64::is_infinite)
}

fn isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isfinite", f64::is_finite)
}

fn isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "isclose", a, &["rel_tol", "abs_tol"])?;
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let x = to_f64(vm, &a.pos[0])?;
    let y = to_f64(vm, &a.pos[1])?;
    let rel = match kwarg(a, "rel_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match kwarg(a, "abs_tol") {
        Some(v) => to_f64(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::Bool(
        diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs,
    ))
}

/// The product of the integers in `lo..hi` by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi <= lo {
        return BigInt::one();
    }
    if hi - lo <= 16 {
        let mut p = BigInt::one();
        for i in lo..hi {
            p *= i;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// A non-negative int argument below the size cap.
fn small_nonneg(vm: &mut Vm, b: &BigInt, what: &str) -> PyResult<u64> {
    match b.to_u64() {
        Some(n) if n <= MAX_FACTORIAL => Ok(n),
        _ => Err(vm.memory_error(&format!(
            "{what} is too large for sandpy (limit {MAX_FACTORIAL})"
        ))),
    }
}

fn factorial(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "factorial", a, 1, 1)?;
    let n = index_bigint(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    if n > BigInt::from(i64::MAX) {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    }
    let n = small_nonneg(vm, &n, "factorial() argument")?;
    // n! has about n log2 n bits; the last products of the binary
    // splitting dominate.
    let bits = n.saturating_mul(u64::from(64 - n.leading_zeros()));
    vm.reserve_memory(bits / 8)?;
    vm.afford(bigcost::mul(bits / 2, bits / 2).saturating_mul(2))?;
    Ok(Value::from_bigint(range_product(1, n + 1)))
}

fn gcd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "gcd", a, 0, usize::MAX)?;
    let mut g = BigInt::zero();
    for v in a.pos {
        let b = index_bigint(vm, v)?;
        vm.afford(bigcost::gcd(g.bits(), b.bits()))?;
        g = g.gcd(&b);
    }
    Ok(Value::from_bigint(g))
}

fn lcm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "lcm", a, 0, usize::MAX)?;
    let mut l = BigInt::one();
    for v in a.pos {
        let b = index_bigint(vm, v)?;
        if b.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let bits = l.bits() + b.bits();
        if bits > crate::types::num::MAX_INT_BITS {
            return Err(vm.memory_error("lcm result is too large"));
        }
        vm.afford(
            bigcost::gcd(l.bits(), b.bits()).saturating_add(bigcost::mul(l.bits(), b.bits())),
        )?;
        l = l.lcm(&b);
    }
    Ok(Value::from_bigint(l.abs()))
}

/// The (n, k) arguments of comb/perm, checked.
fn n_k(vm: &mut Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = index_bigint(vm, n)?;
    let k = index_bigint(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "comb", a, 2, 2)?;
    let (n, k) = n_k(vm, &a.pos[0], &a.pos[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let k = small_nonneg(vm, &k, "comb() argument k")?;
    let mut r = BigInt::one();
    for i in 0..k {
        // Each step multiplies and divides the partial result.
        vm.work(usize::try_from(r.bits() / 16 + 1).unwrap_or(usize::MAX))?;
        r = r * (&n - i) / (i + 1);
    }
    Ok(Value::from_bigint(r))
}

fn perm(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "perm", a, 1, 2)?;
    let k = match a.pos.get(1) {
        Some(k) if !k.is_none() => k.clone(),
        _ => {
            return factorial(
                vm,
                &Args {
                    pos: &a.pos[..1],
                    kw: &[],
                },
            );
        }
    };
    let (n, k) = n_k(vm, &a.pos[0], &k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = small_nonneg(vm, &k, "perm() argument k")?;
    let mut r = BigInt::one();
    for i in 0..k {
        vm.work(usize::try_from(r.bits() / 32 + 1).unwrap_or(usize::MAX))?;
        r *= &n - i;
    }
    Ok(Value::from_bigint(r))
}

fn prod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check_kw(vm, "prod", a, &["start"])?;
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            a.pos.len()
        )));
    }
    let mut acc = kwarg(a, "start").unwrap_or(Value::Int(1));
    let it = vm.iter(&a.pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) => match p.checked_mul(*q) {
                Some(r) => Value::Int(r),
                None => vm.binary_op(&acc, &x, BinOpKind::Mul)?,
            },
            _ => vm.binary_op(&acc, &x, BinOpKind::Mul)?,
        };
    }
    Ok(acc)
}

/// CPython's `math.fsum` (Shewchuk's exact summation).
fn fsum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "fsum", a, 1, 1)?;
    let it = vm.iter(&a.pos[0])?;
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    while let Some(v) = vm.next(&it)? {
        let mut x = to_f64(vm, &v)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(vm.overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 || special.is_nan() {
        if inf_sum.is_nan() {
            return Err(vm.value_error("-inf + inf in fsum"));
        }
        return Ok(Value::Float(special));
    }
    let mut hi = 0.0f64;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0f64;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn isqrt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "isqrt", a, 1, 1)?;
    let n = index_bigint(vm, &a.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    vm.afford(bigcost::isqrt(n.bits()))?;
    Ok(Value::from_bigint(n.sqrt()))
}
