//! `format(int, spec)`: CPython 3.11's `_PyLong_FormatAdvancedWriter` and
//! `format_long_internal`.
//!
//! Types `b c d o x X n` are formatted from the exact integer (`n` as `d`,
//! since the interpreter runs in the C locale); `e E f F g G %` convert the
//! integer to a float first (correctly rounded, refusing values beyond the
//! float range as CPython does) and go through [`super::format_float`].

use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

use super::layout;
use super::spec::FormatSpec;
use super::spec::{check_limits, grouping_for, unknown_code};

/// Formats an integer per `spec`. `type_name` names the value's type in
/// error messages (`int`, `bool`, or a subclass name).
///
/// The error for `c` with a value outside `range(0x110000)` is CPython's
/// `OverflowError` message and the one for `e`/`f`/`g`/`%` with a value
/// too large for a float is an `OverflowError` in CPython too; every other
/// error is a `ValueError`. Code points of surrogates (`0xD800..=0xDFFF`)
/// cannot live in a Rust string and are refused with `c`.
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, String> {
    check_limits(spec)?;
    let ty = spec.ty.unwrap_or('d');
    let grouping = match spec.grouping {
        Some(sep) => Some(grouping_for(sep, ty)?),
        None => None,
    };
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_exact(v, spec, ty, grouping),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x =
                int_to_float(v).ok_or_else(|| "int too large to convert to float".to_string())?;
            super::format_float(x, spec)
        }
        _ => Err(unknown_code(ty, type_name)),
    }
}

fn format_exact(
    v: &BigInt,
    spec: &FormatSpec,
    ty: char,
    grouping: Option<(char, usize)>,
) -> Result<String, String> {
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    if ty == 'c' {
        if spec.sign != '\0' {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if spec.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let n = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        let c = u32::try_from(n)
            .ok()
            .filter(|&n| n < 0x11_0000)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let c = char::from_u32(c)
            .ok_or_else(|| format!("%c arg {c:#x} is a surrogate, not representable"))?
            .to_string();
        let parts = layout::NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: &c,
        };
        return Ok(layout::layout_number(&parts, spec, None));
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = layout::NumberParts {
        negative: v.sign() == Sign::Minus,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        decimal: false,
        remainder: "",
    };
    let grouping = if ty == 'n' { None } else { grouping };
    Ok(layout::layout_number(&parts, spec, grouping))
}

/// Converts an integer to the nearest float (ties to even), or `None` when
/// the result would overflow, as CPython's `PyLong_AsDouble`.
pub(super) fn int_to_float(v: &BigInt) -> Option<f64> {
    let mag = v.magnitude();
    let bits = mag.bits();
    let abs = if bits <= 64 {
        mag.to_u64()? as f64
    } else {
        let shift = bits - 64;
        let top = (mag >> shift).to_u64()?;
        let low_mask_zero = (mag - ((mag >> shift) << shift)).is_zero();
        // A sticky bit below the 53 kept bits makes `as f64` round exactly
        // as the full value would.
        let top = if low_mask_zero { top } else { top | 1 };
        let exp = i32::try_from(shift).ok()?;
        if exp > 1100 {
            return None;
        }
        (top as f64) * 2f64.powi(exp)
    };
    if abs.is_infinite() {
        return None;
    }
    Some(if v.sign() == Sign::Minus { -abs } else { abs })
}

/// An i64 in decimal, written into `buf` (no allocation): `str(i)`,
/// `'%d' % i` and json's ints.
pub fn i64_text(i: i64, buf: &mut [u8; 20]) -> &str {
    let mut at = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        at -= 1;
        buf[at] = b'-';
    }
    // The bytes written are ASCII digits and a sign.
    std::str::from_utf8(&buf[at..]).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse_format_spec;

    fn f(v: i128, spec: &str) -> String {
        let s = match parse_format_spec(spec) {
            Ok(s) => s,
            Err(e) => return format!("ERR {e}"),
        };
        match format_int(&BigInt::from(v), &s, "int") {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn matches_python() {
        // Expected values printed by python3.11 format(v, spec).
        let cases: &[(i128, &str, &str)] = &[
            (0, "", "0"),
            (-42, "", "-42"),
            (42, "d", "42"),
            (42, "5", "   42"),
            (42, "<5", "42   "),
            (42, "^6", "  42  "),
            (42, "*^7", "**42***"),
            (-42, "=6", "-   42"),
            (-42, "06", "-00042"),
            (42, "+", "+42"),
            (42, " ", " 42"),
            (-42, " ", "-42"),
            (42, "-", "42"),
            (255, "x", "ff"),
            (255, "X", "FF"),
            (255, "#x", "0xff"),
            (255, "#X", "0XFF"),
            (-255, "#x", "-0xff"),
            (255, "#010x", "0x000000ff"),
            (-255, "#010x", "-0x00000ff"),
            (5, "b", "101"),
            (5, "#b", "0b101"),
            (8, "o", "10"),
            (8, "#o", "0o10"),
            (0, "#x", "0x0"),
            (1234567, ",", "1,234,567"),
            (1234567, "_", "1_234_567"),
            (-1234567, ",d", "-1,234,567"),
            (1234, "010,", "00,001,234"),
            (1234, "09,", "0,001,234"),
            (1234, "08,", "0,001,234"),
            (1234, "0=10,", "00,001,234"),
            (1234567, "015,", "000,001,234,567"),
            (-1234567, "015,", "-00,001,234,567"),
            (255, "_b", "1111_1111"),
            (65535, "_x", "ffff"),
            (1048575, "_x", "f_ffff"),
            (1048575, "#_x", "0xf_ffff"),
            (1048575, "#012_x", "0x0_000f_ffff"),
            (-5, "<05", "-5000"),
            (5, "x<05", "5xxxx"),
            (1234, "n", "1234"),
            (65, "c", "A"),
            (65, "5c", "    A"),
            (65, "<5c", "A    "),
            (233, "c", "é"),
            (65, "05c", "0000A"),
            (1, "e", "1.000000e+00"),
            (12345, ".2e", "1.23e+04"),
            (12345, "f", "12345.000000"),
            (12345, ",.1f", "12,345.0"),
            (12345, "g", "12345"),
            (1234567, "g", "1.23457e+06"),
            (1, "%", "100.000000%"),
            (1, ".0%", "100%"),
            (-3, "E", "-3.000000E+00"),
            (7, "=+8", "+      7"),
            (7, "0=+8", "+0000007"),
            (7, "#8b", "   0b111"),
            (7, "<#8b", "0b111   "),
            (7, "^#9o", "   0o7   "),
            (-7, "+", "-7"),
            (9876543210, "_d", "9_876_543_210"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({v}, {spec:?})");
        }
    }

    #[test]
    fn errors_match_python() {
        let cases: &[(i128, &str, &str)] = &[
            (1, ".2", "Precision not allowed in integer format specifier"),
            (
                1,
                ".2d",
                "Precision not allowed in integer format specifier",
            ),
            (
                1,
                "z",
                "Negative zero coercion (z) not allowed in integer format specifier",
            ),
            (
                65,
                "+c",
                "Sign not allowed with integer format specifier 'c'",
            ),
            (
                65,
                "#c",
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ),
            (-1, "c", "%c arg not in range(0x110000)"),
            (0x110000, "c", "%c arg not in range(0x110000)"),
            (1 << 63, "c", "Python int too large to convert to C long"),
            (-(1 << 63), "c", "%c arg not in range(0x110000)"),
            (1, "s", "Unknown format code 's' for object of type 'int'"),
            (
                1,
                "é",
                "Unknown format code '\\xe9' for object of type 'int'",
            ),
            (1, ",x", "Cannot specify ',' with 'x'."),
            (1, ",c", "Cannot specify ',' with 'c'."),
            (1, "_n", "Cannot specify '_' with 'n'."),
            (1, ",n", "Cannot specify ',' with 'n'."),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), format!("ERR {want}"), "format({v}, {spec:?})");
        }
        let spec = FormatSpec::default();
        assert_eq!(
            format_int(
                &BigInt::from(1),
                &FormatSpec {
                    ty: Some('q'),
                    ..spec
                },
                "bool"
            ),
            Err("Unknown format code 'q' for object of type 'bool'".to_string())
        );
        let c = FormatSpec {
            ty: Some('c'),
            ..FormatSpec::default()
        };
        let surrogate = format_int(&BigInt::from(0xD800), &c, "int");
        assert!(surrogate.is_err());
    }

    #[test]
    fn big_ints() {
        let big = BigInt::from(1) << 2000u32;
        let e = parse_format_spec("e").unwrap_or_default();
        assert_eq!(
            format_int(&big, &e, "int"),
            Err("int too large to convert to float".to_string())
        );
        let x = parse_format_spec("x").unwrap_or_default();
        let s = format_int(&big, &x, "int").unwrap_or_default();
        assert_eq!(s.len(), 501);
        assert!(s.starts_with('1'));
        let big = BigInt::from(10).pow(30u32);
        let comma = parse_format_spec(",").unwrap_or_default();
        assert_eq!(
            format_int(&big, &comma, "int").unwrap_or_default(),
            "1,000,000,000,000,000,000,000,000,000,000"
        );
    }

    #[test]
    fn int_to_float_rounds_to_nearest_even() {
        let two53 = BigInt::from(1u64 << 53);
        assert_eq!(int_to_float(&(&two53 + 1)), Some(9007199254740992.0));
        assert_eq!(int_to_float(&(&two53 + 3)), Some(9007199254740996.0));
        let big = (BigInt::from(1) << 100u32) + (BigInt::from(1) << 47u32);
        assert_eq!(int_to_float(&big), Some(1267650600228229401496703205376.0));
        let big = (BigInt::from(1) << 100u32) + (BigInt::from(1) << 47u32) + 1;
        assert_eq!(int_to_float(&big), Some(1267650600228229682971679916032.0));
        let max = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 970u32);
        assert_eq!(int_to_float(&max), None);
        let max = (BigInt::from(1) << 1024u32) - (BigInt::from(1) << 971u32);
        assert_eq!(int_to_float(&max), Some(f64::MAX));
        assert_eq!(int_to_float(&BigInt::from(-5)), Some(-5.0));
    }

    #[test]
    fn random_cases_match_python() {
        // Random values and specs; expected strings from python3.11.
        let cases: &[(i128, &str, &str)] = &[
            (756621468, "5n", "756621468"),
            (1114112, " ,d", " 1,114,112"),
            (25816530, "=26n", "                  25816530"),
            (-9, "0<#x", "-0x9"),
            (
                648729639278855815434473269449,
                "< 019b",
                " 1000001100000010100010010100100101010001011111111001110010100111001110100110000010110110100011001001",
            ),
            (
                432194675641611662629050123906,
                "-19x",
                "5747f0e795d7b6b57422e0682",
            ),
            (399138247, "^ d", " 399138247"),
            (20, "#X", "0X14"),
            (
                587973540103088019242308225358,
                "x<#9x",
                "0x76bd850253023b387aeea494e",
            ),
            (-340476386, "+#16X", "     -0X144B41E2"),
            (-778124575, "> 9", "-778124575"),
            (65, " #o", " 0o101"),
            (-674133788, "+16X", "       -282E771C"),
            (588548499, "#12n", "   588548499"),
            (493221790, "+8n", "+493221790"),
            (291633778, "+#x", "+0x1161fa72"),
            (241926856, "<#", "241926856"),
            (-684430619, "-014x", "-0000028cb951b"),
            (267827616, "6X", "FF6B9A0"),
            (
                -771979212667888031479115759600,
                "^9",
                "-771979212667888031479115759600",
            ),
            (9223372036854775808, " 15x", " 8000000000000000"),
            (-5, "-#d", "-5"),
            (-5, "0^b", "-101"),
            (-18, "#0X", "-0X12"),
            (536364334, "é>#6_d", "536_364_334"),
            (
                677896533870003445253206996555,
                "#05x",
                "0x88e66dec11cd051b8ee88764b",
            ),
            (65, "025c", "000000000000000000000000A"),
            (
                -377289908214612249823679016532,
                "#0b",
                "-0b100110000110001011011100101101110110010100000101110011010111110110001111100010001101110111001010100",
            ),
            (-908580443, "+#09o", "-0o6611753133"),
            (-339796857, "#X", "-0X1440E379"),
            (-685054514, "<20x", "-28d51a32           "),
            (958069634, "<0n", "958069634"),
            (1114112, " 028,d", " 000,000,000,000,001,114,112"),
            (
                106980753026534691644925315928,
                "0<024o",
                "126326147504431637065742073105530",
            ),
            (278855614, "#7b", "0b10000100111101111111110111110"),
            (
                -145485864651586832625766150938,
                "08x",
                "-1d617162e0f22d0856db2b31a",
            ),
            (-9223372036854775808, "10X", "-8000000000000000"),
            (
                -539868720166545460049846242508,
                "2b",
                "-110110100000110100011110000010010110001001110101101111001111111100110000111000110001000110011001100",
            ),
            (9223372036854775808, "^-n", "9223372036854775808"),
            (-1, " o", "-1"),
        ];
        for &(v, spec, want) in cases {
            assert_eq!(f(v, spec), want, "format({v}, {spec:?})");
        }
    }
}
