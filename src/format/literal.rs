//! `float(str)` and `int(str, base)` parsing, as CPython 3.11 does it.
//!
//! Both first apply CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`:
//! any Unicode decimal digit (category Nd, e.g. `'١'` or `'５'`) counts as
//! its ASCII digit and any non-ASCII Unicode space counts as a space. The
//! ASCII spaces are only ` \t\n\v\f\r` (so `'\x1c'` is *not* stripped,
//! unlike `str.strip()`).
//!
//! `float`: surrounding spaces, an optional sign, then either
//! `inf`/`infinity`/`nan` in any case, or digits with an optional point and
//! an optional exponent, with single `_` allowed only between two digits.
//! The checked ASCII text is handed to Rust's correctly rounded `f64`
//! parser.
//!
//! `int`: surrounding spaces, a sign, an optional `0x`/`0o`/`0b` prefix
//! (when the base is 0 or matches) followed by at most one `_`, then digits
//! with single `_` between them. Base 0 takes the base from the prefix and
//! refuses a nonzero decimal starting with `0` (`'010'`). CPython 3.11's
//! limit of 4300 decimal digits is not enforced here.

use num_bigint::BigInt;
use num_traits::Zero;

/// First code point (digit zero) of each run of ten Unicode decimal digits,
/// from Python 3.11's `unicodedata` (Unicode 14.0).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (`str.isdecimal()` characters).
pub(super) fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let zero = DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let d = n - zero;
    (d < 10).then_some(d)
}

/// CPython's whitespace for number parsing: ASCII ` \t\n\v\f\r`, or any
/// non-ASCII Unicode space.
fn is_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        c.is_whitespace()
    }
}

/// Maps Unicode digits to ASCII and trims spaces; `None` when a character
/// other than ASCII, a decimal digit or a space is present.
fn to_ascii(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if let Some(d) = decimal_value(c) {
            out.push(char::from_digit(d, 10)?);
        } else if c.is_whitespace() {
            out.push(' ');
        } else {
            return None;
        }
    }
    let trimmed = out.trim_matches(is_space);
    Some(trimmed.to_string())
}

/// Python's `float(s)` for a string; `None` where Python raises
/// `ValueError: could not convert string to float`.
pub fn parse_float_literal(s: &str) -> Option<f64> {
    let text = to_ascii(s)?;
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text.as_str()),
    };
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if negative { -v } else { v });
    }
    let clean = strip_underscores(body)?;
    if !is_decimal_float(&clean) {
        return None;
    }
    let v: f64 = clean.parse().ok()?;
    Some(if negative { -v } else { v })
}

/// Removes underscores that sit between two digits; `None` when any
/// underscore is elsewhere.
fn strip_underscores(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i.checked_sub(1).and_then(|j| bytes.get(j));
            let after = bytes.get(i + 1);
            if !(before.is_some_and(u8::is_ascii_digit) && after.is_some_and(u8::is_ascii_digit)) {
                return None;
            }
        } else {
            out.push(b as char);
        }
    }
    Some(out)
}

/// `digits [. digits] [(e|E) [sign] digits]` with at least one mantissa
/// digit (`.5` and `5.` are fine, `.` is not).
fn is_decimal_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa = digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// Python's `int(s, base)` for a string, with `base` 0 or 2..=36; `None`
/// where Python raises `ValueError: invalid literal for int()`. An invalid
/// base also gives `None` (CPython raises
/// `int() arg 2 must be >= 2 and <= 36` for it; check the base first).
pub fn parse_int_literal(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let text = to_ascii(s)?;
    let (negative, body) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text.as_str()),
    };
    let bytes = body.as_bytes();
    let marker = bytes.get(1).map(u8::to_ascii_lowercase);
    let starts_zero = bytes.first() == Some(&b'0');
    let mut old_octal = false;
    let base = match base {
        0 if !starts_zero => 10,
        0 => match marker {
            Some(b'x') => 16,
            Some(b'o') => 8,
            Some(b'b') => 2,
            _ => {
                old_octal = true;
                10
            }
        },
        b => b,
    };
    let mut rest = body;
    let prefix = matches!(
        (base, marker),
        (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
    );
    if starts_zero && prefix {
        rest = body.get(2..)?;
        if let Some(after) = rest.strip_prefix('_') {
            rest = after;
        }
    }
    let clean = strip_digit_underscores(rest, base)?;
    let value = BigInt::parse_bytes(clean.as_bytes(), base)?;
    if old_octal && !value.is_zero() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// Checks `s` is digits of `base` with single underscores between digits,
/// and returns the digits alone.
fn strip_digit_underscores(s: &str, base: u32) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev_underscore = true;
    for c in s.chars() {
        if c == '_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
        } else {
            c.to_digit(base)?;
            out.push(c);
            prev_underscore = false;
        }
    }
    if prev_underscore {
        return None;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_python() {
        let cases: &[(&str, f64)] = &[
            ("1.5", 1.5),
            ("  -2.5\n", -2.5),
            ("1e5", 1e5),
            ("1E-5", 1e-5),
            (".5", 0.5),
            ("5.", 5.0),
            ("+.5e+3", 500.0),
            ("1_0.5", 10.5),
            ("1_000_000", 1e6),
            ("1.2_5e1_0", 1.25e10),
            ("0.1", 0.1),
            ("000123", 123.0),
            ("1e400", f64::INFINITY),
            ("-1e400", f64::NEG_INFINITY),
            ("1e-400", 0.0),
            ("inf", f64::INFINITY),
            ("-Infinity", f64::NEG_INFINITY),
            ("+iNF", f64::INFINITY),
            ("\u{a0}3\u{3000}", 3.0),
            ("١٢٣.٥", 123.5),
            ("１２", 12.0),
            ("2.2250738585072011e-308", 2.225073858507201e-308),
            ("9007199254740993", 9007199254740992.0),
            (
                "0.1000000000000000055511151231257827021181583404541015625",
                0.1,
            ),
        ];
        for &(s, want) in cases {
            let got = parse_float_literal(s);
            assert_eq!(got.map(f64::to_bits), Some(want.to_bits()), "float({s:?})");
        }
        assert_eq!(
            parse_float_literal("-0").map(f64::to_bits),
            Some((-0.0f64).to_bits())
        );
        assert!(parse_float_literal("nan").is_some_and(f64::is_nan));
        assert!(parse_float_literal(" -NaN ").is_some_and(f64::is_nan));
    }

    #[test]
    fn float_rejects_what_python_rejects() {
        let bad = [
            "", " ", ".", "e5", "1e", "1e+", "1.5.", "1_", "_1", "1__0", "1_.5", "1._5", "1_e5",
            "1e_5", "in_f", "infinit", "nan(1)", "0x10", "1 2", "--1", "+-1", "\x1c1.5", "1.5\x1f",
            "1,5", "1d5", "i", "- 1", "1e5.0", "١_", "a",
        ];
        for s in bad {
            assert_eq!(parse_float_literal(s), None, "float({s:?})");
        }
    }

    fn int(s: &str, base: u32) -> Option<String> {
        parse_int_literal(s, base).map(|v| v.to_string())
    }

    #[test]
    fn ints_match_python() {
        let cases: &[(&str, u32, &str)] = &[
            ("42", 10, "42"),
            (" -42 ", 10, "-42"),
            ("+7", 10, "7"),
            ("1_000", 10, "1000"),
            ("0x1f", 0, "31"),
            ("0X1F", 16, "31"),
            ("1f", 16, "31"),
            ("0o17", 0, "15"),
            ("0b101", 0, "5"),
            ("0b101", 2, "5"),
            ("0b1", 16, "177"),
            ("0_0", 0, "0"),
            ("000", 0, "0"),
            ("0", 0, "0"),
            ("0x_1", 0, "1"),
            ("-0x10", 0, "-16"),
            ("z", 36, "35"),
            ("Zz", 36, "1295"),
            ("010", 10, "10"),
            ("010", 8, "8"),
            ("١٢", 10, "12"),
            ("\t9\n", 0, "9"),
            (
                "99999999999999999999999999",
                10,
                "99999999999999999999999999",
            ),
            ("-0", 10, "0"),
        ];
        for &(s, base, want) in cases {
            assert_eq!(int(s, base).as_deref(), Some(want), "int({s:?}, {base})");
        }
    }

    #[test]
    fn int_rejects_what_python_rejects() {
        let cases: &[(&str, u32)] = &[
            ("", 10),
            (" ", 10),
            ("010", 0),
            ("0_1", 0),
            ("0x", 0),
            ("0x", 16),
            ("0x__1", 0),
            ("0x1_", 16),
            ("_1", 10),
            ("1__0", 10),
            ("1_", 10),
            ("+_1", 10),
            ("- 1", 10),
            ("1.0", 10),
            ("12", 2),
            ("0o8", 0),
            ("0b2", 0),
            ("0x1", 10),
            ("0o7", 16),
            ("1 2", 10),
            ("\x1c1", 10),
            ("a", 10),
            ("1", 1),
            ("1", 37),
            ("++1", 10),
        ];
        for &(s, base) in cases {
            assert_eq!(int(s, base), None, "int({s:?}, {base})");
        }
    }

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('\u{1D7CE}'), Some(0));
        assert_eq!(decimal_value('\u{1D7FF}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{2F}'), None);
        assert_eq!(decimal_value('\u{3A}'), None);
        assert_eq!(decimal_value('²'), None);
    }
}
