//! Real functions computed as the C library (glibc, fdlibm's algorithms)
//! computes them, for the few where Rust's f64 methods use an algorithm of
//! their own: CPython calls the C library, and `math`/`cmath` must agree
//! with it to the last bit. The rest (log, exp, the trigonometric and
//! hyperbolic functions, atan2, hypot, log1p, expm1) Rust takes from the C
//! library already. Each branch point below is the C code's, which tests
//! the high 32 bits of the float (`high_word`).

use std::f64::consts::LN_2;

/// The high 32 bits of `x` without the sign.
fn high_word(x: f64) -> u32 {
    (x.to_bits() >> 32) as u32 & 0x7fff_ffff
}

/// asinh(x) = sign(x) log(|x| + sqrt(x*x + 1)), by ranges.
pub fn asinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x + x;
    }
    let hi = high_word(x);
    let ax = x.abs();
    if hi < 0x3e30_0000 {
        // |x| < 2**-28: asinh(x) rounds to x.
        return x;
    }
    let w = if hi > 0x41b0_0000 {
        ax.ln() + LN_2
    } else if hi > 0x4000_0000 {
        (2.0 * ax + 1.0 / ((ax * ax + 1.0).sqrt() + ax)).ln()
    } else {
        let t = ax * ax;
        (ax + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

/// acosh(x) = log(x + sqrt(x*x - 1)) for x >= 1, NaN below.
pub fn acosh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    let hi = high_word(x);
    if hi >= 0x41b0_0000 {
        // x >= 2**28 (or inf).
        if x.is_infinite() {
            return x;
        }
        return x.ln() + LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if hi > 0x4000_0000 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

/// atanh(x) = log((1 + x) / (1 - x)) / 2, NaN beyond 1, inf at 1.
pub fn atanh(x: f64) -> f64 {
    let xa = x.abs();
    let t = if xa < 0.5 {
        if xa < 2f64.powi(-28) {
            return x;
        }
        let t = xa + xa;
        0.5 * (t + t * xa / (1.0 - xa)).ln_1p()
    } else if xa < 1.0 {
        0.5 * ((xa + xa) / (1.0 - xa)).ln_1p()
    } else if xa > 1.0 {
        return f64::NAN;
    } else if xa.is_nan() {
        return x;
    } else {
        return f64::INFINITY.copysign(x);
    };
    t.copysign(x)
}

/// The cube root: a polynomial first guess on the mantissa, one rational
/// (Halley) step, the exponent's third part put back.
// The constants are written as the C source gives them; each rounds to
// the same float as its shortest form.
#[allow(clippy::excessive_precision)]
pub fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = crate::types::hash::frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    // 2**(xe/3) is a normal float and so is the product: exact.
    let r = ym * pow2(xe / 3);
    if x < 0.0 { -r } else { r }
}

/// 2**e, exactly, for e in -1074..=1023.
pub fn pow2(e: i32) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074).max(0))
    }
}
