//! Parsing of printf-style format strings (`'%5.2f' % x`), following
//! CPython 3.11's `unicode_format_arg_parse`.
//!
//! A format string becomes a list of [`PercentPiece`]s: literal text (with
//! `%%` already turned into `%`) and conversions `%[(key)][flags][width]
//! [.precision][h|l|L]conv`. Width and precision may be `*` (taken from the
//! arguments by the caller). CPython parses and formats in one pass, so an
//! argument error before a syntax error wins there; here the whole string is
//! parsed first, so syntax errors are reported before any argument error.
//! Indexes in messages count characters, as in CPython.

/// One piece of a printf-style format string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text copied as is (`%%` already turned into `%`).
    Literal(String),
    /// A conversion such as `%-5d`.
    Conv(PercentSpec),
}

/// The flags characters of a conversion.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: left-justify.
    pub minus: bool,
    /// `+`: always show a sign.
    pub plus: bool,
    /// ` `: a space for non-negative numbers.
    pub space: bool,
    /// `#`: alternate form.
    pub hash: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// A width or precision: `*` or a number written in the format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentNum {
    /// `*`: the next argument gives the number.
    Star,
    /// A number written in the format string (at most `MAX_WIDTH`).
    Num(usize),
}

/// One parsed conversion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The mapping key of `%(key)s`.
    pub key: Option<String>,
    /// The flags.
    pub flags: PercentFlags,
    /// The field width.
    pub width: Option<PercentNum>,
    /// The precision (`%.f` gives `Some(Num(0))`).
    pub precision: Option<PercentNum>,
    /// The conversion character, one of `s r a c d i u o x X e E f F g G`.
    pub conv: char,
}

const CONVERSIONS: &str = "sraciduoxXeEfFgG";

struct Cursor {
    chars: Vec<char>,
    pos: usize,
}

impl Cursor {
    /// The next character, or the `incomplete format` error at the end.
    fn next(&mut self) -> Result<char, String> {
        let c = self
            .chars
            .get(self.pos)
            .copied()
            .ok_or_else(|| "incomplete format".to_string())?;
        self.pos += 1;
        Ok(c)
    }
}

/// Parses a printf-style format string.
///
/// Errors (all `ValueError` in CPython): `incomplete format`,
/// `incomplete format key`, `unsupported format character 'y' (0x79) at
/// index 3`, and `width too big` / `precision too big` for numbers above
/// `MAX_WIDTH`.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    parse_with(fmt, "")
}

/// [`parse_percent`] for a bytes format (decoded as latin-1), which also
/// takes `%b`.
pub fn parse_percent_bytes(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    parse_with(fmt, "b")
}

/// Parses with the conversions `extra` allowed besides the common ones.
fn parse_with(fmt: &str, extra: &str) -> Result<Vec<PercentPiece>, String> {
    let mut cur = Cursor {
        chars: fmt.chars().collect(),
        pos: 0,
    };
    let mut pieces = Vec::new();
    let mut literal = String::new();
    while let Some(&c) = cur.chars.get(cur.pos) {
        cur.pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if cur.chars.get(cur.pos) == Some(&'%') {
            cur.pos += 1;
            literal.push('%');
            continue;
        }
        let spec = parse_conversion(&mut cur, extra)?;
        if !literal.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut literal)));
        }
        pieces.push(PercentPiece::Conv(spec));
    }
    if !literal.is_empty() {
        pieces.push(PercentPiece::Literal(literal));
    }
    Ok(pieces)
}

/// Parses one conversion; `cur` sits just after its `%`.
fn parse_conversion(cur: &mut Cursor, extra: &str) -> Result<PercentSpec, String> {
    let mut key = None;
    if cur.chars.get(cur.pos) == Some(&'(') {
        cur.pos += 1;
        let start = cur.pos;
        let mut depth = 1;
        while depth > 0 {
            match cur.chars.get(cur.pos) {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err("incomplete format key".to_string()),
            }
            cur.pos += 1;
        }
        let name = cur.chars.get(start..cur.pos - 1).unwrap_or(&[]);
        key = Some(name.iter().collect());
    }
    let mut flags = PercentFlags::default();
    let mut c = cur.next()?;
    loop {
        match c {
            '-' => flags.minus = true,
            '+' => flags.plus = true,
            ' ' => flags.space = true,
            '#' => flags.hash = true,
            '0' => flags.zero = true,
            _ => break,
        }
        c = cur.next()?;
    }
    let mut width = None;
    if c == '*' {
        width = Some(PercentNum::Star);
        c = cur.next()?;
    } else if c.is_ascii_digit() {
        let (n, after) = read_number(cur, c, "width too big")?;
        width = Some(PercentNum::Num(n));
        c = after;
    }
    let mut precision = None;
    if c == '.' {
        c = cur.next()?;
        if c == '*' {
            precision = Some(PercentNum::Star);
            c = cur.next()?;
        } else if c.is_ascii_digit() {
            let (n, after) = read_number(cur, c, "precision too big")?;
            precision = Some(PercentNum::Num(n));
            c = after;
        } else {
            precision = Some(PercentNum::Num(0));
        }
    }
    if matches!(c, 'h' | 'l' | 'L') {
        c = cur.next()?;
    }
    if !CONVERSIONS.contains(c) && !extra.contains(c) {
        let n = c as u32;
        let shown = if (31..=126).contains(&n) { c } else { '?' };
        return Err(format!(
            "unsupported format character '{shown}' (0x{n:x}) at index {}",
            cur.pos - 1
        ));
    }
    Ok(PercentSpec {
        key,
        flags,
        width,
        precision,
        conv: c,
    })
}

/// Reads decimal digits starting with `first`; returns the number and the
/// character after it.
fn read_number(cur: &mut Cursor, first: char, too_big: &str) -> Result<(usize, char), String> {
    let mut n = first.to_digit(10).unwrap_or(0) as usize;
    loop {
        let c = cur.next()?;
        match c.to_digit(10) {
            Some(d) => {
                n = n * 10 + d as usize;
                if n > super::MAX_WIDTH {
                    return Err(too_big.to_string());
                }
            }
            None => return Ok((n, c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conv(conv: char) -> PercentSpec {
        PercentSpec {
            key: None,
            flags: PercentFlags::default(),
            width: None,
            precision: None,
            conv,
        }
    }

    fn lit(s: &str) -> PercentPiece {
        PercentPiece::Literal(s.to_string())
    }

    fn err(fmt: &str) -> String {
        match parse_percent(fmt) {
            Ok(p) => panic!("{fmt:?} parsed as {p:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn splits_literals_and_conversions() {
        assert_eq!(parse_percent(""), Ok(vec![]));
        assert_eq!(parse_percent("abc"), Ok(vec![lit("abc")]));
        assert_eq!(parse_percent("100%%"), Ok(vec![lit("100%")]));
        assert_eq!(parse_percent("%%%%"), Ok(vec![lit("%%")]));
        assert_eq!(
            parse_percent("a%sb%dc"),
            Ok(vec![
                lit("a"),
                PercentPiece::Conv(conv('s')),
                lit("b"),
                PercentPiece::Conv(conv('d')),
                lit("c"),
            ])
        );
        assert_eq!(
            parse_percent("%s%r"),
            Ok(vec![
                PercentPiece::Conv(conv('s')),
                PercentPiece::Conv(conv('r'))
            ])
        );
        assert_eq!(
            parse_percent("%ld"),
            Ok(vec![PercentPiece::Conv(conv('d'))])
        );
        assert_eq!(
            parse_percent("%hx"),
            Ok(vec![PercentPiece::Conv(conv('x'))])
        );
    }

    #[test]
    fn parses_full_conversion() {
        let got = parse_percent("%(na(m)e)-+ #012.5f");
        let want = PercentSpec {
            key: Some("na(m)e".to_string()),
            flags: PercentFlags {
                minus: true,
                plus: true,
                space: true,
                hash: true,
                zero: true,
            },
            width: Some(PercentNum::Num(12)),
            precision: Some(PercentNum::Num(5)),
            conv: 'f',
        };
        assert_eq!(got, Ok(vec![PercentPiece::Conv(want)]));
        let got = parse_percent("%*.*s");
        let want = PercentSpec {
            width: Some(PercentNum::Star),
            precision: Some(PercentNum::Star),
            ..conv('s')
        };
        assert_eq!(got, Ok(vec![PercentPiece::Conv(want)]));
        let got = parse_percent("%.f");
        let want = PercentSpec {
            precision: Some(PercentNum::Num(0)),
            ..conv('f')
        };
        assert_eq!(got, Ok(vec![PercentPiece::Conv(want)]));
        let got = parse_percent("%()s");
        let want = PercentSpec {
            key: Some(String::new()),
            ..conv('s')
        };
        assert_eq!(got, Ok(vec![PercentPiece::Conv(want)]));
    }

    #[test]
    fn errors_match_python() {
        assert_eq!(err("abc%"), "incomplete format");
        assert_eq!(err("%"), "incomplete format");
        assert_eq!(err("%-"), "incomplete format");
        assert_eq!(err("%0"), "incomplete format");
        assert_eq!(err("%5"), "incomplete format");
        assert_eq!(err("%."), "incomplete format");
        assert_eq!(err("%5."), "incomplete format");
        assert_eq!(err("%*"), "incomplete format");
        assert_eq!(err("%l"), "incomplete format");
        assert_eq!(err("%(a)"), "incomplete format");
        assert_eq!(err("%(a"), "incomplete format key");
        assert_eq!(err("%(a(b)"), "incomplete format key");
        assert_eq!(
            err("%y"),
            "unsupported format character 'y' (0x79) at index 1"
        );
        assert_eq!(
            err("ab %y"),
            "unsupported format character 'y' (0x79) at index 4"
        );
        assert_eq!(
            err("%5%"),
            "unsupported format character '%' (0x25) at index 2"
        );
        assert_eq!(
            err("%é"),
            "unsupported format character '?' (0xe9) at index 1"
        );
        assert_eq!(
            err("é%ሴ"),
            "unsupported format character '?' (0x1234) at index 2"
        );
        assert_eq!(
            err("%\n"),
            "unsupported format character '?' (0xa) at index 1"
        );
        assert_eq!(
            err("%(k)5.2z"),
            "unsupported format character 'z' (0x7a) at index 7"
        );
        assert_eq!(
            err("%lld"),
            "unsupported format character 'l' (0x6c) at index 2"
        );
        assert_eq!(err("%1000001d"), "width too big");
        assert_eq!(err("%.1000001d"), "precision too big");
        assert_eq!(err("%99999999999999999999999d"), "width too big");
    }
}
