//! Front end: a cheap depth prescan, the ruff parse, and source positions.
//!
//! Invariants:
//! - `prescan` runs in O(n) time with no recursion and refuses every input
//!   that would make ruff's recursive-descent parser (or the recursive drop of
//!   the AST it builds) recurse deeper than a fixed bound: bracket nesting >
//!   `MAX_BRACKETS` (CPython's limit), indentation of `MAX_INDENT` levels or more (CPython's),
//!   f-string nesting > `MAX_FSTRING`, chains of right-recursive constructs
//!   (prefix operators, `not`, `lambda`, `x if c else`, `**`, `await`, `yield`,
//!   `*`) longer than `MAX_CHAIN` in total, and left-deep chains (binary
//!   operators, attribute/call/subscript suffixes) longer than `MAX_LEFT_CHAIN`
//!   at one bracket level.
//! - The prescan skips strings and comments the way the tokenizer does, but it
//!   is only a guard: when it misreads odd input the parser still reports the
//!   real error.
//! - `parse` maps ruff errors to `RawError`s (byte offsets); `LineTable`
//!   converts offsets into 1-based line and character columns.

use ruff_python_ast::{Mod, ModModule, PythonVersion};
use ruff_python_parser::{Mode, ParseOptions};

use super::{CompileError, RawError};

/// CPython's limit on nested brackets.
pub const MAX_BRACKETS: usize = 200;
/// CPython's limit on indentation levels.
pub const MAX_INDENT: usize = 100;
/// Nested f-strings (CPython allows 150).
pub const MAX_FSTRING: usize = 150;
/// Right-recursive constructs in flight at once (summed over bracket levels).
pub const MAX_CHAIN: u32 = 1000;
/// Left-deep suffix/operator chains at one bracket level.
pub const MAX_LEFT_CHAIN: u32 = super::MAX_DEPTH as u32;

/// Byte offsets of line starts, for offset -> (line, column) conversion.
pub struct LineTable {
    starts: Vec<u32>,
}

impl LineTable {
    pub fn new(text: &str) -> LineTable {
        let mut starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(u32::try_from(i + 1).unwrap_or(u32::MAX));
            }
        }
        LineTable { starts }
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }

    /// 1-based line and 1-based character column of `offset`.
    pub fn position(&self, offset: u32, text: &str) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.starts.get(line as usize - 1).copied().unwrap_or(0) as usize;
        let end = (offset as usize).min(text.len());
        let col = text
            .get(start.min(end)..end)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line, u32::try_from(col + 1).unwrap_or(u32::MAX))
    }

    /// Attach a position and the source line to an error.
    pub fn error(&self, e: RawError, text: &str, filename: &str) -> CompileError {
        if e.offset == NO_POSITION {
            let line = u32::from(!text.is_empty());
            return CompileError {
                kind: e.kind,
                msg: e.msg.clone(),
                filename: filename.to_string(),
                line,
                col: 0,
                text: text
                    .split('\n')
                    .next()
                    .map(|l| l.trim_end_matches('\r').to_string()),
            };
        }
        let (line, col) = self.position(e.offset, text);
        let line_text = text
            .split('\n')
            .nth(line as usize - 1)
            .map(|l| l.trim_end_matches('\r').to_string());
        CompileError {
            kind: e.kind,
            msg: e.msg.clone(),
            filename: filename.to_string(),
            line,
            col,
            text: line_text,
        }
    }
}

/// Prescan, then parse `source` as a module (Python 3.12 syntax).
pub fn parse(source: &str) -> Result<ModModule, RawError> {
    parse_as(source, Mode::Module)
}

/// Parse `source` as one expression (`compile(..., 'eval')`), returned as a
/// module of one expression statement.
pub fn parse_expression(source: &str) -> Result<ModModule, RawError> {
    if source
        .trim_matches(|c: char| c.is_ascii_whitespace())
        .is_empty()
    {
        return Err(RawError::syntax("invalid syntax", NO_POSITION));
    }
    // The first line with code may not be indented (`eval` strips the
    // first line's blanks before it compiles).
    let mut at = 0;
    for line in source.split_inclusive('\n') {
        let code = line.trim_start_matches([' ', '\t', '\x0c']);
        let rest = code.trim_end_matches(['\n', '\r']);
        if rest.is_empty() || rest.starts_with('#') {
            at += line.len();
            continue;
        }
        if code.len() < line.len() {
            // CPython's offset is the indent's width (its last blank).
            let col = at + line.len() - code.len() - 1;
            return Err(RawError::new(
                "IndentationError",
                "unexpected indent",
                off(col),
            ));
        }
        break;
    }
    parse_as(source, Mode::Expression)
}

/// Parse `source` as one statement of the interactive prompt
/// (`compile(..., 'single')`): a simple statement line (`a; b` counts as
/// one) or one compound statement.
pub fn parse_single(source: &str) -> Result<ModModule, RawError> {
    let m = parse(source)?;
    let Some(first) = m.body.first() else {
        return Err(RawError::syntax("invalid syntax", NO_POSITION));
    };
    use ruff_text_size::Ranged;
    let first_end = first.range().end().to_u32();
    let line_of = |offset: u32| {
        source
            .as_bytes()
            .get(..offset as usize)
            .map_or(0, |b| b.iter().filter(|&&c| c == b'\n').count())
    };
    let first_line = line_of(first.range().start().to_u32());
    let compound = !matches!(
        first,
        ruff_python_ast::Stmt::Expr(_)
            | ruff_python_ast::Stmt::Assign(_)
            | ruff_python_ast::Stmt::AugAssign(_)
            | ruff_python_ast::Stmt::AnnAssign(_)
            | ruff_python_ast::Stmt::Pass(_)
            | ruff_python_ast::Stmt::Break(_)
            | ruff_python_ast::Stmt::Continue(_)
            | ruff_python_ast::Stmt::Return(_)
            | ruff_python_ast::Stmt::Raise(_)
            | ruff_python_ast::Stmt::Global(_)
            | ruff_python_ast::Stmt::Nonlocal(_)
            | ruff_python_ast::Stmt::Import(_)
            | ruff_python_ast::Stmt::ImportFrom(_)
            | ruff_python_ast::Stmt::Assert(_)
            | ruff_python_ast::Stmt::Delete(_)
    );
    for s in m.body.iter().skip(1) {
        if compound {
            return Err(RawError::syntax(
                "invalid syntax",
                s.range().start().to_u32(),
            ));
        }
        // Statements on the first line (`a; b`) belong to the same
        // simple-statement line.
        if line_of(s.range().start().to_u32()) != first_line {
            return Err(RawError::syntax(
                "multiple statements found while compiling a single statement",
                first_end,
            ));
        }
    }
    Ok(m)
}

/// The offset of an error that CPython reports with no position (an empty
/// `eval` or `single` source): `LineTable::error` gives it line 0 or 1
/// (a source with text) and column 0.
pub const NO_POSITION: u32 = u32::MAX;

fn parse_as(source: &str, mode: Mode) -> Result<ModModule, RawError> {
    prescan(source)?;
    let options = ParseOptions::from(mode).with_target_version(PythonVersion::PY312);
    let parsed = ruff_python_parser::parse_unchecked(source, options);
    let mut first: Option<RawError> = None;
    let mut consider = |e: RawError| {
        if first.as_ref().is_none_or(|f| e.offset < f.offset) {
            first = Some(e);
        }
    };
    for e in parsed.errors() {
        let (msg, at) = (e.error.to_string(), e.location.start().to_u32());
        consider(
            super::patterns::parse_error(&msg, at, source)
                .unwrap_or_else(|| map_parse_error(&msg, at)),
        );
    }
    for e in parsed.unsupported_syntax_errors() {
        let text = e.to_string();
        // `except A, B:` is new syntax in 3.14; 3.11 refuses it so.
        let msg = if text.starts_with("Multiple exception types must be parenthesized") {
            "multiple exception types must be parenthesized".to_string()
        } else {
            format!("{text} (not supported by sandpy)")
        };
        consider(RawError::syntax(msg, e.range.start().to_u32()));
    }
    if let Some(e) = first {
        if e.msg == "unexpected indent" {
            return Err(indent_error(source, e.offset));
        }
        if e.msg == "expected an indented block" {
            return Err(block_error(source, e));
        }
        if e.msg == "missing closing quote in string literal" {
            return Err(unterminated_string(source, e.offset));
        }
        // At the end of the source with a bracket open, CPython names the
        // bracket (the innermost one still open).
        match brackets(source) {
            // A closing bracket with none open, or not the one open, is the
            // tokenizer's error, seen before any parser error after it.
            Some(Brackets::Unmatched(b, at, opener)) if off(at) <= e.offset => {
                let msg = match opener {
                    None => format!("unmatched '{}'", b as char),
                    Some((o, o_at)) => {
                        let same_line = !source.as_bytes()[o_at..at].contains(&b'\n');
                        let on = if same_line {
                            String::new()
                        } else {
                            let line = 1 + source.as_bytes()[..o_at]
                                .iter()
                                .filter(|&&c| c == b'\n')
                                .count();
                            format!(" on line {line}")
                        };
                        format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'{on}",
                            b as char, o as char
                        )
                    }
                };
                return Err(RawError::syntax(msg, off(at)));
            }
            Some(Brackets::Unclosed(b, at)) if e.msg == "unexpected EOF while parsing" => {
                return Err(RawError::syntax(
                    format!("'{}' was never closed", b as char),
                    off(at),
                ));
            }
            _ => {}
        }
        return Err(e);
    }
    match parsed.into_syntax() {
        Mod::Module(m) => Ok(m),
        Mod::Expression(e) => Ok(ModModule {
            node_index: Default::default(),
            range: e.range,
            body: std::iter::once(ruff_python_ast::Stmt::Expr(ruff_python_ast::StmtExpr {
                node_index: Default::default(),
                range: e.range,
                value: e.body,
            }))
            .collect(),
        }),
    }
}

/// "unexpected indent" at the line holding `offset`, placed as CPython
/// places it: on the indent's last blank.
fn indent_error(source: &str, offset: u32) -> RawError {
    let b = source.as_bytes();
    let at = (offset as usize).min(b.len());
    let start = b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let width = b[start..]
        .iter()
        .take_while(|&&c| matches!(c, b' ' | b'\t' | b'\x0c'))
        .count();
    RawError::new(
        "IndentationError",
        "unexpected indent",
        off(start + width.saturating_sub(1)),
    )
}

/// "expected an indented block" named after the statement that opened the
/// block, as CPython words it ("after 'if' statement on line 3").
fn block_error(source: &str, e: RawError) -> RawError {
    let b = source.as_bytes();
    let at = (e.offset as usize).min(b.len());
    let start = b[..at]
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    // The header is the last line before this one with code on it.
    let before = source.get(..start).unwrap_or("");
    let lines: Vec<&str> = before.split('\n').collect();
    let found = lines.iter().enumerate().rev().find_map(|(i, l)| {
        let t = l.trim();
        (!t.is_empty() && !t.starts_with('#')).then_some((i + 1, t))
    });
    let Some((line, text)) = found else {
        return e;
    };
    let word: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphabetic() || *c == '_')
        .collect();
    let what = match word.as_str() {
        "def" => "function definition".to_string(),
        "class" => "class definition".to_string(),
        "async" => return e,
        w @ ("if" | "elif" | "else" | "for" | "while" | "with" | "try" | "except" | "finally") => {
            format!("'{w}' statement")
        }
        _ => return e,
    };
    RawError::new(
        "IndentationError",
        format!("expected an indented block after {what} on line {line}"),
        e.offset,
    )
}

/// CPython's words for a string literal left open at `offset` (its quote):
/// a one-line literal ends at its line, a triple-quoted one at the end of
/// the source.
fn unterminated_string(source: &str, offset: u32) -> RawError {
    let b = source.as_bytes();
    let at = (offset as usize).min(b.len());
    let q = b[at..]
        .iter()
        .position(|&c| c == b'\'' || c == b'"')
        .map(|p| at + p);
    let triple = q.is_some_and(|q| b.get(q + 1) == b.get(q) && b.get(q + 2) == b.get(q));
    let line_at = |o: usize| 1 + b[..o.min(b.len())].iter().filter(|&&c| c == b'\n').count();
    let (what, line) = if triple {
        let end = source.trim_end_matches(['\n', '\r']).len();
        ("unterminated triple-quoted string literal", line_at(end))
    } else {
        ("unterminated string literal", line_at(at))
    };
    RawError::syntax(format!("{what} (detected at line {line})"), offset)
}

/// A bracket the tokenizer refuses, with its offset.
enum Brackets {
    /// A closing bracket with none open, or (with the opener and its
    /// offset) one that does not match the bracket open.
    Unmatched(u8, usize, Option<(u8, usize)>),
    /// The innermost bracket still open at the end.
    Unclosed(u8, usize),
}

/// The first closing bracket that does not match, else the innermost
/// bracket still open at the end of `source`; strings and comments are
/// skipped as the tokenizer does.
fn brackets(source: &str) -> Option<Brackets> {
    let b = source.as_bytes();
    let mut open: Vec<(u8, usize)> = Vec::new();
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        match c {
            b'#' => {
                while b.get(i).is_some_and(|&c| c != b'\n') {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                i += if triple { 3 } else { 1 };
                while let Some(&d) = b.get(i) {
                    if d == b'\\' {
                        i += 2;
                        continue;
                    }
                    if d == c && (!triple || (b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c)))
                    {
                        i += if triple { 2 } else { 0 };
                        break;
                    }
                    if d == b'\n' && !triple {
                        break;
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => open.push((c, i)),
            b')' | b']' | b'}' => match open.pop() {
                None => return Some(Brackets::Unmatched(c, i, None)),
                Some((o, at)) if !matches!((o, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) => {
                    return Some(Brackets::Unmatched(c, i, Some((o, at))));
                }
                Some(_) => {}
            },
            _ => {}
        }
        i += 1;
    }
    open.pop().map(|(c, at)| Brackets::Unclosed(c, at))
}

/// Translate ruff's wording into CPython's for the common cases.
fn map_parse_error(msg: &str, offset: u32) -> RawError {
    let lower = msg.to_ascii_lowercase();
    let (kind, text) = if lower.starts_with("unexpected indentation") {
        ("IndentationError", "unexpected indent".to_string())
    } else if lower.contains("unindent does not match") || lower.contains("indentation") {
        ("IndentationError", msg.to_string())
    } else if lower.starts_with("expected an indented block") {
        ("IndentationError", "expected an indented block".to_string())
    } else if lower.starts_with("expected ':'") || lower.starts_with("expected `:`") {
        ("SyntaxError", "expected ':'".to_string())
    } else if lower.starts_with("expected an identifier, but found a keyword")
        || lower.starts_with("expected a parameter or the end of the parameter list")
        || lower.starts_with("expected an expression")
        || lower.starts_with("expected a statement")
        || lower.starts_with("simple statements must be separated")
        || lower.starts_with("unexpected token")
    {
        ("SyntaxError", "invalid syntax".to_string())
    } else if lower.starts_with("unparenthesized generator expression cannot be used here") {
        (
            "SyntaxError",
            "Generator expression must be parenthesized".to_string(),
        )
    } else if lower.starts_with("invalid assignment target") {
        ("SyntaxError", "cannot assign to expression".to_string())
    } else if lower.starts_with("invalid delete target") {
        ("SyntaxError", "cannot delete expression".to_string())
    } else if lower.starts_with("positional argument cannot follow keyword argument unpacking") {
        (
            "SyntaxError",
            "positional argument follows keyword argument unpacking".to_string(),
        )
    } else if lower.starts_with("positional argument cannot follow keyword argument") {
        (
            "SyntaxError",
            "positional argument follows keyword argument".to_string(),
        )
    } else if lower.starts_with("cannot have both 'except' and 'except*' on the same 'try'")
        || lower.starts_with("expected one or more exception types")
    {
        // CPython words these in lower case, as ruff does otherwise.
        ("SyntaxError", lower.clone())
    } else if lower.contains("ipython escape") {
        (
            "SyntaxError",
            "IPython escape commands are not supported by sandpy".to_string(),
        )
    } else {
        ("SyntaxError", msg.to_string())
    };
    RawError::new(kind, text, offset)
}

/// What the prescan is looking at.
#[derive(Clone, Copy)]
enum Frame {
    /// Ordinary code; `field` is `Some(level)` inside an f-string replacement
    /// field whose `{` opened bracket level `level`.
    Code { field: Option<usize> },
    /// Inside a string literal.
    Str {
        quote: u8,
        triple: bool,
        fstring: bool,
    },
    /// Inside the format spec of an f-string field (literal text and `{...}`).
    Spec,
}

struct Prescan<'s> {
    src: &'s [u8],
    i: usize,
    frames: Vec<Frame>,
    /// Right-recursion chain counter per bracket level (index 0: no bracket).
    chains: Vec<u32>,
    chain_total: u32,
    /// Left-deep chain counter per bracket level.
    lefts: Vec<u32>,
    last_operand: bool,
    at_stmt_start: bool,
    indents: Vec<usize>,
    fstrings: usize,
}

fn too_deep(offset: usize) -> RawError {
    RawError::syntax(
        format!(
            "expression too deeply nested (sandpy limit {})",
            super::MAX_DEPTH
        ),
        u32::try_from(offset).unwrap_or(u32::MAX),
    )
}

/// A chain of right-recursive constructs past `MAX_CHAIN` (CPython's parser
/// runs out of its stack there: a MemoryError for `compile`).
fn too_long_chain(offset: usize) -> RawError {
    RawError::syntax(
        format!("expression too deeply nested (sandpy limit {MAX_CHAIN})"),
        u32::try_from(offset).unwrap_or(u32::MAX),
    )
}

fn off(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Refuse inputs nested deeper than the parser can safely recurse.
pub fn prescan(source: &str) -> Result<(), RawError> {
    let mut p = Prescan {
        src: source.as_bytes(),
        i: 0,
        frames: vec![Frame::Code { field: None }],
        chains: vec![0],
        chain_total: 0,
        lefts: vec![0],
        last_operand: false,
        at_stmt_start: true,
        indents: vec![0],
        fstrings: 0,
    };
    p.line_start()?;
    while p.i < p.src.len() {
        match p.frames.last().copied() {
            Some(Frame::Str {
                quote,
                triple,
                fstring,
            }) => p.string_char(quote, triple, fstring)?,
            Some(Frame::Spec) => p.spec_char()?,
            Some(Frame::Code { field }) => p.code_char(field)?,
            None => break,
        }
    }
    Ok(())
}

impl Prescan<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.src.get(self.i + k).copied().unwrap_or(0)
    }

    fn push_level(&mut self) -> Result<(), RawError> {
        if self.chains.len() > MAX_BRACKETS {
            return Err(RawError::syntax("too many nested parentheses", off(self.i)));
        }
        self.chains.push(0);
        self.lefts.push(0);
        Ok(())
    }

    fn pop_level(&mut self) {
        if self.chains.len() > 1 {
            let c = self.chains.pop().unwrap_or(0);
            self.chain_total = self.chain_total.saturating_sub(c);
            self.lefts.pop();
        }
    }

    fn bump_chain(&mut self) -> Result<(), RawError> {
        if let Some(c) = self.chains.last_mut() {
            *c += 1;
        }
        self.chain_total += 1;
        if self.chain_total > MAX_CHAIN {
            return Err(too_long_chain(self.i));
        }
        Ok(())
    }

    fn reset_chain(&mut self) {
        if let Some(c) = self.chains.last_mut() {
            self.chain_total = self.chain_total.saturating_sub(*c);
            *c = 0;
        }
        if let Some(l) = self.lefts.last_mut() {
            *l = 0;
        }
    }

    fn bump_left(&mut self) -> Result<(), RawError> {
        if let Some(l) = self.lefts.last_mut() {
            *l += 1;
            if *l > MAX_LEFT_CHAIN {
                return Err(too_deep(self.i));
            }
        }
        Ok(())
    }

    /// At the start of a physical line outside brackets: check indentation.
    fn line_start(&mut self) -> Result<(), RawError> {
        loop {
            let mut col = 0usize;
            let mut j = self.i;
            while let Some(&b) = self.src.get(j) {
                match b {
                    b' ' => col += 1,
                    b'\t' => col = (col / 8 + 1) * 8,
                    b'\x0c' => col = 0,
                    _ => break,
                }
                j += 1;
            }
            match self.src.get(j) {
                None => {
                    self.i = j;
                    return Ok(());
                }
                Some(b'\n') | Some(b'\r') | Some(b'#') => {
                    // Blank or comment-only line: skip it entirely.
                    while let Some(&b) = self.src.get(j) {
                        j += 1;
                        if b == b'\n' {
                            break;
                        }
                    }
                    self.i = j;
                    continue;
                }
                Some(_) => {}
            }
            self.i = j;
            let top = self.indents.last().copied().unwrap_or(0);
            if col > top {
                self.indents.push(col);
                if self.indents.len() > MAX_INDENT {
                    return Err(RawError::new(
                        "IndentationError",
                        "too many levels of indentation",
                        off(self.i),
                    ));
                }
            } else {
                while self.indents.last().is_some_and(|&t| t > col) {
                    self.indents.pop();
                }
            }
            return Ok(());
        }
    }

    fn string_char(&mut self, quote: u8, triple: bool, fstring: bool) -> Result<(), RawError> {
        let c = self.peek(0);
        if c == b'\\' {
            self.i += 2;
        } else if fstring && c == b'{' {
            if self.peek(1) == b'{' {
                self.i += 2;
            } else {
                self.push_level()?;
                let level = self.chains.len() - 1;
                self.frames.push(Frame::Code { field: Some(level) });
                self.last_operand = false;
                self.i += 1;
            }
        } else if c == quote {
            if !triple {
                self.end_string();
                self.i += 1;
            } else if self.peek(1) == quote && self.peek(2) == quote {
                self.end_string();
                self.i += 3;
            } else {
                self.i += 1;
            }
        } else if c == b'\n' && !triple {
            // Unterminated string: let the parser report it.
            self.end_string();
        } else {
            self.i += 1;
        }
        Ok(())
    }

    fn end_string(&mut self) {
        if let Some(Frame::Str { fstring: true, .. }) = self.frames.last() {
            self.fstrings = self.fstrings.saturating_sub(1);
        }
        self.frames.pop();
        self.last_operand = true;
    }

    fn spec_char(&mut self) -> Result<(), RawError> {
        match self.peek(0) {
            b'{' => {
                self.push_level()?;
                let level = self.chains.len() - 1;
                self.frames.push(Frame::Code { field: Some(level) });
                self.last_operand = false;
                self.i += 1;
            }
            b'}' => {
                // End of the format spec and of its field.
                self.frames.pop();
                self.close_field();
                self.i += 1;
            }
            b'\\' => self.i += 2,
            b'\n' => {
                // Malformed; leave the rest to the parser.
                self.frames.pop();
            }
            _ => self.i += 1,
        }
        Ok(())
    }

    fn close_field(&mut self) {
        if let Some(Frame::Code { field: Some(_) }) = self.frames.last() {
            self.frames.pop();
        }
        self.pop_level();
        self.last_operand = true;
    }

    fn code_char(&mut self, field: Option<usize>) -> Result<(), RawError> {
        let c = self.peek(0);
        let stmt_start = self.at_stmt_start;
        self.at_stmt_start = false;
        match c {
            b' ' | b'\t' | b'\x0c' => {
                self.at_stmt_start = stmt_start;
                self.i += 1;
            }
            b'#' => {
                self.at_stmt_start = stmt_start;
                while self.i < self.src.len() && self.peek(0) != b'\n' {
                    self.i += 1;
                }
            }
            b'\\' => {
                self.at_stmt_start = stmt_start;
                self.i += 1;
                if self.peek(0) == b'\r' {
                    self.i += 1;
                }
                if self.peek(0) == b'\n' {
                    self.i += 1;
                }
            }
            b'\n' | b'\r' => {
                self.i += 1;
                if self.chains.len() == 1 && field.is_none() {
                    self.reset_chain();
                    self.last_operand = false;
                    self.at_stmt_start = true;
                    if c == b'\r' && self.peek(0) == b'\n' {
                        self.i += 1;
                    }
                    self.line_start()?;
                } else {
                    self.at_stmt_start = stmt_start;
                }
            }
            b'\'' | b'"' => self.start_string(false)?,
            b'(' | b'[' | b'{' => {
                if self.last_operand {
                    self.bump_left()?;
                }
                self.push_level()?;
                self.last_operand = false;
                self.i += 1;
            }
            b')' | b']' | b'}' => {
                if c == b'}' && field.is_some_and(|l| l + 1 == self.chains.len()) {
                    self.close_field();
                } else {
                    self.pop_level();
                    self.last_operand = true;
                }
                self.i += 1;
            }
            b':' if field.is_some_and(|l| l + 1 == self.chains.len()) => {
                self.frames.push(Frame::Spec);
                self.i += 1;
            }
            b'!' if field.is_some_and(|l| l + 1 == self.chains.len()) && self.peek(1) != b'=' => {
                // Conversion `!r`: skip the letter.
                self.i += 2;
                self.last_operand = true;
            }
            b'0'..=b'9' => self.number(),
            b'.' if self.peek(1).is_ascii_digit() => self.number(),
            b'.' => {
                if self.peek(1) == b'.' && self.peek(2) == b'.' {
                    self.i += 3;
                    self.last_operand = true;
                } else {
                    self.bump_left()?;
                    self.i += 1;
                    self.last_operand = false;
                }
            }
            b',' | b';' => {
                self.reset_chain();
                self.last_operand = false;
                self.at_stmt_start = c == b';' && self.chains.len() == 1;
                self.i += 1;
            }
            b'_' | b'a'..=b'z' | b'A'..=b'Z' | 0x80..=0xff => self.word(stmt_start)?,
            _ => self.operator()?,
        }
        Ok(())
    }

    fn number(&mut self) {
        while let Some(&b) = self.src.get(self.i) {
            if (b == b'e' || b == b'E') && matches!(self.peek(1), b'+' | b'-') {
                self.i += 2;
            } else if b.is_ascii_alphanumeric() || b == b'_' || b == b'.' {
                self.i += 1;
            } else {
                break;
            }
        }
        self.last_operand = true;
    }

    fn start_string(&mut self, fstring: bool) -> Result<(), RawError> {
        let quote = self.peek(0);
        let triple = self.peek(1) == quote && self.peek(2) == quote;
        self.i += if triple { 3 } else { 1 };
        if fstring {
            self.fstrings += 1;
            if self.fstrings > MAX_FSTRING {
                return Err(RawError::syntax("too many nested f-strings", off(self.i)));
            }
        }
        self.frames.push(Frame::Str {
            quote,
            triple,
            fstring,
        });
        Ok(())
    }

    fn word(&mut self, stmt_start: bool) -> Result<(), RawError> {
        let start = self.i;
        while let Some(&b) = self.src.get(self.i) {
            if b == b'_' || b.is_ascii_alphanumeric() || b >= 0x80 {
                self.i += 1;
            } else {
                break;
            }
        }
        let word = self.src.get(start..self.i).unwrap_or(&[]);
        let next = self.peek(0);
        if (next == b'\'' || next == b'"') && word.len() <= 2 {
            let lower: Vec<u8> = word.iter().map(|b| b.to_ascii_lowercase()).collect();
            let valid = lower
                .iter()
                .all(|b| matches!(b, b'r' | b'b' | b'u' | b'f' | b't'));
            if valid {
                let fstring = lower.iter().any(|&b| b == b'f' || b == b't');
                return self.start_string(fstring);
            }
        }
        match word {
            b"not" | b"lambda" | b"await" | b"yield" => {
                self.bump_chain()?;
                self.last_operand = false;
            }
            b"if" | b"else" | b"elif" => {
                if !stmt_start {
                    self.bump_chain()?;
                }
                self.last_operand = false;
            }
            b"and" | b"or" | b"in" | b"is" | b"for" | b"from" | b"import" | b"as" => {
                if let Some(l) = self.lefts.last_mut() {
                    *l = 0;
                }
                self.last_operand = false;
            }
            b"True" | b"False" | b"None" => self.last_operand = true,
            b"def" | b"class" | b"return" | b"del" | b"assert" | b"raise" | b"global"
            | b"nonlocal" | b"while" | b"with" | b"try" | b"except" | b"finally" | b"pass"
            | b"break" | b"continue" | b"async" => self.last_operand = false,
            _ => self.last_operand = true,
        }
        Ok(())
    }

    fn operator(&mut self) -> Result<(), RawError> {
        let c = self.peek(0);
        let c1 = self.peek(1);
        let c2 = self.peek(2);
        let three = matches!(
            (c, c1, c2),
            (b'*', b'*', b'=') | (b'/', b'/', b'=') | (b'>', b'>', b'=') | (b'<', b'<', b'=')
        );
        if three {
            self.reset_chain();
            self.i += 3;
            self.last_operand = false;
            return Ok(());
        }
        let pair = [c, c1];
        match &pair {
            b"**" => {
                self.bump_chain()?;
                self.i += 2;
            }
            b"==" | b"!=" | b"<=" | b">=" | b"->" | b":=" => {
                if let Some(l) = self.lefts.last_mut() {
                    *l = 0;
                }
                self.i += 2;
            }
            b"+=" | b"-=" | b"*=" | b"/=" | b"%=" | b"&=" | b"|=" | b"^=" | b"@=" => {
                self.reset_chain();
                self.i += 2;
            }
            b"//" | b"<<" | b">>" => {
                self.bump_left()?;
                self.i += 2;
            }
            _ => {
                match c {
                    b'=' => self.reset_chain(),
                    b'-' | b'+' | b'*' | b'~' if !self.last_operand => self.bump_chain()?,
                    b'-' | b'+' | b'*' | b'/' | b'%' | b'@' | b'&' | b'|' | b'^' => {
                        self.bump_left()?
                    }
                    b'<' | b'>' => {
                        if let Some(l) = self.lefts.last_mut() {
                            *l = 0;
                        }
                    }
                    _ => {}
                }
                self.i += 1;
            }
        }
        self.last_operand = false;
        Ok(())
    }
}
