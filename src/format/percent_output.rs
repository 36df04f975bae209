//! Rendering of printf-style conversions: CPython 3.11's
//! `_PyUnicode_FormatLong`, `formatfloat` and `unicode_format_arg_output`.
//!
//! The caller resolves `*` widths and precisions from the arguments before
//! calling: a negative `*` width means "left-justify" (set `flags.minus`
//! and pass the absolute value), a negative `*` precision means 0. Widths
//! and precisions above `MAX_WIDTH` are clamped to it, since these
//! functions cannot fail; callers should refuse such `*` values first.
//!
//! Numbers are built as `[-]` `[0x]` `[zeros to precision]` digits, then
//! laid out: with the `0` flag (and no `-`) zeros go between the sign and
//! prefix and the digits, otherwise spaces go to the left (or to the right
//! with `-`).

use num_bigint::{BigInt, Sign};

use super::double_to_string::double_to_string;
use super::double_to_string::{FloatFlags, FloatStyle};
use super::percent::PercentSpec;

/// `%d %i %u %o %x %X` of an integer (any other `conv` acts as `d`).
///
/// `precision` is the minimum number of digits.
pub fn percent_int(
    v: &BigInt,
    spec: &PercentSpec,
    width: usize,
    precision: Option<usize>,
) -> String {
    let (radix, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let min_digits = precision.unwrap_or(0).min(super::MAX_WIDTH);
    let mut text = String::new();
    if v.sign() == Sign::Minus {
        text.push('-');
    }
    let has_prefix = spec.flags.hash && !prefix.is_empty();
    if has_prefix {
        text.push_str(prefix);
    }
    text.extend(std::iter::repeat_n(
        '0',
        min_digits.saturating_sub(digits.len()),
    ));
    text.push_str(&digits);
    output(&text, spec, true, has_prefix, width)
}

/// `%e %E %f %F %g %G` of a float (any other `conv` acts as `g`); the
/// default precision is 6.
pub fn percent_float(x: f64, spec: &PercentSpec, width: usize, precision: Option<usize>) -> String {
    let upper = matches!(spec.conv, 'E' | 'F' | 'G');
    let style = match spec.conv {
        'e' | 'E' => FloatStyle::Exp,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let flags = FloatFlags {
        alt: spec.flags.hash,
        upper,
        ..FloatFlags::default()
    };
    let text = double_to_string(x, style, precision.unwrap_or(6), flags);
    output(&text, spec, true, false, width)
}

/// `%s %r %a %c` of a value already turned into text by the caller;
/// `precision` truncates to that many characters (not for `c`).
pub fn percent_pad_str(
    s: &str,
    spec: &PercentSpec,
    width: usize,
    precision: Option<usize>,
) -> String {
    let text = match precision {
        Some(p) if spec.conv != 'c' => match s.char_indices().nth(p) {
            Some((cut, _)) => s.get(..cut).unwrap_or(s),
            None => s,
        },
        _ => s,
    };
    output(text, spec, false, false, width)
}

/// CPython's `unicode_format_arg_output` after truncation: `numeric` says
/// whether a sign may be added and zero fill applies; `has_prefix` says
/// whether `text` holds a two-character `0x`/`0o` prefix after its sign.
fn output(text: &str, spec: &PercentSpec, numeric: bool, has_prefix: bool, width: usize) -> String {
    let flags = spec.flags;
    let width = width.min(super::MAX_WIDTH);
    let zero_fill = numeric && flags.zero;
    let fill = if zero_fill { '0' } else { ' ' };
    let (sign, body) = match text.chars().next() {
        Some(c @ ('-' | '+')) if numeric => (Some(c), text.get(1..).unwrap_or("")),
        _ if numeric && flags.plus => (Some('+'), text),
        _ if numeric && flags.space => (Some(' '), text),
        _ => (None, text),
    };
    let (prefix, digits) = if has_prefix {
        (body.get(..2).unwrap_or(""), body.get(2..).unwrap_or(body))
    } else {
        ("", body)
    };
    let used = usize::from(sign.is_some()) + prefix.len() + digits.chars().count();
    let padding = width.saturating_sub(used);
    let mut out = String::with_capacity(used + padding);
    let push_fill = |out: &mut String, c: char| out.extend(std::iter::repeat_n(c, padding));
    if flags.minus {
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
        push_fill(&mut out, ' ');
    } else if zero_fill {
        out.extend(sign);
        out.push_str(prefix);
        push_fill(&mut out, fill);
        out.push_str(digits);
    } else {
        push_fill(&mut out, ' ');
        out.extend(sign);
        out.push_str(prefix);
        out.push_str(digits);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse_percent;
    use crate::format::{PercentNum, PercentPiece};

    /// Formats one value through a one-conversion format string, resolving
    /// numbers written in it.
    fn run(fmt: &str, value: Value<'_>) -> String {
        let pieces = match parse_percent(fmt) {
            Ok(p) => p,
            Err(e) => return format!("ERR {e}"),
        };
        let mut out = String::new();
        for piece in pieces {
            match piece {
                PercentPiece::Literal(s) => out.push_str(&s),
                PercentPiece::Conv(spec) => {
                    let num = |n: Option<PercentNum>| match n {
                        Some(PercentNum::Num(n)) => Some(n),
                        _ => None,
                    };
                    let width = num(spec.width).unwrap_or(0);
                    let prec = num(spec.precision);
                    out.push_str(&match value {
                        Value::Int(i) => percent_int(&BigInt::from(i), &spec, width, prec),
                        Value::Float(x) => percent_float(x, &spec, width, prec),
                        Value::Str(s) => percent_pad_str(s, &spec, width, prec),
                    });
                }
            }
        }
        out
    }

    #[derive(Clone, Copy)]
    enum Value<'a> {
        Int(i64),
        Float(f64),
        Str(&'a str),
    }
    use Value::{Float, Int, Str};

    #[test]
    fn ints_match_python() {
        let cases: &[(&str, i64, &str)] = &[
            ("%d", 42, "42"),
            ("%i", -42, "-42"),
            ("%u", 7, "7"),
            ("%5d", 42, "   42"),
            ("%-5d|", 42, "42   |"),
            ("%05d", -42, "-0042"),
            ("%-05d|", -3, "-3   |"),
            ("%+d", 5, "+5"),
            ("% d", 5, " 5"),
            ("%+ d", 5, "+5"),
            ("% 5d", 5, "    5"),
            ("%+05d", 5, "+0005"),
            ("%.3d", -5, "-005"),
            ("%8.3d", -5, "    -005"),
            ("%08.3d", -5, "-0000005"),
            ("%x", 255, "ff"),
            ("%X", 255, "FF"),
            ("%#x", 255, "0xff"),
            ("%#X", 255, "0XFF"),
            ("%#o", 8, "0o10"),
            ("%o", -8, "-10"),
            ("%#x", 0, "0x0"),
            ("%#010x", 255, "0x000000ff"),
            ("%#010x", -255, "-0x00000ff"),
            ("%#10x", -255, "     -0xff"),
            ("%-#10x|", -255, "-0xff     |"),
            ("%#.5x", 255, "0x000ff"),
            ("%#+.5X", 255, "+0X000FF"),
            ("%+#o", -8, "-0o10"),
            ("%#3x", 255, "0xff"),
            ("%ld", 3, "3"),
            ("%(k)d", 3, "3"),
            ("%2d", 12345, "12345"),
            ("%.2d", 12345, "12345"),
            ("% 05x", 255, " 00ff"),
        ];
        for &(fmt, v, want) in cases {
            assert_eq!(run(fmt, Int(v)), want, "{fmt:?} % {v}");
        }
    }

    #[test]
    fn floats_match_python() {
        let inf = f64::INFINITY;
        let cases: &[(&str, f64, &str)] = &[
            ("%f", 1.0, "1.000000"),
            ("%.2f", 2.675, "2.67"),
            ("%.0f", 0.5, "0"),
            ("%.0f", 1.5, "2"),
            ("%.1f", 0.25, "0.2"),
            ("%e", 1234.5, "1.234500e+03"),
            ("%E", 1234.5, "1.234500E+03"),
            ("%g", 1234.5, "1234.5"),
            ("%g", 0.00001, "1e-05"),
            ("%G", 0.00001, "1E-05"),
            ("%g", 1e20, "1e+20"),
            ("%#g", 1.0, "1.00000"),
            ("%#.0f", 1.0, "1."),
            ("%10.3f", -3.24159, "    -3.242"),
            ("%-10.3f|", -3.24159, "-3.242    |"),
            ("%010.3f", -3.24159, "-00003.242"),
            ("%+.1f", 2.0, "+2.0"),
            ("% 05.1f", 2.25, " 02.2"),
            ("%f", inf, "inf"),
            ("%F", inf, "INF"),
            ("%05f", inf, "00inf"),
            ("%+05f", -inf, "-0inf"),
            ("%+f", inf, "+inf"),
            ("%f", f64::NAN, "nan"),
            ("%5.1F", f64::NAN, "  NAN"),
            ("%.3g", 0.0001234, "0.000123"),
            ("%.0e", 2.5, "2e+00"),
            ("%f", -0.0, "-0.000000"),
            ("%.1f", 1e16, "10000000000000000.0"),
            ("%.20f", 0.1, "0.10000000000000000555"),
        ];
        for &(fmt, v, want) in cases {
            assert_eq!(run(fmt, Float(v)), want, "{fmt:?} % {v}");
        }
    }

    #[test]
    fn strings_match_python() {
        let cases: &[(&str, &str, &str)] = &[
            ("%s", "abc", "abc"),
            ("%5s", "abc", "  abc"),
            ("%-5s|", "abc", "abc  |"),
            ("%05s", "abc", "  abc"),
            ("%+s", "abc", "abc"),
            ("%.2s", "abc", "ab"),
            ("%5.1s", "abc", "    a"),
            ("%.0r", "'x'", ""),
            ("%.2s", "héllo", "hé"),
            ("%3c", "x", "  x"),
            ("%.0c", "x", "x"),
            ("%-3s|", "é", "é  |"),
            ("%s", "", ""),
        ];
        for &(fmt, v, want) in cases {
            assert_eq!(run(fmt, Str(v)), want, "{fmt:?} % {v:?}");
        }
    }

    #[test]
    fn huge_width_is_clamped() {
        let spec = PercentSpec {
            key: None,
            flags: crate::format::PercentFlags::default(),
            width: None,
            precision: None,
            conv: 'd',
        };
        let s = percent_int(&BigInt::from(1), &spec, usize::MAX, Some(usize::MAX));
        assert_eq!(s.len(), crate::format::MAX_WIDTH);
        let s = percent_pad_str("a", &spec, usize::MAX, None);
        assert_eq!(s.len(), crate::format::MAX_WIDTH);
    }

    #[test]
    fn random_cases_match_python() {
        // Random values and formats; expected strings from python3.11.
        let floats: &[(&str, f64, &str)] = &[
            ("%% %g", -1.1036863956475557e-167, "% -1.10369e-167"),
            ("%% %#.17E", 113967.928, "% 1.13967928000000000E+05"),
            (
                "%% %#0f|",
                -2.5e+26,
                "% -250000000000000003321888768.000000|",
            ),
            (
                "a%-2.25e|",
                -945562.894,
                "a-9.4556289399999997112900019e+05|",
            ),
            ("% .0g", -6.55770805693878e+98, "-7e+98"),
            ("%% %.6E", 1e+30, "% 1.000000E+30"),
            ("%% %.2G", 400462.247018, "% 4E+05"),
            ("%-.3e|", -6.297192159253135e-287, "-6.297e-287|"),
            ("a% .6E|", 1.0513708769639546e+297, "a 1.051371E+297|"),
            ("%E|", 919678.0, "9.196780E+05|"),
            ("a%-#24F", 731462.661133, "a731462.661133           "),
            ("a%.25E|", 0.125, "a1.2500000000000000000000000E-01|"),
            ("%% %.1f", 984599.652, "% 984599.7"),
            ("%% %#g", 9.999990000000001e-18, "% 9.99999e-18"),
            ("a%E", 0.05, "a5.000000E-02"),
            (
                "a%.25e",
                1.0324447168404767e-161,
                "a1.0324447168404766529629280e-161",
            ),
            ("%% %+e|", -93801.6, "% -9.380160e+04|"),
            ("%% %23F", 5e-324, "%                0.000000"),
            ("%% %+14.0G|", 559142.69, "%         +6E+05|"),
            ("%% %-E", 2.5e-20, "% 2.500000E-20"),
            ("%% %20e", 2350.25, "%         2.350250e+03"),
            ("a%17.10G", -2.6988215898985234e-98, "a  -2.69882159E-98"),
            ("a%-15e", -494632.0367, "a-4.946320e+05  "),
            ("%g", 424357.192, "424357"),
            ("a%6e|", 41722.0, "a4.172200e+04|"),
            ("a% #8f|", 539414.842875, "a 539414.842875|"),
            ("%.0E", -407.4, "-4E+02"),
            ("%% %E", 723949.2, "% 7.239492E+05"),
            ("%2g|", 7.623797302091881e-180, "7.6238e-180|"),
            ("%+19.1E|", 2.45141988125137e-201, "          +2.5E-201|"),
            ("% 14e|", 830244.142, "  8.302441e+05|"),
            ("a%+25g|", -0.0, "a                       -0|"),
            ("%% %.2e", 835479.0, "% 8.35e+05"),
            ("%% %+ .0g|", 3.632902111108419e+227, "% +4e+227|"),
            ("%0.2g", 1e-05, "1e-05"),
            ("%.25e|", 387967.0, "3.8796700000000000000000000e+05|"),
            ("%.6f", -3.3842920221602474e-231, "-0.000000"),
            (
                "%% %.25f",
                624923.87085,
                "% 624923.8708499999484047293663025",
            ),
            ("a%0F", 688088.0, "a688088.000000"),
            ("a%E|", -4.00943501400978e-99, "a-4.009435E-99|"),
        ];
        for &(fmt, v, want) in floats {
            assert_eq!(run(fmt, Float(v)), want, "{fmt:?} % {v:e}");
        }
        let ints: &[(&str, i64, &str)] = &[
            ("a%12.17X", -839287481, "a-000000000320682B9"),
            ("%% %-.10o|", -346913709, "% -2453275655|"),
            ("%20.0d", -527736288, "          -527736288"),
            ("%-+04.2x|", 128512, "+1f600|"),
            ("a%u|", 1114112, "a1114112|"),
            ("%% %16.2i|", 1114111, "%          1114111|"),
            ("%% %0.1i|", 991915436, "% 991915436|"),
            ("%% %-0.17X|", -14, "% -0000000000000000E|"),
            ("%% %#8i", -7006322, "% -7006322"),
            ("%.1o", -690310401, "-5111246401"),
            ("%% %#.25X|", 16, "% 0X0000000000000000000000010|"),
            ("%#x", 1114112, "0x110000"),
            ("%% %- 22.2i|", 463800413, "%  463800413            |"),
            ("%u", -975384402, "-975384402"),
            ("a% i", 1114112, "a 1114112"),
            ("%018X|", -16, "-00000000000000010|"),
            ("a%d|", 1114112, "a1114112|"),
            ("%% %#7.0i|", -190069063, "% -190069063|"),
            ("%5i|", -775217507, "-775217507|"),
            ("%+ #3u|", -929623859, "-929623859|"),
            ("%% %23.25u", 887240398, "% 0000000000000000887240398"),
            ("a%u", 70537553, "a70537553"),
            ("%% % 01.1u", -16, "% -16"),
            ("%X", 13, "D"),
            ("%% %-#o|", 489066241, "% 0o3511507401|"),
            ("%d", -700809622, "-700809622"),
            ("%+.0i", 544719855, "+544719855"),
            ("%22d", 0, "                     0"),
            ("%.3i", -219368693, "-219368693"),
            ("a%8.6x", 633120431, "a25bca6af"),
        ];
        for &(fmt, v, want) in ints {
            assert_eq!(run(fmt, Int(v)), want, "{fmt:?} % {v}");
        }
    }
}
