//! `round(x, ndigits)` for floats: CPython 3.11's `float.__round__` with an
//! integer `ndigits` (`double_round`).
//!
//! CPython rounds the exact binary value to `ndigits` decimal places
//! (round-half-even, via `dtoa` mode 3) and converts the decimal string back
//! to the nearest float. We do the same: for `ndigits >= 0` Rust's `{:.N}`
//! gives the correctly rounded decimal string; for `ndigits < 0` we take
//! the exact integer part (`{:.0}` of `trunc(x)` is exact) and round its
//! digit string by hand, the dropped fraction acting as a sticky digit.

/// Largest `ndigits` that can change a float (CPython's `NDIGITS_MAX`).
const NDIGITS_MAX: i64 = 323;
/// Smallest `ndigits` that does not round everything to zero
/// (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// Python's `round(x, ndigits)` for a float `x` and integer `ndigits`.
///
/// NaNs and infinities are returned as they are. When a finite `x` rounds
/// to a value too large for a float (`round(1.7e308, -308)`), CPython
/// raises `OverflowError: rounded value too large to represent`; this
/// function returns an infinity then, so the caller can check
/// `result.is_infinite() && x.is_finite()`.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return x;
    }
    if ndigits < NDIGITS_MIN {
        return 0.0 * x;
    }
    let text = if ndigits >= 0 {
        let places = ndigits as usize;
        format!("{x:.places$}")
    } else {
        round_integer_part(x, ndigits.unsigned_abs() as usize)
    };
    let rounded: f64 = text.parse().unwrap_or(x);
    if rounded == 0.0 {
        // Keep the sign of x, as CPython's string round trip does.
        return 0.0 * x.signum();
    }
    rounded
}

/// Rounds `x` to a multiple of `10**places` (half to even on the exact
/// value) and returns it as decimal text such as `-12e3`.
fn round_integer_part(x: f64, places: usize) -> String {
    let int_part = x.trunc();
    let has_fraction = int_part != x;
    let digits = format!("{:.0}", int_part.abs());
    let digits = digits.as_bytes();
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if digits.len() < places {
        // |x| < 10**places / 10: at most 0.1 of a unit, rounds to zero.
        return format!("{sign}0");
    }
    let keep_len = digits.len() - places;
    let (kept, dropped) = digits.split_at(keep_len);
    let first = dropped.first().copied().unwrap_or(b'0');
    let rest_nonzero = dropped.iter().skip(1).any(|&d| d != b'0') || has_fraction;
    // b'0' is even, so an ASCII digit's parity is its value's parity.
    let last_odd = kept.last().is_some_and(|&d| d % 2 == 1);
    let round_up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    let mut kept: Vec<u8> = kept.to_vec();
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, b'1');
                break;
            }
            i -= 1;
            match kept.get_mut(i) {
                Some(d) if *d == b'9' => *d = b'0',
                Some(d) => {
                    *d += 1;
                    break;
                }
                None => break,
            }
        }
    }
    if kept.is_empty() {
        kept.push(b'0');
    }
    let kept: String = kept.iter().map(|&d| d as char).collect();
    format!("{sign}{kept}e{places}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    #[test]
    fn matches_python() {
        // Expected values printed by python3.11 round(x, n).
        let cases: &[(f64, i64, f64)] = &[
            (2.675, 2, 2.67),
            (0.5, 0, 0.0),
            (1.5, 0, 2.0),
            (2.5, 0, 2.0),
            (-0.5, 0, -0.0),
            (-0.4, 0, -0.0),
            (0.125, 2, 0.12),
            (0.375, 2, 0.38),
            (1234.5, -2, 1200.0),
            (1250.0, -2, 1200.0),
            (1350.0, -2, 1400.0),
            (1250.0001, -2, 1300.0),
            (-1250.0, -2, -1200.0),
            (-1251.0, -2, -1300.0),
            (1234.5, -4, 0.0),
            (5000.0, -4, 0.0),
            (5000.5, -4, 10000.0),
            (15000.0, -4, 20000.0),
            (-1234.5, -5, -0.0),
            (9999.0, -1, 10000.0),
            (99.5, -2, 100.0),
            (0.001, 1, 0.0),
            (-0.001, 1, -0.0),
            (1.0 / 3.0, 5, 0.33333),
            (123.456, 1, 123.5),
            (1e300, -299, 1e300),
            (1.5e300, -300, 2e300),
            (2.5e300, -300, 3e300),
            (123.456, 400, 123.456),
            (123.456, -400, 0.0),
            (-123.456, -400, -0.0),
            (5e-324, 323, 0.0),
            (1e-323, 323, 1e-323),
            (5e-324, 324, 5e-324),
            (5e-324, 322, 0.0),
            (1e22, -22, 1e22),
            (0.1 + 0.2, 15, 0.3),
            (0.285, 2, 0.28),
            (1.005, 2, 1.0),
            (4.35, 1, 4.3),
            (123456789.12345679, 3, 123456789.123),
        ];
        for &(x, n, want) in cases {
            let got = round_float(x, n);
            assert!(
                same(got, want),
                "round({x:e}, {n}) = {got:e}, want {want:e}"
            );
        }
    }

    #[test]
    fn specials_and_overflow() {
        assert!(round_float(f64::NAN, 2).is_nan());
        assert_eq!(round_float(f64::INFINITY, -2), f64::INFINITY);
        assert_eq!(round_float(f64::NEG_INFINITY, 2), f64::NEG_INFINITY);
        assert_eq!(round_float(1.7e308, -308), f64::INFINITY);
        assert_eq!(round_float(-1.7e308, -308), f64::NEG_INFINITY);
        assert_eq!(round_float(1.7e308, -307), 1.7e308);
        assert_eq!(round_float(f64::MAX, 0), f64::MAX);
        assert_eq!(round_float(3.0, i64::MAX), 3.0);
        assert!(same(round_float(3.0, i64::MIN), 0.0));
    }
}
