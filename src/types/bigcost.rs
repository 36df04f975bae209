//! Cost estimates of the big-int operations a native cannot interrupt (one
//! call into num-bigint), in units of `Vm::afford` (about a nanosecond).
//!
//! Each model was fitted on the build host (release build, docs/security.md
//! "Stop latency") and then lowered about twice, so that it underestimates:
//! an operation is refused only when it surely cannot finish in the time
//! left. Figures are computed in f64 and saturate at u64::MAX.

/// 64-bit limbs of a number of `bits` bits (at least one).
fn limbs(bits: u64) -> f64 {
    (bits / 64 + 1) as f64
}

fn units(x: f64) -> u64 {
    if x.is_finite() && x < u64::MAX as f64 {
        x.max(0.0) as u64
    } else {
        u64::MAX
    }
}

/// `a * b`: schoolbook below 32 limbs, Karatsuba/Toom-3 above (about
/// n^1.5 limb operations of about 2 ns for two n-limb numbers; a long
/// number times a short one costs long/short such products).
pub fn mul(a_bits: u64, b_bits: u64) -> u64 {
    let (s, l) = if a_bits < b_bits {
        (limbs(a_bits), limbs(b_bits))
    } else {
        (limbs(b_bits), limbs(a_bits))
    };
    if s < 32.0 {
        units(s * l)
    } else {
        units(l / s * s.powf(1.5) * 2.0)
    }
}

/// `a // b`, `a % b`: long division, (quotient limbs) x (divisor limbs)
/// steps of about an eighth of a nanosecond.
pub fn div(a_bits: u64, b_bits: u64) -> u64 {
    let q = limbs(a_bits.saturating_sub(b_bits));
    units(q * limbs(b_bits) / 8.0)
}

/// `a ** e` with a result of `result_bits`: repeated squaring, dominated by
/// the last squarings; measured near 1.9 x limbs^1.64 ns.
pub fn pow(result_bits: u64) -> u64 {
    units(limbs(result_bits).powf(1.64))
}

/// `pow(b, e, m)`: about 1.5 modular products per exponent bit, each about
/// 2.8 ns per limb^2 of the modulus.
pub fn modpow(e_bits: u64, m_bits: u64) -> u64 {
    let m = limbs(m_bits);
    units(e_bits as f64 * m * m * 2.0)
}

/// `gcd(a, b)`: a binary gcd, about bits^2 / 200 ns.
pub fn gcd(a_bits: u64, b_bits: u64) -> u64 {
    let b = a_bits.max(b_bits) as f64;
    units(b * b / 256.0)
}

/// `isqrt(n)`: Newton's iteration with a long division per step; measured
/// near 3600 x limbs^1.2 ns from 10^4 to 5 x 10^4 limbs.
pub fn isqrt(bits: u64) -> u64 {
    units(limbs(bits).powf(1.2) * 2500.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn models_grow_and_saturate() {
        assert!(mul(64, 64) < 10);
        assert!(mul(1 << 24, 1 << 24) > 100_000_000);
        assert_eq!(pow(u64::MAX), u64::MAX);
        assert!(div(10, 1_000_000) < 20_000);
        assert!(modpow(30, 332_000) > 1_000_000_000);
        assert!(gcd(1_600_000, 1_000_000) > 5_000_000_000);
        assert!(isqrt(3_300_000) > 500_000_000);
    }
}
