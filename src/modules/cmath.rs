//! The `cmath` module: complex versions of the math functions, written
//! from the Python documentation and C99 Annex G, and checked bit for bit
//! against CPython 3.11 by tests/python/cmath__*.py and the longer random
//! run tests/tools/cmath_diff.py.
//!
//! Each function returns its value and an error flag, as C's errno: a
//! domain error is `ValueError: math domain error`, a range error (a finite
//! argument whose result overflows) `OverflowError: math range error`.
//! Arguments with an infinite or NaN part take their value from the tables
//! of cmath_special.rs; finite ones are computed by the formulas CPython
//! documents (Kahan's "Branch cuts for complex elementary functions" for
//! the inverse functions), which keep each branch cut continuous with the
//! side its zero imaginary part's sign names and avoid needless overflow
//! near the ends of the float range. The real functions underneath are the
//! C library's (Rust's f64 methods call it), and for `asinh`, which Rust
//! computes its own way, libm_compat.rs's port of the C library's.

use std::f64::consts::{E, LN_2, LN_10, PI, TAU};

use crate::builtins::StrPayload;
use crate::object::{Args, Payload, PyResult, Value};
use crate::types::complex::{Complex, c_div, new as new_complex};
use crate::types::int::to_f64;
use crate::vm::Vm;

use super::cmath_special::{self as sv, Sv, Table, class_of};
use super::libm_compat::asinh;
use super::{def, set};

/// An error flag, as C's errno after a libm call.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Errno {
    Ok,
    Domain,
    Range,
}

type Out = (Complex, Errno);

fn c(re: f64, im: f64) -> Complex {
    Complex { re, im }
}

/// DBL_MAX / 4: beyond it a formula could overflow.
const LARGE: f64 = f64::MAX / 4.0;

fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

fn log_large() -> f64 {
    LARGE.ln()
}

fn sqrt_dbl_min() -> f64 {
    f64::MIN_POSITIVE.sqrt()
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &crate::object::ObjRef) -> PyResult<()> {
    set(vm, d, "pi", Value::Float(PI))?;
    set(vm, d, "e", Value::Float(E))?;
    set(vm, d, "tau", Value::Float(TAU))?;
    set(vm, d, "inf", Value::Float(f64::INFINITY))?;
    set(vm, d, "nan", Value::Float(f64::NAN))?;
    set(vm, d, "infj", new_complex(0.0, f64::INFINITY))?;
    set(vm, d, "nanj", new_complex(0.0, f64::NAN))?;
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("sqrt", sqrt),
        ("exp", exp),
        ("log", log),
        ("log10", log10),
        ("acos", acos),
        ("asin", asin),
        ("atan", atan),
        ("cos", cos),
        ("sin", sin),
        ("tan", tan),
        ("acosh", acosh),
        ("asinh", asinh_),
        ("atanh", atanh),
        ("cosh", cosh),
        ("sinh", sinh),
        ("tanh", tanh),
        ("phase", phase),
        ("polar", polar),
        ("rect", rect),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("isclose", isclose),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}

// ----- arguments and errors -------------------------------------------------

/// An argument as a complex: a complex, an object with `__complex__`, or
/// anything `float()` of a real number accepts (CPython's
/// PyComplex_AsCComplex).
fn complex_arg(vm: &mut Vm, v: &Value) -> PyResult<Complex> {
    if let Some(z) = v.host::<Complex>() {
        return Ok(*z);
    }
    if v.payload().is_some_and(Payload::class_protocols)
        && let Some(f) = vm.lookup_special_str(v, "__complex__")
    {
        let r = vm.call(&f, std::slice::from_ref(v))?;
        return match r.host::<Complex>() {
            Some(z) => Ok(*z),
            None => {
                let rn = vm.type_name(&r);
                Err(vm.type_error(format!("__complex__ returned non-complex (type {rn})")))
            }
        };
    }
    Ok(c(to_f64(vm, v)?, 0.0))
}

/// The one argument of a single-argument function (METH_O's messages).
fn one_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Complex> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("cmath.{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        )));
    }
    complex_arg(vm, &a.pos[0])
}

/// A result, or the exception its error flag names.
fn finish(vm: &mut Vm, (z, e): Out) -> PyResult<Value> {
    match e {
        Errno::Ok => Ok(new_complex(z.re, z.im)),
        Errno::Domain => Err(vm.value_error("math domain error")),
        Errno::Range => Err(vm.overflow_error("math range error")),
    }
}

macro_rules! unary {
    ($($name:ident, $py:literal => $f:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, a: &Args) -> PyResult<Value> {
                let z = one_arg(vm, a, $py)?;
                finish(vm, $f(z))
            }
        )*
    };
}

unary! {
    sqrt, "sqrt" => c_sqrt;
    exp, "exp" => c_exp;
    log10, "log10" => c_log10;
    acos, "acos" => c_acos;
    asin, "asin" => c_asin;
    atan, "atan" => c_atan;
    cos, "cos" => c_cos;
    sin, "sin" => c_sin;
    tan, "tan" => c_tan;
    acosh, "acosh" => c_acosh;
    asinh_, "asinh" => c_asinh;
    atanh, "atanh" => c_atanh;
    cosh, "cosh" => c_cosh;
    sinh, "sinh" => c_sinh;
    tanh, "tanh" => c_tanh;
}

// ----- the real functions underneath ----------------------------------------

/// The table entry for a non-finite argument.
fn special(t: &Table, z: Complex) -> Out {
    match t[class_of(z.re)][class_of(z.im)] {
        Sv::V(re, im) => (c(re, im), Errno::Ok),
        Sv::D => (c(f64::NAN, f64::NAN), Errno::Domain),
        // Handled by the caller / both parts finite: not reached.
        Sv::C | Sv::U => (c(f64::NAN, f64::NAN), Errno::Ok),
    }
}

fn finite(z: Complex) -> bool {
    z.re.is_finite() && z.im.is_finite()
}

/// |z|, with a range error when a finite z's modulus overflows.
fn c_abs(z: Complex) -> (f64, Errno) {
    if !finite(z) {
        if z.re.is_infinite() {
            return (z.re.abs(), Errno::Ok);
        }
        if z.im.is_infinite() {
            return (z.im.abs(), Errno::Ok);
        }
        return (f64::NAN, Errno::Ok);
    }
    let r = z.re.hypot(z.im);
    (
        r,
        if r.is_finite() {
            Errno::Ok
        } else {
            Errno::Range
        },
    )
}

// ----- square root, exponential and logarithms ------------------------------

fn c_sqrt(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::SQRT, z);
    }
    if z.re == 0.0 && z.im == 0.0 {
        return (c(0.0, z.im), Errno::Ok);
    }
    let mut ax = z.re.abs();
    let ay = z.im.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        // hypot(ax, ay) would be subnormal: scale up by 2**53 and back by
        // 2**-27 (both exact powers of two).
        ax *= 2f64.powi(53);
        (ax + ax.hypot(ay * 2f64.powi(53))).sqrt() * 2f64.powi(-27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if z.re >= 0.0 {
        (c(s, d.copysign(z.im)), Errno::Ok)
    } else {
        (c(d, s.copysign(z.im)), Errno::Ok)
    }
}

fn c_exp(z: Complex) -> Out {
    if !finite(z) {
        let r = if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            if z.re > 0.0 {
                c(
                    f64::INFINITY.copysign(z.im.cos()),
                    f64::INFINITY.copysign(z.im.sin()),
                )
            } else {
                c(0f64.copysign(z.im.cos()), 0f64.copysign(z.im.sin()))
            }
        } else {
            return special(&sv::EXP, z);
        };
        return (r, Errno::Ok);
    }
    let r = if z.re > log_large() {
        let l = (z.re - 1.0).exp();
        c(l * z.im.cos() * E, l * z.im.sin() * E)
    } else {
        let l = z.re.exp();
        c(l * z.im.cos(), l * z.im.sin())
    };
    overflow_check(r)
}

/// A range error when a finite argument's result has an infinite part.
fn overflow_check(r: Complex) -> Out {
    if r.re.is_infinite() || r.im.is_infinite() {
        (r, Errno::Range)
    } else {
        (r, Errno::Ok)
    }
}

fn c_log(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::LOG, z);
    }
    let ax = z.re.abs();
    let ay = z.im.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            // hypot(ax, ay) would be subnormal: scale by 2**53.
            let k = 2f64.powi(53);
            (ax * k).hypot(ay * k).ln() - 53.0 * LN_2
        } else {
            return (c(f64::NEG_INFINITY, z.im.atan2(z.re)), Errno::Domain);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    (c(re, z.im.atan2(z.re)), Errno::Ok)
}

fn c_log10(z: Complex) -> Out {
    let (r, e) = c_log(z);
    (c(r.re / LN_10, r.im / LN_10), e)
}

/// `log(x[, base])`: the base's error flag and a zero divisor count; the
/// argument's does not (CPython's log(0, 2) is (-inf+nanj)).
fn log(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("cmath.log() takes no keyword arguments"));
    }
    crate::builtins::check_count(vm, "log", a, 1, 2)?;
    let x = complex_arg(vm, &a.pos[0])?;
    let base = match a.pos.get(1) {
        Some(b) => Some(complex_arg(vm, b)?),
        None => None,
    };
    let (lx, ex) = c_log(x);
    let Some(b) = base else {
        return finish(vm, (lx, ex));
    };
    let (lb, eb) = c_log(b);
    match c_div(lx, lb) {
        Some(q) => finish(vm, (q, eb)),
        None => finish(vm, (c(0.0, 0.0), Errno::Domain)),
    }
}

// ----- inverse functions ----------------------------------------------------

fn c_acos(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::ACOS, z);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = z.im.abs().atan2(z.re);
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let im = if z.re < 0.0 {
            -l.copysign(z.im)
        } else {
            l.copysign(-z.im)
        };
        return (c(re, im), Errno::Ok);
    }
    let s1 = c_sqrt(c(1.0 - z.re, -z.im)).0;
    let s2 = c_sqrt(c(1.0 + z.re, z.im)).0;
    let re = 2.0 * s1.re.atan2(s2.re);
    let im = asinh(s2.re * s1.im - s2.im * s1.re);
    (c(re, im), Errno::Ok)
}

fn c_acosh(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::ACOSH, z);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let re = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        return (c(re, z.im.atan2(z.re)), Errno::Ok);
    }
    let s1 = c_sqrt(c(z.re - 1.0, z.im)).0;
    let s2 = c_sqrt(c(z.re + 1.0, z.im)).0;
    let re = asinh(s1.re * s2.re + s1.im * s2.im);
    let im = 2.0 * s1.im.atan2(s2.re);
    (c(re, im), Errno::Ok)
}

fn c_asinh(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::ASINH, z);
    }
    if z.re.abs() > LARGE || z.im.abs() > LARGE {
        let l = (z.re / 2.0).hypot(z.im / 2.0).ln() + LN_2 * 2.0;
        let re = if z.im >= 0.0 {
            l.copysign(z.re)
        } else {
            -l.copysign(-z.re)
        };
        return (c(re, z.im.atan2(z.re.abs())), Errno::Ok);
    }
    let s1 = c_sqrt(c(1.0 + z.im, -z.re)).0;
    let s2 = c_sqrt(c(1.0 - z.im, z.re)).0;
    let re = asinh(s1.re * s2.im - s2.re * s1.im);
    let im = z.im.atan2(s1.re * s2.re - s1.im * s2.im);
    (c(re, im), Errno::Ok)
}

/// asin(z) = -i asinh(iz).
fn c_asin(z: Complex) -> Out {
    let (s, e) = c_asinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

fn c_atanh(z: Complex) -> Out {
    if !finite(z) {
        return special(&sv::ATANH, z);
    }
    // atanh(z) = -atanh(-z): work with a non-negative real part.
    if z.re < 0.0 {
        let (r, e) = c_atanh(c(-z.re, -z.im));
        return (c(-r.re, -r.im), e);
    }
    let ay = z.im.abs();
    if z.re > sqrt_large() || ay > sqrt_large() {
        // |z| large: atanh(z) ~ 1/z +- i pi/2.
        let h = (z.re / 2.0).hypot(z.im / 2.0);
        let re = z.re / 4.0 / h / h;
        let im = -(PI / 2.0).copysign(-z.im);
        return (c(re, im), Errno::Ok);
    }
    if z.re == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return (c(f64::INFINITY, z.im), Errno::Domain);
        }
        let re = -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln();
        let im = (2f64.atan2(-ay) / 2.0).copysign(z.im);
        return (c(re, im), Errno::Ok);
    }
    let one_minus = 1.0 - z.re;
    let re = (4.0 * z.re / (one_minus * one_minus + ay * ay)).ln_1p() / 4.0;
    let im = -(-2.0 * z.im).atan2(one_minus * (1.0 + z.re) - ay * ay) / 2.0;
    (c(re, im), Errno::Ok)
}

/// atan(z) = -i atanh(iz).
fn c_atan(z: Complex) -> Out {
    let (s, e) = c_atanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

// ----- hyperbolic and trigonometric functions -------------------------------

fn c_cosh(z: Complex) -> Out {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = f64::INFINITY.copysign(z.im.cos());
            let im = f64::INFINITY.copysign(z.im.sin());
            let im = if z.re > 0.0 { im } else { -im };
            return (c(re, im), Errno::Ok);
        }
        return special(&sv::COSH, z);
    }
    let r = if z.re.abs() > log_large() {
        // cosh(x) overflows where cosh(z) may not: take one e out.
        let xm1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * xm1.cosh() * E, z.im.sin() * xm1.sinh() * E)
    } else {
        c(z.im.cos() * z.re.cosh(), z.im.sin() * z.re.sinh())
    };
    overflow_check(r)
}

fn c_sinh(z: Complex) -> Out {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = f64::INFINITY.copysign(z.im.cos());
            let im = f64::INFINITY.copysign(z.im.sin());
            let re = if z.re > 0.0 { re } else { -re };
            return (c(re, im), Errno::Ok);
        }
        return special(&sv::SINH, z);
    }
    let r = if z.re.abs() > log_large() {
        let xm1 = z.re - 1f64.copysign(z.re);
        c(z.im.cos() * xm1.sinh() * E, z.im.sin() * xm1.cosh() * E)
    } else {
        c(z.im.cos() * z.re.sinh(), z.im.sin() * z.re.cosh())
    };
    overflow_check(r)
}

fn c_tanh(z: Complex) -> Out {
    if !finite(z) {
        if z.re.is_infinite() && z.im.is_finite() && z.im != 0.0 {
            let re = if z.re > 0.0 { 1.0 } else { -1.0 };
            let im = 0f64.copysign(2.0 * z.im.sin() * z.im.cos());
            return (c(re, im), Errno::Ok);
        }
        return special(&sv::TANH, z);
    }
    if z.re.abs() > log_large() {
        let re = 1f64.copysign(z.re);
        let im = 4.0 * z.im.sin() * z.im.cos() * (-2.0 * z.re.abs()).exp();
        return (c(re, im), Errno::Ok);
    }
    let tx = z.re.tanh();
    let ty = z.im.tan();
    let cx = 1.0 / z.re.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    let re = tx * (1.0 + ty * ty) / denom;
    let im = ((ty / denom) * cx) * cx;
    (c(re, im), Errno::Ok)
}

/// cos(z) = cosh(iz).
fn c_cos(z: Complex) -> Out {
    c_cosh(c(-z.im, z.re))
}

/// sin(z) = -i sinh(iz).
fn c_sin(z: Complex) -> Out {
    let (s, e) = c_sinh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

/// tan(z) = -i tanh(iz).
fn c_tan(z: Complex) -> Out {
    let (s, e) = c_tanh(c(-z.im, z.re));
    (c(s.im, -s.re), e)
}

// ----- polar coordinates and classification ---------------------------------

/// The C library's atan2 flags a result that underflowed to zero (y
/// nonzero, x finite) as a range error, and CPython's `phase` reports it.
fn phase(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = one_arg(vm, a, "phase")?;
    let phi = z.im.atan2(z.re);
    if phi == 0.0 && z.im != 0.0 && z.re.is_finite() {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::Float(phi))
}

fn polar(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = one_arg(vm, a, "polar")?;
    let phi = z.im.atan2(z.re);
    let (r, e) = c_abs(z);
    if e == Errno::Range {
        return Err(vm.overflow_error("math range error"));
    }
    Ok(Value::tuple(vec![Value::Float(r), Value::Float(phi)]))
}

fn rect(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("cmath.rect() takes no keyword arguments"));
    }
    crate::builtins::check_count(vm, "rect", a, 2, 2)?;
    let r = to_f64(vm, &a.pos[0])?;
    let phi = to_f64(vm, &a.pos[1])?;
    finish(vm, c_rect(r, phi))
}

fn c_rect(r: f64, phi: f64) -> Out {
    if !r.is_finite() || !phi.is_finite() {
        if r.is_infinite() && phi.is_finite() && phi != 0.0 {
            let re = f64::INFINITY.copysign(phi.cos());
            let im = f64::INFINITY.copysign(phi.sin());
            let z = if r > 0.0 { c(re, im) } else { c(-re, -im) };
            return (z, Errno::Ok);
        }
        return special(&sv::RECT, c(r, phi));
    }
    if phi == 0.0 {
        return (c(r, r * phi), Errno::Ok);
    }
    (c(r * phi.cos(), r * phi.sin()), Errno::Ok)
}

fn isfinite(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = one_arg(vm, a, "isfinite")?;
    Ok(Value::Bool(finite(z)))
}

fn isinf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = one_arg(vm, a, "isinf")?;
    Ok(Value::Bool(z.re.is_infinite() || z.im.is_infinite()))
}

fn isnan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let z = one_arg(vm, a, "isnan")?;
    Ok(Value::Bool(z.re.is_nan() || z.im.is_nan()))
}

/// `isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)`, with Argument Clinic's
/// messages for its arguments.
fn isclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const NAMES: [&str; 4] = ["a", "b", "rel_tol", "abs_tol"];
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            a.pos.len()
        )));
    }
    let mut args: [Option<Value>; 4] = [None, None, None, None];
    for (i, v) in a.pos.iter().enumerate() {
        args[i] = Some(v.clone());
    }
    let mut extra: Option<String> = None;
    for (k, v) in a.kw {
        let k = k.payload_str().unwrap_or("?");
        match NAMES.iter().position(|n| *n == k) {
            Some(i) if i >= a.pos.len() => args[i] = Some(v.clone()),
            Some(i) => {
                extra.get_or_insert_with(|| {
                    format!(
                        "argument for isclose() given by name ('{k}') and position ({})",
                        i + 1
                    )
                });
            }
            None => {
                extra.get_or_insert_with(|| {
                    format!("'{k}' is an invalid keyword argument for isclose()")
                });
            }
        }
    }
    for (i, name) in NAMES.iter().take(2).enumerate() {
        if args[i].is_none() {
            return Err(vm.type_error(format!(
                "isclose() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if let Some(m) = extra {
        return Err(vm.type_error(m));
    }
    let x = complex_arg(vm, args[0].as_ref().unwrap_or(&Value::None))?;
    let y = complex_arg(vm, args[1].as_ref().unwrap_or(&Value::None))?;
    let rel = match &args[2] {
        Some(v) => to_f64(vm, v)?,
        None => 1e-9,
    };
    let abs = match &args[3] {
        Some(v) => to_f64(vm, v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if x.re == y.re && x.im == y.im {
        return Ok(Value::Bool(true));
    }
    if x.re.is_infinite() || x.im.is_infinite() || y.re.is_infinite() || y.im.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = c_abs(c(x.re - y.re, x.im - y.im)).0;
    Ok(Value::Bool(
        diff <= rel * c_abs(y).0 || diff <= rel * c_abs(x).0 || diff <= abs,
    ))
}
