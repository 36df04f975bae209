//! `format(str, spec)`: CPython 3.11's `format_string_internal`.
//!
//! Strings take type `s` (the default) only; the precision truncates to that
//! many characters (code points); the default alignment is left. Signs,
//! `z`, `#`, `=` and grouping are refused with CPython's messages, checked
//! in CPython's order (grouping first, since CPython checks it while
//! parsing with the default type `s`).

use super::layout::pad;
use super::spec::FormatSpec;
use super::spec::{check_limits, grouping_for, unknown_code};

/// Formats a string per `spec`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    check_limits(spec)?;
    let ty = spec.ty.unwrap_or('s');
    if let Some(sep) = spec.grouping {
        grouping_for(sep, ty)?;
    }
    if ty != 's' {
        return Err(unknown_code(ty, "str"));
    }
    match spec.sign {
        '\0' => {}
        ' ' => return Err("Space not allowed in string format specifier".to_string()),
        _ => return Err("Sign not allowed in string format specifier".to_string()),
    }
    if spec.no_neg_zero {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    let align = spec.align.unwrap_or('<');
    if align == '=' {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    let text = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((cut, _)) => s.get(..cut).unwrap_or(s),
            None => s,
        },
        None => s,
    };
    Ok(pad(text, spec.width, spec.fill, align))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::parse_format_spec;

    fn f(s: &str, spec: &str) -> String {
        let parsed = match parse_format_spec(spec) {
            Ok(p) => p,
            Err(e) => return format!("ERR {e}"),
        };
        match format_str(s, &parsed) {
            Ok(s) => s,
            Err(e) => format!("ERR {e}"),
        }
    }

    #[test]
    fn matches_python() {
        let cases: &[(&str, &str, &str)] = &[
            ("abc", "", "abc"),
            ("abc", "s", "abc"),
            ("abc", "5", "abc  "),
            ("abc", ">5", "  abc"),
            ("abc", "^6", " abc  "),
            ("abc", "*^7", "**abc**"),
            ("abc", ".2", "ab"),
            ("abc", ".0", ""),
            ("abc", ".5", "abc"),
            ("abc", "5.1", "a    "),
            ("ab", "05", "ab000"),
            ("ab", ">05", "000ab"),
            ("héllo", ".2", "hé"),
            ("héllo", "^9.4", "  héll   "),
            ("日本語", "*>6", "***日本語"),
            ("", "3", "   "),
            ("abc", "2", "abc"),
            ("x", "<<3", "x<<"),
        ];
        for &(s, spec, want) in cases {
            assert_eq!(f(s, spec), want, "format({s:?}, {spec:?})");
        }
    }

    #[test]
    fn errors_match_python() {
        let cases: &[(&str, &str)] = &[
            ("=5", "'=' alignment not allowed in string format specifier"),
            ("+", "Sign not allowed in string format specifier"),
            ("-", "Sign not allowed in string format specifier"),
            (" ", "Space not allowed in string format specifier"),
            (
                "z",
                "Negative zero coercion (z) not allowed in string format specifier",
            ),
            (
                "#",
                "Alternate form (#) not allowed in string format specifier",
            ),
            (",", "Cannot specify ',' with 's'."),
            ("_", "Cannot specify '_' with 's'."),
            (",d", "Unknown format code 'd' for object of type 'str'"),
            ("d", "Unknown format code 'd' for object of type 'str'"),
            ("x", "Unknown format code 'x' for object of type 'str'"),
            ("_x", "Unknown format code 'x' for object of type 'str'"),
        ];
        for &(spec, want) in cases {
            assert_eq!(f("a", spec), format!("ERR {want}"), "format('a', {spec:?})");
        }
    }
}
