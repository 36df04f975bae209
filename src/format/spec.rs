//! The format-spec mini-language: `[[fill]align][sign][z][#][0][width]
//! [grouping][.precision][type]`, parsed as CPython 3.11's
//! `parse_internal_render_format_spec` does.
//!
//! The parser checks only what does not depend on the value's type, exactly
//! like CPython: a grouping character with an explicit type that forbids it
//! is refused here, while a grouping character with no type is accepted and
//! checked by the formatter (ints default to `d`, floats to none, strings to
//! `s`, so only strings refuse it). The shared checks that formatters need
//! ([`grouping_for`], [`unknown_code`]) live here too.

/// A parsed format spec.
///
/// Conventions: `sign` is `'\0'` when none was written (so an explicit `-`
/// can be told apart); `width` is 0 when none was written; `align` is `None`
/// when none was written (numbers then align right, or `=` when `zero` is
/// set; strings align left). When the `0` flag is used without an explicit
/// fill, `zero` is true and `fill` is `'0'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Padding character (default `' '`).
    pub fill: char,
    /// One of `<`, `>`, `=`, `^`, or `None` for the type's default.
    pub align: Option<char>,
    /// `'+'`, `'-'`, `' '`, or `'\0'` when absent.
    pub sign: char,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_zero: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (written before the width, without an explicit fill).
    pub zero: bool,
    /// Minimum field width; 0 when absent.
    pub width: usize,
    /// `,` or `_`.
    pub grouping: Option<char>,
    /// Precision after `.`.
    pub precision: Option<usize>,
    /// The presentation type character.
    pub ty: Option<char>,
}

impl Default for FormatSpec {
    fn default() -> FormatSpec {
        FormatSpec {
            fill: ' ',
            align: None,
            sign: '\0',
            no_neg_zero: false,
            alternate: false,
            zero: false,
            width: 0,
            grouping: None,
            precision: None,
            ty: None,
        }
    }
}

/// Parses a format spec; see [`parse_format_spec_for`].
///
/// The one message that needs the value's type name reads
/// `Invalid format specifier 'SPEC'` here, without the
/// ` for object of type 'T'` tail; use [`parse_format_spec_for`] to get it.
pub fn parse_format_spec(spec: &str) -> Result<FormatSpec, String> {
    parse_spec(spec, None)
}

/// Parses a format spec for a value whose type is named `type_name`, so that
/// every error message is CPython's exactly.
pub fn parse_format_spec_for(spec: &str, type_name: &str) -> Result<FormatSpec, String> {
    parse_spec(spec, Some(type_name))
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn parse_spec(spec: &str, type_name: Option<&str>) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let at = |i: usize| chars.get(i).copied();
    let mut out = FormatSpec::default();
    let mut pos = 0;
    let mut fill_given = false;

    if at(1).is_some_and(is_align) {
        out.fill = at(0).unwrap_or(' ');
        out.align = at(1);
        fill_given = true;
        pos = 2;
    } else if at(0).is_some_and(is_align) {
        out.align = at(0);
        pos = 1;
    }
    if let Some(c @ ('+' | '-' | ' ')) = at(pos) {
        out.sign = c;
        pos += 1;
    }
    if at(pos) == Some('z') {
        out.no_neg_zero = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_given && at(pos) == Some('0') {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    if let Some(width) = read_number(&chars, &mut pos, "width")? {
        out.width = width;
    }
    if at(pos) == Some(',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && out.grouping == Some('_') {
        return Err(both_separators());
    }
    if at(pos) == Some('.') {
        pos += 1;
        match read_number(&chars, &mut pos, "precision")? {
            Some(p) => out.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    let rest = chars.len().saturating_sub(pos);
    if rest > 1 {
        return Err(match type_name {
            Some(t) => format!("Invalid format specifier '{spec}' for object of type '{t}'"),
            None => format!("Invalid format specifier '{spec}'"),
        });
    }
    out.ty = at(pos);
    if let (Some(sep), Some(ty)) = (out.grouping, out.ty) {
        grouping_for(sep, ty)?;
    }
    Ok(out)
}

/// Reads a run of decimal digits (any Unicode decimal digit, as CPython's
/// `get_integer`); `Ok(None)` when there is none.
fn read_number(chars: &[char], pos: &mut usize, what: &str) -> Result<Option<usize>, String> {
    let mut value: Option<usize> = None;
    while let Some(d) = chars
        .get(*pos)
        .and_then(|&c| super::literal::decimal_value(c))
    {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize);
        match next {
            Some(n) => value = Some(n),
            None => return Err("Too many decimal digits in format string".to_string()),
        }
        *pos += 1;
    }
    match value {
        Some(n) if n > super::MAX_WIDTH => Err(format!("{what} too big")),
        other => Ok(other),
    }
}

fn both_separators() -> String {
    "Cannot specify both ',' and '_'.".to_string()
}

/// Writes a type character as CPython's error messages do: printable ASCII
/// as itself, anything else as `\xNN`.
fn show_code(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{n:x}")
    }
}

/// Grouping to use for separator `sep` with presentation type `ty`: the
/// separator and the group size, or CPython's error for a type that does not
/// allow it.
pub(super) fn grouping_for(sep: char, ty: char) -> Result<(char, usize), String> {
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => Ok((sep, 3)),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok((sep, 4)),
        _ => Err(format!("Cannot specify '{sep}' with '{}'.", show_code(ty))),
    }
}

/// Refuses a width or precision above `MAX_WIDTH` in a spec built by hand
/// (the parser never yields one), with the parser's messages.
pub(super) fn check_limits(spec: &FormatSpec) -> Result<(), String> {
    if spec.width > super::MAX_WIDTH {
        return Err("width too big".to_string());
    }
    if spec.precision.is_some_and(|p| p > super::MAX_WIDTH) {
        return Err("precision too big".to_string());
    }
    Ok(())
}

/// CPython's `Unknown format code` message.
pub(super) fn unknown_code(ty: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        show_code(ty)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> FormatSpec {
        match parse_format_spec(s) {
            Ok(spec) => spec,
            Err(e) => panic!("{s:?} failed: {e}"),
        }
    }

    fn err(s: &str) -> String {
        match parse_format_spec_for(s, "int") {
            Ok(spec) => panic!("{s:?} parsed as {spec:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn parses_every_field() {
        let s = ok("*^+z#012,.3f");
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some('^'));
        assert_eq!(s.sign, '+');
        assert!(s.no_neg_zero && s.alternate && !s.zero);
        assert_eq!(s.width, 12);
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
    }

    #[test]
    fn defaults() {
        assert_eq!(ok(""), FormatSpec::default());
        let s = ok("010");
        assert!(s.zero);
        assert_eq!((s.fill, s.align, s.width), ('0', None, 10));
        let s = ok("<05");
        assert_eq!(
            (s.fill, s.align, s.width, s.zero),
            ('0', Some('<'), 5, true)
        );
        let s = ok("x<05");
        assert_eq!(
            (s.fill, s.align, s.width, s.zero),
            ('x', Some('<'), 5, false)
        );
        let s = ok("00");
        assert!(s.zero);
        assert_eq!(s.width, 0);
        assert_eq!(ok("-").sign, '-');
        assert_eq!(ok(" ").sign, ' ');
        assert_eq!(ok("<").fill, ' ');
        assert_eq!(ok("<<").fill, '<');
        assert_eq!(ok("é^9").fill, 'é');
        assert_eq!(ok("_").grouping, Some('_'));
        assert_eq!(ok(",").ty, None);
        assert_eq!(ok("c").ty, Some('c'));
        assert_eq!(ok(".0").precision, Some(0));
        assert_eq!(ok("١٠").width, 10);
        assert_eq!(ok("q").ty, Some('q'));
    }

    #[test]
    fn errors_match_python() {
        assert_eq!(
            err("abc"),
            "Invalid format specifier 'abc' for object of type 'int'"
        );
        assert_eq!(
            parse_format_spec("abc"),
            Err("Invalid format specifier 'abc'".to_string())
        );
        assert_eq!(err("."), "Format specifier missing precision");
        assert_eq!(err(".f"), "Format specifier missing precision");
        assert_eq!(err(",_"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_,"), "Cannot specify both ',' and '_'.");
        assert_eq!(err("_n"), "Cannot specify '_' with 'n'.");
        assert_eq!(err(",c"), "Cannot specify ',' with 'c'.");
        assert_eq!(err(",x"), "Cannot specify ',' with 'x'.");
        assert_eq!(err(",s"), "Cannot specify ',' with 's'.");
        assert_eq!(err(",é"), "Cannot specify ',' with '\\xe9'.");
        assert_eq!(
            err("9999999999999999999999"),
            "Too many decimal digits in format string"
        );
        assert_eq!(err("1000001"), "width too big");
        assert_eq!(err(".1000001"), "precision too big");
        assert_eq!(ok("1000000").width, 1_000_000);
        assert_eq!(
            err("10.2fx"),
            "Invalid format specifier '10.2fx' for object of type 'int'"
        );
    }

    #[test]
    fn grouping_rules() {
        assert_eq!(grouping_for('_', 'x'), Ok(('_', 4)));
        let wide = FormatSpec {
            width: usize::MAX,
            ..FormatSpec::default()
        };
        assert_eq!(check_limits(&wide), Err("width too big".to_string()));
        let precise = FormatSpec {
            precision: Some(1_000_001),
            ..FormatSpec::default()
        };
        assert_eq!(check_limits(&precise), Err("precision too big".to_string()));
        assert_eq!(check_limits(&FormatSpec::default()), Ok(()));
        assert_eq!(grouping_for('_', 'd'), Ok(('_', 3)));
        assert_eq!(grouping_for(',', '%'), Ok((',', 3)));
        assert!(grouping_for(',', 'b').is_err());
        assert_eq!(
            unknown_code('\u{1}', "int"),
            "Unknown format code '\\x1' for object of type 'int'"
        );
        assert_eq!(
            unknown_code(' ', "int"),
            "Unknown format code '\\x20' for object of type 'int'"
        );
    }
}
