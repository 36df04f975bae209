//! Text formatting of Python values, done the way CPython 3.11 does it.
//!
//! This module owns every conversion between numbers and text that the
//! interpreter exposes to Python code:
//!
//! * `repr`/`str` of floats ([`float_repr`]),
//! * the format-spec mini-language used by `format()`, `str.format` and
//!   f-strings ([`parse_format_spec`], [`format_int`], [`format_float`],
//!   [`format_str`]),
//! * printf-style `%` formatting ([`parse_percent`], [`percent_int`],
//!   [`percent_float`], [`percent_pad_str`]),
//! * `float(str)` and `int(str, base)` parsing ([`parse_float_literal`],
//!   [`parse_int_literal`]),
//! * `round(float, n)` ([`round_float`]).
//!
//! Invariants kept by every function here:
//!
//! * no `unsafe`, and no panic on any input: errors are returned as
//!   `Err(String)` holding the text of CPython's exception message (the
//!   caller picks the exception class, normally `ValueError`);
//! * a width or precision written by the user is refused above
//!   [`MAX_WIDTH`] (or clamped to it where the signature has no error
//!   channel), so no user input can make us allocate unbounded memory;
//! * float digits come from Rust's correctly rounded `{:e}` / `{:.N}`
//!   formatting (shortest round-trip digits, or exact round-half-even),
//!   which is what CPython's `dtoa.c` produces too.

mod double_to_string;
mod float_format;
mod int_format;
mod layout;
mod literal;
mod percent;
mod percent_output;
mod round;
mod spec;
mod str_format;

pub use double_to_string::{complex_repr, float_repr};
pub use float_format::format_float;
pub use int_format::{format_int, i64_text};
pub use literal::{parse_float_literal, parse_int_literal};
pub use percent::{PercentFlags, PercentNum, PercentPiece, PercentSpec};
pub use percent::{parse_percent, parse_percent_bytes};
pub use percent_output::{percent_float, percent_int, percent_pad_str};
pub use round::round_float;
pub use spec::FormatSpec;
pub use spec::{parse_format_spec, parse_format_spec_for};
pub use str_format::format_str;

/// Largest width or precision accepted from user input.
///
/// CPython accepts anything that fits in a `Py_ssize_t` and then fails to
/// allocate; we refuse early instead.
pub const MAX_WIDTH: usize = 1_000_000;

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;

    use super::*;

    /// The public API, reached through the re-exports, against python3.11.
    #[test]
    fn public_api_round_trip() {
        assert_eq!(float_repr(0.1), "0.1");
        let spec = parse_format_spec_for(">+10,.2f", "float").unwrap_or_default();
        assert_eq!(format_float(1234.567, &spec), Ok(" +1,234.57".to_string()));
        let spec = parse_format_spec("#_b").unwrap_or_default();
        assert_eq!(
            format_int(&BigInt::from(255), &spec, "int"),
            Ok("0b1111_1111".to_string())
        );
        let spec = parse_format_spec("*^7.2").unwrap_or_default();
        assert_eq!(format_str("abc", &spec), Ok("**ab***".to_string()));
        let pieces = parse_percent("%-6.1f|").unwrap_or_default();
        let text: String = pieces
            .iter()
            .map(|p| match p {
                PercentPiece::Literal(s) => s.clone(),
                PercentPiece::Conv(c) => percent_float(2.25, c, 6, Some(1)),
            })
            .collect();
        assert_eq!(text, "2.2   |");
        assert_eq!(parse_float_literal(" 1_5.5e1 "), Some(155.0));
        assert_eq!(parse_int_literal("-0x_ff", 0), Some(BigInt::from(-255)));
        assert_eq!(round_float(2.675, 2), 2.67);
    }

    #[test]
    fn width_limit_is_enforced() {
        assert_eq!(MAX_WIDTH, 1_000_000);
        assert!(parse_format_spec("1000001").is_err());
        assert!(parse_percent("%1000001d").is_err());
        let spec = FormatSpec {
            width: MAX_WIDTH + 1,
            ..FormatSpec::default()
        };
        assert!(format_str("a", &spec).is_err());
        assert!(format_float(1.0, &spec).is_err());
        assert!(format_int(&BigInt::from(1), &spec, "int").is_err());
    }
}
