//! Field layout shared by the format-spec formatters: padding, alignment,
//! sign placement and digit grouping.
//!
//! [`layout_number`] transcribes CPython's `calc_number_widths` and
//! `fill_number`: a number is laid out as
//!
//! ```text
//! <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
//! ```
//!
//! where at most one of the three paddings is non-empty. When the fill is
//! `0` and the alignment is `=`, the zeros go *into* the grouped digits
//! (`format(1234, '010,') == '00,001,234'`), as in CPython's
//! `_PyUnicode_InsertThousandsGrouping`. Widths are counted in characters.

use super::spec::FormatSpec;

/// A number cut into the pieces [`layout_number`] places.
pub(super) struct NumberParts<'a> {
    /// Whether the value is negative (a `-` is shown).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (or `0X`...) when asked for, else empty.
    pub prefix: &'a str,
    /// The integer digits, grouped and zero-padded.
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub decimal: bool,
    /// Everything after the decimal point (or after the digits when there is
    /// no point): fraction, exponent, `%`, or an `inf`/`nan` word.
    pub remainder: &'a str,
}

/// Lays out a number per `spec`; `grouping` is the separator and group size.
///
/// Numbers align right by default, or `=` when the `0` flag was given.
pub(super) fn layout_number(
    parts: &NumberParts<'_>,
    spec: &FormatSpec,
    grouping: Option<(char, usize)>,
) -> String {
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let sign = match (spec.sign, parts.negative) {
        (_, true) => Some('-'),
        ('+', false) => Some('+'),
        (' ', false) => Some(' '),
        _ => None,
    };
    let n_non_digit = sign.map_or(0, |_| 1)
        + parts.prefix.chars().count()
        + usize::from(parts.decimal)
        + parts.remainder.chars().count();
    let width = spec.width as i64;
    let min_width = if spec.fill == '0' && align == '=' {
        width - n_non_digit as i64
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_width, grouping)
    };
    let used = (n_non_digit + grouped.chars().count()) as i64;
    let padding = (width - used).max(0) as usize;
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let mut out = String::with_capacity(used.max(0) as usize + padding);
    push_fill(&mut out, spec.fill, left);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, middle);
    out.push_str(&grouped);
    if parts.decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, spec.fill, right);
    out
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// Inserts separators every `group` digits from the right, padding with
/// zeros (and separators) up to `min_width` characters.
fn group_digits(digits: &str, min_width: i64, grouping: Option<(char, usize)>) -> String {
    let bytes = digits.as_bytes();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width;
    let mut rev: Vec<char> = Vec::new();
    let emit = |rev: &mut Vec<char>, remaining: i64, l: i64| -> i64 {
        let n_zeros = (l - remaining).max(0);
        let n_chars = remaining.min(l).max(0);
        for i in (remaining - n_chars..remaining).rev() {
            let c = bytes.get(i as usize).copied().unwrap_or(b'0');
            rev.push(c as char);
        }
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars
    };
    match grouping {
        Some((sep, size)) => {
            let size = size.max(1) as i64;
            let mut first = true;
            loop {
                let l = size.min(remaining.max(min_width).max(1));
                if !first {
                    rev.push(sep);
                }
                first = false;
                remaining -= emit(&mut rev, remaining, l);
                min_width -= l;
                if remaining <= 0 && min_width <= 0 {
                    break;
                }
                min_width -= 1;
            }
        }
        None => {
            let l = remaining.max(min_width).max(1);
            emit(&mut rev, remaining, l);
        }
    }
    rev.iter().rev().collect()
}

/// Pads `s` to `width` characters with `fill`, aligned per `align`
/// (`<`, `>`, `^`; anything else counts as `>`).
pub(super) fn pad(s: &str, width: usize, fill: char, align: char) -> String {
    let len = s.chars().count();
    let padding = width.saturating_sub(len);
    let (left, right) = match align {
        '<' => (0, padding),
        '^' => (padding / 2, padding - padding / 2),
        _ => (padding, 0),
    };
    let mut out = String::with_capacity(s.len() + padding);
    push_fill(&mut out, fill, left);
    out.push_str(s);
    push_fill(&mut out, fill, right);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(fill: char, align: Option<char>, zero: bool, width: usize, sign: char) -> FormatSpec {
        FormatSpec {
            fill,
            align,
            zero,
            width,
            sign,
            ..FormatSpec::default()
        }
    }

    fn digits(d: &str, negative: bool) -> NumberParts<'_> {
        NumberParts {
            negative,
            prefix: "",
            digits: d,
            decimal: false,
            remainder: "",
        }
    }

    #[test]
    fn grouping_with_zero_padding() {
        // format(1234, '010,'), '09,', '08,', '0=10,' in CPython.
        let g = Some((',', 3));
        assert_eq!(group_digits("1234", 10, g), "00,001,234");
        assert_eq!(group_digits("1234", 9, g), "0,001,234");
        assert_eq!(group_digits("1234", 8, g), "0,001,234");
        assert_eq!(group_digits("1234", 7, g), "001,234");
        assert_eq!(group_digits("1234567", 0, g), "1,234,567");
        assert_eq!(group_digits("123", -5, g), "123");
        assert_eq!(group_digits("0", 0, g), "0");
        assert_eq!(group_digits("11111111", 0, Some(('_', 4))), "1111_1111");
        assert_eq!(group_digits("42", 5, None), "00042");
        assert_eq!(group_digits("42", 1, None), "42");
    }

    #[test]
    fn layout_places_sign_and_padding() {
        let s = spec('0', None, true, 10, '\0');
        assert_eq!(
            layout_number(&digits("1234", false), &s, Some((',', 3))),
            "00,001,234"
        );
        let s = spec(' ', None, false, 6, '+');
        assert_eq!(layout_number(&digits("42", false), &s, None), "   +42");
        let s = spec('*', Some('^'), false, 7, '\0');
        assert_eq!(layout_number(&digits("42", true), &s, None), "**-42**");
        let s = spec('*', Some('='), false, 7, ' ');
        assert_eq!(layout_number(&digits("42", false), &s, None), " ****42");
        let s = spec('0', Some('<'), true, 5, '\0');
        assert_eq!(layout_number(&digits("5", true), &s, None), "-5000");
        // format(float('inf'), '010') == '0000000inf'
        let inf = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            decimal: false,
            remainder: "inf",
        };
        let s = spec('0', None, true, 10, '\0');
        assert_eq!(layout_number(&inf, &s, None), "0000000inf");
    }

    #[test]
    fn pad_aligns() {
        assert_eq!(pad("ab", 5, '*', '<'), "ab***");
        assert_eq!(pad("ab", 5, '*', '>'), "***ab");
        assert_eq!(pad("ab", 5, '*', '^'), "*ab**");
        assert_eq!(pad("abcdef", 5, '*', '^'), "abcdef");
        assert_eq!(pad("é", 3, 'ü', '^'), "üéü");
    }
}
