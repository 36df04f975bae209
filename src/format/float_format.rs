//! `format(float, spec)`: CPython 3.11's `format_float_internal`.
//!
//! The text of the number comes from [`double_to_string`]; it is then cut
//! into sign, integer digits, decimal point and remainder and laid out by
//! [`layout_number`]. With no type, a float formats like `repr()` when no
//! precision is given, and like `g` with at least one digit after the point
//! otherwise; `n` is `g` (C locale); `%` is `f` of the value times 100.

use super::double_to_string::double_to_string;
use super::double_to_string::{FloatFlags, FloatStyle};
use super::layout;
use super::spec::FormatSpec;
use super::spec::{check_limits, grouping_for, unknown_code};

/// Formats a float per `spec` (types `e E f F g G n %` and none).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    check_limits(spec)?;
    let grouping = match (spec.grouping, spec.ty) {
        (Some(sep), Some(ty)) => Some(grouping_for(sep, ty)?),
        (Some(sep), None) => Some((sep, 3)),
        (None, _) => None,
    };
    let mut flags = FloatFlags {
        alt: spec.alternate,
        no_neg_0: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    let mut value = x;
    let mut percent = false;
    let mut default_precision = 6;
    let style = match spec.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            if spec.precision.is_some() {
                FloatStyle::General
            } else {
                FloatStyle::Repr
            }
        }
        Some('e') => FloatStyle::Exp,
        Some('f') => FloatStyle::Fixed,
        Some('g' | 'n') => FloatStyle::General,
        Some('E') => {
            flags.upper = true;
            FloatStyle::Exp
        }
        Some('F') => {
            flags.upper = true;
            FloatStyle::Fixed
        }
        Some('G') => {
            flags.upper = true;
            FloatStyle::General
        }
        Some('%') => {
            value *= 100.0;
            percent = true;
            FloatStyle::Fixed
        }
        Some(ty) => return Err(unknown_code(ty, "float")),
    };
    let precision = spec.precision.unwrap_or(default_precision);
    let mut text = double_to_string(value, style, precision, flags);
    if percent {
        text.push('%');
    }
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, after) = body.split_at(n_int);
    let (decimal, remainder) = match after.strip_prefix('.') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let parts = layout::NumberParts {
        negative,
        prefix: "",
        digits,
        decimal,
        remainder,
    };
    let grouping = if spec.ty == Some('n') { None } else { grouping };
    Ok(layout::layout_number(&parts, spec, grouping))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse_format_spec;

    fn f(x: f64, spec: &str) -> String {
        let s = match parse_format_spec(spec) {
            Ok(s) => s,
            Err(e) => return format!("ERR {e}"),
        };
        match format_float(x, &s) {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        }
    }

    const INF: f64 = f64::INFINITY;
    const NAN: f64 = f64::NAN;

    #[test]
    fn no_type_is_repr_like() {
        let cases: &[(f64, &str, &str)] = &[
            (1.0, "", "1.0"),
            (1e20, "", "1e+20"),
            (1e16, "", "1e+16"),
            (0.1, "10", "       0.1"),
            (0.1, "<10", "0.1       "),
            (1.5e-5, "", "1.5e-05"),
            (-0.0, "", "-0.0"),
            (1.0, ".3", "1.0"),
            (123.0, ".3", "1.23e+02"),
            (123.0, ".4", "123.0"),
            (1e20, ".3", "1e+20"),
            (123456.0, ".3", "1.23e+05"),
            (0.1, ".0", "0.1"),
            (1.5, ".0", "2e+00"),
            (1234.5, ",", "1,234.5"),
            (1234567.0, "_", "1_234_567.0"),
            (1.0, "#", "1.0"),
            (1.5, "#", "1.5"),
            (1.0, "#.0", "1.e+00"),
            (1e20, "#", "1.e+20"),
            (-0.0, "z", "0.0"),
            (0.0, "z", "0.0"),
            (1.0, "+", "+1.0"),
            (2.5, "010", "00000002.5"),
            (-2.5, "010", "-0000002.5"),
            (3.24159, ".2", "3.2"),
            (1e-10, ".2", "1e-10"),
            (12345678901234567.0, "", "1.2345678901234568e+16"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:e}, {spec:?})");
        }
    }

    #[test]
    fn typed_matches_python() {
        let cases: &[(f64, &str, &str)] = &[
            (2.675, ".2f", "2.67"),
            (0.5, ".0f", "0"),
            (1.5, ".0f", "2"),
            (2.5, ".0f", "2"),
            (0.25, ".1f", "0.2"),
            (1.0, "f", "1.000000"),
            (-1.0, "F", "-1.000000"),
            (1234.5678, "e", "1.234568e+03"),
            (1234.5678, "E", "1.234568E+03"),
            (1234.5678, ".2e", "1.23e+03"),
            (0.0001234, "g", "0.0001234"),
            (0.00001234, "g", "1.234e-05"),
            (0.00001234, "G", "1.234E-05"),
            (1234567.0, "g", "1.23457e+06"),
            (1234567.0, "n", "1.23457e+06"),
            (100.0, "g", "100"),
            (100.0, "#g", "100.000"),
            (1.0, "#.0f", "1."),
            (1.0, "#.0e", "1.e+00"),
            (0.5, "%", "50.000000%"),
            (0.125, ".1%", "12.5%"),
            (1.0, ".0%", "100%"),
            (1234.5, ",.2f", "1,234.50"),
            (1234567.5, "015,.2f", "0,001,234,567.50"),
            (1234567.5, "_.3e", "1.235e+06"),
            (1234567.5, ",%", "123,456,750.000000%"),
            (-1234567.5, "20,.1f", "        -1,234,567.5"),
            (-1234567.5, "<20,.1f", "-1,234,567.5        "),
            (-1234567.5, "^20,.1f", "    -1,234,567.5    "),
            (-1234567.5, "=20,.1f", "-        1,234,567.5"),
            (-1234567.5, "020,.1f", "-0,000,001,234,567.5"),
            (3.5, "*>+10.2f", "*****+3.50"),
            (3.5, " .1f", " 3.5"),
            (-0.0001, "z.2f", "0.00"),
            (-0.0, "z.1e", "0.0e+00"),
            (-0.0, ".1e", "-0.0e+00"),
            (-0.01, "z.2f", "-0.01"),
            (1e300, ".3g", "1e+300"),
            (5e-324, "g", "4.94066e-324"),
            (123.456, "10.1f", "     123.5"),
            (1e16, ",.0f", "10,000,000,000,000,000"),
            (1.5, "n", "1.5"),
            (
                1e100,
                "f",
                "10000000000000000159028911097599180468360808563945281389781327557747838772170381060813469985856815104.000000",
            ),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:e}, {spec:?})");
        }
    }

    #[test]
    fn inf_and_nan() {
        let cases: &[(f64, &str, &str)] = &[
            (INF, "", "inf"),
            (-INF, "", "-inf"),
            (NAN, "", "nan"),
            (-NAN, "f", "nan"),
            (INF, "F", "INF"),
            (NAN, "E", "NAN"),
            (INF, "G", "INF"),
            (INF, "%", "inf%"),
            (INF, "010", "0000000inf"),
            (-INF, "010", "-000000inf"),
            (NAN, "+010", "+000000nan"),
            (INF, "<6", "inf   "),
            (INF, ",.2f", "inf"),
            (INF, "=+8", "+    inf"),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:e}, {spec:?})");
        }
    }

    #[test]
    fn errors_match_python() {
        assert_eq!(
            f(1.5, "d"),
            "ERR Unknown format code 'd' for object of type 'float'"
        );
        assert_eq!(
            f(1.5, "c"),
            "ERR Unknown format code 'c' for object of type 'float'"
        );
        assert_eq!(
            f(1.5, "x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
        assert_eq!(f(1.5, ",n"), "ERR Cannot specify ',' with 'n'.");
        assert_eq!(
            f(1.5, "_x"),
            "ERR Unknown format code 'x' for object of type 'float'"
        );
    }

    #[test]
    fn random_cases_match_python() {
        // Random values and specs; expected strings from python3.11.
        let cases: &[(f64, &str, &str)] = &[
            (456528.58, "=.20E", "4.56528580000000016298E+05"),
            (450633.6, "6F", "450633.600000"),
            (50931.3125, "27%", "            5093131.250000%"),
            (
                -9.061514923858489e-209,
                "+z#2_.17%",
                "+0.00000000000000000%",
            ),
            (-127965.887, "0= .3e", "-1.280e+05"),
            (864067.1026, "#.30", "864067.102599999983794987201691"),
            (9.999990000000002e-15, "#0E", "9.999990E-15"),
            (88570.46, "x< %", " 8857046.000000%"),
            (669242.854654, "6_.2e", "6.69e+05"),
            (4.4976688512691804e-305, "15.6G", "   4.49767E-305"),
            (800033.42, " 28,g", "                     800,033"),
            (-274203.974, "#13.1n", "      -3.e+05"),
            (-1e-16, "019.20F", "-0.00000000000000010000"),
            (
                9.999990000000001e-18,
                "#29G",
                "                  9.99999E-18",
            ),
            (-777235.383, "13F", "-777235.383000"),
            (81938.07, "17.1%", "       8193807.0%"),
            (-406637.51591, "11E", "-4.066375E+05"),
            (223583.0, ">#20n", "             223583."),
            (-7.52010831982014e+181, "^g", "-7.52011e+181"),
            (4.749264543934714e+21, "= 4.0E", " 5E+21"),
            (-9.99999e-28, "^_.17%", "-0.00000000000000000%"),
            (4.949906958331702e-229, "#0,E", "4.949907E-229"),
            (-8277.91, " e", "-8.277910e+03"),
            (346012.8565, " 0.6G", " 346013"),
            (0.125, "-15.10f", "   0.1250000000"),
            (342.165, ".17%", "34216.50000000000000000%"),
            (8.202895560975355e-76, "*<,.6G", "8.2029E-76"),
            (-783776.8, ".2G", "-7.8E+05"),
            (5.910339554373887e+259, "-z0e", "5.910340e+259"),
            (219831.0, " _g", " 219_831"),
            (216307.0, ">029f", "0000000000000000216307.000000"),
            (614483.0, "28F", "               614483.000000"),
            (-53381.9, "<= 7%", "-5338190.000000%"),
            (-8.683761080125949e-64, "=zE", "-8.683761E-64"),
            (-3.751277219996131e-236, " #0.17f", "-0.00000000000000000"),
            (3.737030335269016e+183, "=5e", "3.737030e+183"),
            (2.5, "*<3,F", "2.500000"),
            (-9.999990000000001e-18, "0^#F", "-0.000000"),
            (9.999990000000001e-22, "+#.6n", "+9.99999e-22"),
            (100000000000.0, "^017.17f", "100000000000.00000000000000000"),
            (-265211.2833, "025f", "-00000000000265211.283300"),
            (292333.0, "5.0f", "292333"),
            (-100000000.0, "= z,", "-100,000,000.0"),
            (1500.0, ",.0g", "2e+03"),
            (68698.5, "018G", "0000000000068698.5"),
            (9.99999e-28, "<%", "0.000000%"),
            (-72044.952, "-29.5e", "                 -7.20450e+04"),
            (-1e+17, "#.2%", "-10000000000000000000.00%"),
            (-495717.5, "13%", "-49571750.000000%"),
            (5e-324, "24,", "                  5e-324"),
            (
                -9.999990000000001e+27,
                "^1F",
                "-9999990000000001484485820416.000000",
            ),
            (784058.57232, ".1e", "7.8e+05"),
            (-779226.0, ">#0.1e", "-7.8e+05"),
            (8.00841071097281e+142, "25g", "             8.00841e+142"),
            (996306.648, ".20g", "996306.6480000000447"),
            (-1e-26, "z30.1e", "                      -1.0e-26"),
            (9.99999e+16, "=+_G", "+9.99999E+16"),
            (-1.4443987580041178e-51, "*=-#.3", "-1.44e-51"),
            (2.675, "5f", "2.675000"),
            (
                1.2345678901234568e-25,
                "0^#30E",
                "0000000001.234568E-25000000000",
            ),
        ];
        for &(x, spec, want) in cases {
            assert_eq!(f(x, spec), want, "format({x:e}, {spec:?})");
        }
    }
}
