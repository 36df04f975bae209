//! Float to text, following CPython's `PyOS_double_to_string`.
//!
//! The work is split in two steps, as in CPython's `pystrtod.c`:
//!
//! 1. *digit generation* ([`Digits`]): the decimal digits of `|x|` and the
//!    position of the decimal point, with no leading or trailing zeros
//!    (zero itself is the single digit `0` with the point after it). This is
//!    what `dtoa.c` returns in its modes 0 (shortest round trip), 2 (`n`
//!    significant digits) and 3 (`n` digits after the point). We get the
//!    same digits from Rust's `{:e}`, `{:.N e}` and `{:.N}` formatting, which
//!    are correctly rounded (round-half-even on the exact binary value).
//! 2. *rendering* ([`render`]): a transcription of `format_float_short`,
//!    which pads with zeros, places the point, and decides on an exponent.
//!
//! Rust's formatter refuses precisions above `u16::MAX`, so requests are
//! clamped to [`EXACT_DIGITS`]: no `f64` has more significant digits or
//! more fraction digits than that, so the digits beyond are zeros, which
//! the renderer adds itself.

/// More digits than any `f64`'s exact decimal expansion has (at most 767
/// significant digits and 1074 digits after the point).
const EXACT_DIGITS: usize = 1100;

/// The presentation a float is rendered in (CPython's `format_code`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FloatStyle {
    /// `e`: one digit, the point, `precision` digits, an exponent.
    Exp,
    /// `f`: `precision` digits after the point, no exponent.
    Fixed,
    /// `g`: `precision` significant digits, exponent when it is large.
    General,
    /// `r`: shortest round-trip digits, as `repr()`.
    Repr,
}

/// Options of [`double_to_string`] (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct FloatFlags {
    /// `#`: keep the point and (for `g`) trailing zeros.
    pub alt: bool,
    /// Add `.0` when the result would look like an integer.
    pub add_dot_0: bool,
    /// `z`: drop the sign of a result that rounds to zero.
    pub no_neg_0: bool,
    /// Use `E`, `INF`, `NAN` instead of `e`, `inf`, `nan`.
    pub upper: bool,
}

/// Decimal digits of a finite non-negative float: value is
/// `0.d1 d2 d3 ... * 10**decpt`.
struct Digits {
    /// ASCII digits, no leading zero, no trailing zero, never empty.
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first digit.
    decpt: i64,
}

impl Digits {
    fn zero() -> Digits {
        Digits {
            digits: vec![b'0'],
            decpt: 1,
        }
    }

    /// Builds digits from a digit string whose point sits after `int_len`
    /// digits, stripping zeros on both sides.
    fn from_point(all: &[u8], int_len: usize) -> Digits {
        let lead = all.iter().take_while(|&&c| c == b'0').count();
        let rest = all.get(lead..).unwrap_or(&[]);
        let trail = rest.iter().rev().take_while(|&&c| c == b'0').count();
        let kept = rest.get(..rest.len() - trail).unwrap_or(&[]);
        if kept.is_empty() {
            return Digits::zero();
        }
        Digits {
            digits: kept.to_vec(),
            decpt: int_len as i64 - lead as i64,
        }
    }

    /// Parses Rust's `{:e}` output (`d.ddde-N`) of a non-negative float.
    fn from_sci(text: &str) -> Digits {
        let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let all: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        let mut d = Digits::from_point(&all, 1);
        if d.digits != [b'0'] {
            d.decpt += exp;
        }
        d
    }

    /// Parses Rust's `{:.N}` output (`iii.fff`) of a non-negative float.
    fn from_fixed(text: &str) -> Digits {
        let (int_part, frac_part) = text.split_once('.').unwrap_or((text, ""));
        let mut all = int_part.as_bytes().to_vec();
        all.extend_from_slice(frac_part.as_bytes());
        Digits::from_point(&all, int_part.len())
    }

    /// Shortest digits that round-trip (dtoa mode 0).
    ///
    /// When two strings of that length round-trip (the value lies exactly
    /// half-way between them), dtoa takes the one correctly rounded with
    /// ties to even, and Rust's shortest mode may take the other: so we
    /// prefer the correctly rounded string whenever it round-trips too.
    fn shortest(a: f64) -> Digits {
        let short_text = format!("{a:e}");
        let short = Digits::from_sci(&short_text);
        let n = short.digits.len();
        let p = n.saturating_sub(1);
        let rounded_text = format!("{a:.p$e}");
        // Usually the same text: nothing to choose, no parse needed.
        if rounded_text != short_text && rounded_text.parse::<f64>().ok() == Some(a) {
            let rounded = Digits::from_sci(&rounded_text);
            if rounded.digits.len() <= n {
                return rounded;
            }
        }
        short
    }

    /// `n >= 1` significant digits, correctly rounded (dtoa mode 2).
    fn significant(a: f64, n: usize) -> Digits {
        let p = n.saturating_sub(1).min(EXACT_DIGITS);
        Digits::from_sci(&format!("{a:.p$e}"))
    }

    /// `n` digits after the point, correctly rounded (dtoa mode 3).
    fn fixed(a: f64, n: usize) -> Digits {
        let p = n.min(EXACT_DIGITS);
        Digits::from_fixed(&format!("{a:.p$}"))
    }
}

/// Python's `repr(x)` / `str(x)` of a float.
///
/// Shortest round-trip digits; scientific notation when the decimal exponent
/// is below -4 or at least 16, positional otherwise with at least one digit
/// after the point.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatStyle::Repr, 0, flags)
}

/// Python's `repr(complex(re, im))`: `2j` when the real part is +0,
/// `(1+2j)` otherwise; each part as a float's repr without the `.0` that a
/// float adds.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| double_to_string(x, FloatStyle::Repr, 0, FloatFlags::default());
    let imag = part(im);
    if re == 0.0 && re.is_sign_positive() {
        format!("{imag}j")
    } else {
        let sign = if imag.starts_with('-') { "" } else { "+" };
        format!("({}{sign}{imag}j)", part(re))
    }
}

/// CPython's `PyOS_double_to_string` for the styles `e`, `f`, `g`, `r`.
///
/// The result starts with `-` for negative values (and never with `+`).
/// `precision` is ignored for [`FloatStyle::Repr`]; for `g`, 0 means 1.
pub(super) fn double_to_string(
    x: f64,
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
) -> String {
    if x.is_nan() {
        return if flags.upper { "NAN" } else { "nan" }.to_string();
    }
    let negative = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if flags.upper { "INF" } else { "inf" };
        return if negative {
            format!("-{inf}")
        } else {
            inf.to_string()
        };
    }
    let a = x.abs();
    let precision = precision.min(super::MAX_WIDTH);
    let (digits, precision) = match style {
        FloatStyle::Exp => (Digits::significant(a, precision + 1), precision + 1),
        FloatStyle::Fixed => (Digits::fixed(a, precision), precision),
        FloatStyle::General => {
            let p = precision.max(1);
            (Digits::significant(a, p), p)
        }
        FloatStyle::Repr => (Digits::shortest(a), 0),
    };
    let is_zero = digits.digits == [b'0'];
    let sign = negative && !(flags.no_neg_0 && is_zero);
    render(sign, &digits, style, precision as i64, flags)
}

/// Transcription of CPython's `format_float_short` after digit generation.
fn render(
    negative: bool,
    d: &Digits,
    style: FloatStyle,
    precision: i64,
    flags: FloatFlags,
) -> String {
    let digits_len = d.digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match style {
        FloatStyle::Exp => {
            use_exp = true;
            vdigits_end = precision;
        }
        FloatStyle::Fixed => vdigits_end = decpt + precision,
        FloatStyle::General => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        FloatStyle::Repr => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    let floor = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    vdigits_end = vdigits_end.max(floor);

    let mut out = String::new();
    if negative {
        out.push('-');
    }
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let text: String = d.digits.iter().map(|&c| c as char).collect();
    if 0 < decpt && decpt <= digits_len {
        let (head, tail) = text.split_at(decpt as usize);
        out.push_str(head);
        out.push('.');
        out.push_str(tail);
    } else {
        out.push_str(&text);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        let sign = if exp < 0 { '-' } else { '+' };
        out.push_str(&format!("{sign}{:02}", exp.abs()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(x: f64, style: FloatStyle, p: usize) -> String {
        double_to_string(x, style, p, FloatFlags::default())
    }

    #[test]
    fn repr_matches_python() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (1e16, "1e+16"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e15, "1000000000000000.0"),
            (123456789012345680.0, "1.2345678901234568e+17"),
            (1e22, "1e+22"),
            (1e-7, "1e-07"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (0.30000000000000004, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (-2.5, "-2.5"),
            (123.456, "123.456"),
            (1e100, "1e+100"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (12345.678, "12345.678"),
            (1077292547455191.0 + 0.25, "1077292547455191.2"),
            (1077292547455191.0 + 0.75, "1077292547455191.8"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    #[test]
    fn fixed_rounds_half_even_on_exact_value() {
        assert_eq!(fmt(2.675, FloatStyle::Fixed, 2), "2.67");
        assert_eq!(fmt(0.5, FloatStyle::Fixed, 0), "0");
        assert_eq!(fmt(1.5, FloatStyle::Fixed, 0), "2");
        assert_eq!(fmt(2.5, FloatStyle::Fixed, 0), "2");
        assert_eq!(fmt(0.25, FloatStyle::Fixed, 1), "0.2");
        assert_eq!(fmt(0.125, FloatStyle::Fixed, 2), "0.12");
        assert_eq!(fmt(0.375, FloatStyle::Fixed, 2), "0.38");
        assert_eq!(fmt(-0.4, FloatStyle::Fixed, 0), "-0");
        assert_eq!(fmt(-0.001, FloatStyle::Fixed, 1), "-0.0");
        assert_eq!(fmt(0.006, FloatStyle::Fixed, 2), "0.01");
        assert_eq!(fmt(1.0, FloatStyle::Fixed, 6), "1.000000");
        assert_eq!(fmt(123.456, FloatStyle::Fixed, 1), "123.5");
        assert_eq!(fmt(1e20, FloatStyle::Fixed, 2), "100000000000000000000.00");
        assert_eq!(fmt(0.0, FloatStyle::Fixed, 3), "0.000");
    }

    #[test]
    fn fixed_big_values_are_exact() {
        // CPython: '%.0f' % 1e300 (dtoa gives the exact digits).
        let want = "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160";
        assert_eq!(fmt(1e300, FloatStyle::Fixed, 0), want);
        assert_eq!(fmt(5e-324, FloatStyle::Fixed, 3), "0.000");
    }

    #[test]
    fn huge_precision_pads_with_zeros() {
        let s = fmt(0.5, FloatStyle::Fixed, 70_000);
        assert_eq!(s.len(), 70_002);
        assert!(s.starts_with("0.5000"));
        // CPython: '%.70000e' % 0.1
        let s = fmt(0.1, FloatStyle::Exp, 70_000);
        assert!(s.starts_with("1.00000000000000005551115123125782702118"));
        assert!(s.ends_with("000000e-01"));
        assert_eq!(s.len(), 70_006);
        // CPython: '%.2000f' % 1e-300
        let s = fmt(1e-300, FloatStyle::Fixed, 2000);
        assert_eq!(s.len(), 2002);
        let head = format!("0.{}10000000000000000250590918352", "0".repeat(299));
        assert!(s.starts_with(&head));
    }

    #[test]
    fn exp_style() {
        assert_eq!(fmt(1234.5678, FloatStyle::Exp, 2), "1.23e+03");
        assert_eq!(fmt(0.0, FloatStyle::Exp, 3), "0.000e+00");
        assert_eq!(fmt(1e-300, FloatStyle::Exp, 0), "1e-300");
        assert_eq!(fmt(9.999, FloatStyle::Exp, 2), "1.00e+01");
        assert_eq!(fmt(2.5, FloatStyle::Exp, 0), "2e+00");
        assert_eq!(fmt(-1.5, FloatStyle::Exp, 6), "-1.500000e+00");
    }

    #[test]
    fn general_style() {
        assert_eq!(fmt(1234.5678, FloatStyle::General, 6), "1234.57");
        assert_eq!(fmt(0.0001, FloatStyle::General, 6), "0.0001");
        assert_eq!(fmt(0.00001, FloatStyle::General, 6), "1e-05");
        assert_eq!(fmt(123456789.0, FloatStyle::General, 6), "1.23457e+08");
        assert_eq!(fmt(100000.0, FloatStyle::General, 6), "100000");
        assert_eq!(fmt(1000000.0, FloatStyle::General, 6), "1e+06");
        assert_eq!(fmt(1.5, FloatStyle::General, 0), "2");
        assert_eq!(fmt(0.0, FloatStyle::General, 6), "0");
        assert_eq!(fmt(-0.0, FloatStyle::General, 6), "-0");
        let alt = FloatFlags {
            alt: true,
            ..FloatFlags::default()
        };
        assert_eq!(
            double_to_string(1.0, FloatStyle::General, 6, alt),
            "1.00000"
        );
        assert_eq!(double_to_string(1.0, FloatStyle::Fixed, 0, alt), "1.");
        assert_eq!(double_to_string(1e20, FloatStyle::Exp, 0, alt), "1.e+20");
    }

    #[test]
    fn upper_and_special() {
        let up = FloatFlags {
            upper: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(1e20, FloatStyle::Exp, 1, up), "1.0E+20");
        assert_eq!(
            double_to_string(f64::INFINITY, FloatStyle::Fixed, 1, up),
            "INF"
        );
        assert_eq!(
            double_to_string(f64::NEG_INFINITY, FloatStyle::Fixed, 1, up),
            "-INF"
        );
        assert_eq!(
            double_to_string(f64::NAN, FloatStyle::General, 1, up),
            "NAN"
        );
        let z = FloatFlags {
            no_neg_0: true,
            ..FloatFlags::default()
        };
        assert_eq!(double_to_string(-0.0001, FloatStyle::Fixed, 2, z), "0.00");
        assert_eq!(double_to_string(-0.01, FloatStyle::Fixed, 2, z), "-0.01");
    }
}
