//! The pattern parser: pattern text (code points of a str, or bytes) to a
//! tree of [`Node`]s, with CPython 3.11's syntax, error messages and
//! error positions (`re._parser` is the reference for behaviour).
//!
//! Invariants:
//! - every flag that changes how a node matches (IGNORECASE, DOTALL,
//!   MULTILINE, ASCII) is resolved into the node here: the tree needs no
//!   flags to be run. Global inline flags are only accepted at the start
//!   (as in 3.11), so they are known before any node is built;
//! - nesting of groups recurses on the Rust stack through `depth`, which
//!   the caller bounds (`Limits::depth`): too deep a pattern is a
//!   RecursionError, as CPython's recursive parser gives one.

use super::chars::{Cat, Fold, Item};

pub const MAXREPEAT: u32 = u32::MAX;
pub const MAXGROUPS: usize = 1_073_741_823;

pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG | F_TEMPLATE;

/// An assertion at a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `\A`, and `^` without MULTILINE.
    Beginning,
    /// `^` with MULTILINE.
    BeginningLine,
    /// `$` without MULTILINE: the end, or before a newline that ends it.
    EndDollar,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    /// `\b` (the flag: Unicode word characters).
    Boundary(bool),
    /// `\B`.
    NonBoundary(bool),
}

/// How a repeat backtracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

/// A parsed pattern element.
#[derive(Clone, Debug)]
pub enum Node {
    /// A character, compared under the fold.
    Lit(u32, Fold),
    /// Any character but this one (`[^x]`).
    NotLit(u32, Fold),
    /// `.` (the flag: DOTALL).
    Any(bool),
    /// A class: items, negated, fold, Unicode categories.
    Set(Vec<Item>, bool, Fold, bool),
    At(At),
    Cat(Vec<Node>),
    Alt(Vec<Node>),
    /// A capturing group (number, contents).
    Group(usize, Box<Node>),
    Repeat {
        min: u32,
        max: u32,
        kind: RepeatKind,
        node: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        node: Box<Node>,
    },
    /// A backreference (group, how letters compare).
    Backref(usize, Fold),
    /// `(?(group)yes|no)`.
    Cond(usize, Box<Node>, Option<Box<Node>>),
}

/// What a failed parse raises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseError {
    /// `re.error(msg, pattern, pos)`; no position for some compile errors.
    Re(String, Option<usize>),
    Value(String),
    Overflow(String),
    /// Nesting deeper than the caller allows.
    Recursion,
}

type PResult<T> = Result<T, ParseError>;

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    /// The final flags (UNICODE added for a str pattern without ASCII).
    pub flags: u32,
    /// Number of groups, not counting group 0.
    pub groups: usize,
    /// Group names with their numbers, in order of definition.
    pub names: Vec<(String, usize)>,
}

/// One token: a character, or a backslash with the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Tok {
    c: u32,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        if self.esc { 2 } else { 1 }
    }
    fn is(self, c: char) -> bool {
        !self.esc && self.c == c as u32
    }
    fn text(self) -> String {
        let mut s = String::new();
        if self.esc {
            s.push('\\');
        }
        s.push(char::from_u32(self.c).unwrap_or('\u{fffd}'));
        s
    }
}

struct Parser<'a> {
    s: &'a [u32],
    is_str: bool,
    index: usize,
    next: Option<Tok>,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    lookbehind_groups: Option<usize>,
    condref_pos: Vec<(usize, usize)>,
    depth: usize,
    max_depth: usize,
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(t) if !t.esc && (b'0' as u32..=b'9' as u32).contains(&t.c))
}

fn is_oct(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_hex(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_hexdigit()
}

impl Parser<'_> {
    fn advance(&mut self) -> PResult<()> {
        let i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        if c == b'\\' as u32 {
            match self.s.get(i + 1) {
                Some(&d) => {
                    self.index = i + 2;
                    self.next = Some(Tok { c: d, esc: true });
                }
                None => {
                    return Err(ParseError::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.s.len() - 1),
                    ));
                }
            }
        } else {
            self.index = i + 1;
            self.next = Some(Tok { c, esc: false });
        }
        Ok(())
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, i: usize) -> PResult<()> {
        self.index = i;
        self.advance()
    }

    fn err(&self, msg: impl Into<String>, offset: usize) -> ParseError {
        let mut msg = msg.into();
        if !self.is_str {
            msg = ascii_backslash(&msg);
        }
        ParseError::Re(msg, Some(self.tell().saturating_sub(offset)))
    }

    /// Read up to `n` characters of `pred` (plain ones, not escapes).
    fn get_while(&mut self, n: usize, pred: fn(u32) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.esc && pred(t.c) => {
                    out.push(char::from_u32(t.c).unwrap_or('\u{fffd}'));
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// Read a name up to `term` (`group name`, `character name`).
    fn get_until(&mut self, term: char, what: &str) -> PResult<String> {
        let mut out = String::new();
        loop {
            let t = self.next;
            self.advance()?;
            match t {
                None => {
                    if out.is_empty() {
                        return Err(self.err(format!("missing {what}"), 0));
                    }
                    let n = out.chars().count();
                    return Err(self.err(format!("missing {term}, unterminated name"), n));
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return Err(self.err(format!("missing {what}"), 1));
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !crate::types::str_algo::isidentifier(name) {
            let msg = format!("bad character in group name {}", py_repr(name));
            return Err(self.err(msg, name.chars().count() + offset));
        }
        Ok(())
    }

    fn check_group(&self, g: usize) -> bool {
        g < self.groups + 1 && !self.open.contains(&g)
    }

    fn check_lookbehind_group(&self, g: usize) -> PResult<()> {
        if let Some(lb) = self.lookbehind_groups {
            if !self.check_group(g) {
                return Err(self.err("cannot refer to an open group", 0));
            }
            if g >= lb {
                return Err(self.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn fold(&self, flags: u32) -> Fold {
        if flags & F_IGNORECASE == 0 {
            Fold::None
        } else if !self.is_str || flags & (F_ASCII | F_LOCALE) != 0 {
            Fold::Ascii
        } else {
            Fold::Unicode
        }
    }

    fn unicode(&self, flags: u32) -> bool {
        self.is_str && flags & F_ASCII == 0
    }

    fn lit(&self, c: u32, flags: u32) -> Node {
        let f = self.fold(flags);
        if f != Fold::None && !super::chars::is_cased(c, f) {
            Node::Lit(c, Fold::None)
        } else {
            Node::Lit(c, f)
        }
    }

    fn cat(&self, cat: Cat, neg: bool, flags: u32) -> Node {
        Node::Set(
            vec![Item::Cat(cat, neg)],
            false,
            Fold::None,
            self.unicode(flags),
        )
    }

    /// The escapes shared by classes and patterns: `\x \u \U \N`, plain
    /// escaped characters. `t` is the escape token.
    fn escape_code(&mut self, t: Tok, in_class: bool) -> PResult<Esc> {
        let c = t.c;
        let ch = char::from_u32(c).unwrap_or('\u{fffd}');
        let simple = match ch {
            'a' => Some(7),
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            'b' if in_class => Some(8),
            _ => None,
        };
        if let Some(v) = simple {
            return Ok(Esc::Lit(v));
        }
        let category = match ch {
            'd' => Some((Cat::Digit, false)),
            'D' => Some((Cat::Digit, true)),
            's' => Some((Cat::Space, false)),
            'S' => Some((Cat::Space, true)),
            'w' => Some((Cat::Word, false)),
            'W' => Some((Cat::Word, true)),
            _ => None,
        };
        if let Some((cat, neg)) = category {
            return Ok(Esc::Cat(cat, neg));
        }
        if !in_class {
            let at = match ch {
                'A' => Some(At::Beginning),
                'Z' => Some(At::EndString),
                'b' => Some(At::Boundary(false)),
                'B' => Some(At::NonBoundary(false)),
                _ => None,
            };
            if let Some(a) = at {
                return Ok(Esc::At(a));
            }
        }
        let mut esc = t.text();
        let hex = |p: &mut Self, esc: &mut String, n: usize| -> PResult<u32> {
            esc.push_str(&p.get_while(n, is_hex)?);
            if esc.chars().count() != n + 2 {
                let l = esc.chars().count();
                return Err(p.err(format!("incomplete escape {esc}"), l));
            }
            Ok(u32::from_str_radix(&esc[2..], 16).unwrap_or(0))
        };
        match ch {
            'x' => return Ok(Esc::Lit(hex(self, &mut esc, 2)?)),
            'u' if self.is_str => return Ok(Esc::Lit(hex(self, &mut esc, 4)?)),
            'U' if self.is_str => {
                let v = hex(self, &mut esc, 8)?;
                if char::from_u32(v).is_none() && !(0xd800..0xe000).contains(&v) {
                    return Err(self.err(format!("bad escape {esc}"), esc.chars().count()));
                }
                return Ok(Esc::Lit(v));
            }
            'N' if self.is_str => {
                if !self.matches('{')? {
                    return Err(self.err("missing {", 0));
                }
                let name = self.get_until('}', "character name")?;
                return Err(self.err(
                    format!("undefined character name {}", py_repr(&name)),
                    name.chars().count() + 4,
                ));
            }
            _ => {}
        }
        if in_class && is_oct(c) {
            esc.push_str(&self.get_while(2, is_oct)?);
            let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return Err(self.err(
                    format!("octal escape value {esc} outside of range 0-0o377"),
                    esc.len(),
                ));
            }
            return Ok(Esc::Lit(v));
        }
        if !in_class && ch == '0' {
            esc.push_str(&self.get_while(2, is_oct)?);
            return Ok(Esc::Lit(u32::from_str_radix(&esc[1..], 8).unwrap_or(0)));
        }
        if !in_class && ch.is_ascii_digit() {
            if is_digit(self.next) {
                let d = self.get()?.map_or(0, |t| t.c);
                esc.push(char::from_u32(d).unwrap_or('0'));
                let e: Vec<char> = esc.chars().collect();
                if is_oct(e[1] as u32)
                    && is_oct(e[2] as u32)
                    && let Some(n) = self.next.filter(|t| !t.esc && is_oct(t.c))
                {
                    self.advance()?;
                    esc.push(char::from_u32(n.c).unwrap_or('0'));
                    let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return Err(self.err(
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.len(),
                        ));
                    }
                    return Ok(Esc::Lit(v));
                }
            }
            let g: usize = esc[1..].parse().unwrap_or(usize::MAX);
            if g < self.groups + 1 {
                if !self.check_group(g) {
                    return Err(self.err("cannot refer to an open group", esc.len()));
                }
                self.check_lookbehind_group(g)?;
                return Ok(Esc::Ref(g));
            }
            return Err(self.err(format!("invalid group reference {g}"), esc.len() - 1));
        }
        if in_class && ch.is_ascii_digit() {
            return Err(self.err(format!("bad escape {esc}"), esc.chars().count()));
        }
        if ch.is_ascii_alphabetic() {
            return Err(self.err(format!("bad escape {esc}"), 2));
        }
        Ok(Esc::Lit(c))
    }

    /// `a|b|c`.
    fn parse_sub(&mut self, verbose: bool, nested: usize) -> PResult<Node> {
        let mut items = Vec::new();
        let mut verbose = verbose;
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse_seq(&mut verbose, nested + 1, first)?);
            if !self.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.flags & F_VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or(Node::Cat(Vec::new())));
        }
        Ok(Node::Alt(items))
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > self.max_depth {
            return Err(ParseError::Recursion);
        }
        Ok(())
    }

    /// A sequence, up to `|`, `)` or the end. `verbose` is updated by
    /// global flags at the start.
    fn parse_seq(&mut self, verbose: &mut bool, nested: usize, first: bool) -> PResult<Node> {
        self.enter()?;
        let r = self.parse_seq_inner(verbose, nested, first);
        self.depth -= 1;
        r
    }

    fn parse_seq_inner(&mut self, verbose: &mut bool, nested: usize, first: bool) -> PResult<Node> {
        let mut seq: Vec<Node> = Vec::new();
        // Whether the last node of `seq` is a repeat (for "multiple repeat").
        let mut last_repeat = false;
        // Whether the last item is a group without flags or capture, whose
        // contents may be repeated.
        let flags = self.flags;
        self.parse_items(&mut seq, &mut last_repeat, verbose, nested, first, flags)?;
        Ok(if seq.len() == 1 {
            seq.pop().unwrap_or(Node::Cat(Vec::new()))
        } else {
            Node::Cat(seq)
        })
    }

    fn parse_items(
        &mut self,
        seq: &mut Vec<Node>,
        last_repeat: &mut bool,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        _flags: u32,
    ) -> PResult<()> {
        let ws = |c: u32| matches!(c, 32 | 9 | 10 | 13 | 11 | 12);
        // Global flags are accepted only before any item: `added` says
        // whether one came.
        let mut added = false;
        // Whether the last item is a bare assertion (`^`, `\b`...): CPython
        // refuses to repeat those, but not a group holding one.
        let mut at_len: Option<usize> = None;
        while let Some(this) = self.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.advance()?;
            let flags = self.flags_now();
            if *verbose && !this.esc {
                if ws(this.c) {
                    continue;
                }
                if this.c == b'#' as u32 {
                    loop {
                        match self.get()? {
                            None => break,
                            Some(t) if t.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if this.esc {
                let node = match self.escape_code(this, false)? {
                    Esc::Lit(c) => self.lit(c, flags),
                    Esc::Cat(cat, neg) => self.cat(cat, neg, flags),
                    Esc::At(At::Boundary(_)) => Node::At(At::Boundary(self.unicode(flags))),
                    Esc::At(At::NonBoundary(_)) => Node::At(At::NonBoundary(self.unicode(flags))),
                    Esc::At(a) => Node::At(a),
                    Esc::Ref(g) => Node::Backref(g, self.fold(flags)),
                };
                let is_at = matches!(node, Node::At(_));
                seq.push(node);
                if is_at {
                    at_len = Some(seq.len());
                }
                *last_repeat = false;
                added = true;
                continue;
            }
            let ch = char::from_u32(this.c).unwrap_or('\u{fffd}');
            match ch {
                '[' => {
                    let node = self.parse_class(flags)?;
                    seq.push(node);
                    *last_repeat = false;
                }
                '*' | '+' | '?' | '{' => {
                    let here = self.tell();
                    let (min, max) = match ch {
                        '?' => (0, 1),
                        '*' => (0, MAXREPEAT),
                        '+' => (1, MAXREPEAT),
                        _ => {
                            if self.next.is_some_and(|t| t.is('}')) {
                                seq.push(self.lit(this.c, flags));
                                *last_repeat = false;
                                added = true;
                                continue;
                            }
                            let lo = self.get_while(usize::MAX, |c| {
                                (b'0' as u32..=b'9' as u32).contains(&c)
                            })?;
                            let hi = if self.matches(',')? {
                                self.get_while(usize::MAX, |c| {
                                    (b'0' as u32..=b'9' as u32).contains(&c)
                                })?
                            } else {
                                lo.clone()
                            };
                            if !self.matches('}')? {
                                seq.push(self.lit(this.c, flags));
                                *last_repeat = false;
                                added = true;
                                self.seek(here)?;
                                continue;
                            }
                            let big = |s: &str| -> PResult<u32> {
                                let v = s.parse::<u64>().unwrap_or(u64::MAX);
                                if v >= MAXREPEAT as u64 {
                                    return Err(ParseError::Overflow(
                                        "the repetition number is too large".into(),
                                    ));
                                }
                                Ok(v as u32)
                            };
                            let min = if lo.is_empty() { 0 } else { big(&lo)? };
                            let mut max = MAXREPEAT;
                            if !hi.is_empty() {
                                max = big(&hi)?;
                                if max < min {
                                    return Err(self.err(
                                        "min repeat greater than max repeat",
                                        self.tell() - here,
                                    ));
                                }
                            }
                            (min, max)
                        }
                    };
                    let back = self.tell() - here + 1;
                    let Some(item) = seq.pop() else {
                        return Err(self.err("nothing to repeat", back));
                    };
                    if at_len == Some(seq.len() + 1) {
                        return Err(self.err("nothing to repeat", back));
                    }
                    if *last_repeat {
                        return Err(self.err("multiple repeat", back));
                    }
                    let kind = if self.matches('?')? {
                        RepeatKind::Lazy
                    } else if self.matches('+')? {
                        RepeatKind::Possessive
                    } else {
                        RepeatKind::Greedy
                    };
                    seq.push(Node::Repeat {
                        min,
                        max,
                        kind,
                        node: Box::new(item),
                    });
                    *last_repeat = true;
                    added = true;
                    continue;
                }
                '.' => {
                    seq.push(Node::Any(flags & F_DOTALL != 0));
                    *last_repeat = false;
                }
                '(' => {
                    let start = self.tell() - 1;
                    match self.parse_group(start, *verbose, nested, first && !added)? {
                        GroupOut::Node(n) => {
                            seq.push(n);
                            *last_repeat = false;
                        }
                        GroupOut::Nothing => continue,
                        GroupOut::Global => {
                            *verbose = self.flags & F_VERBOSE != 0;
                            continue;
                        }
                    }
                }
                '^' => {
                    seq.push(Node::At(if flags & F_MULTILINE != 0 {
                        At::BeginningLine
                    } else {
                        At::Beginning
                    }));
                    at_len = Some(seq.len());
                    *last_repeat = false;
                }
                '$' => {
                    seq.push(Node::At(if flags & F_MULTILINE != 0 {
                        At::EndLine
                    } else {
                        At::EndDollar
                    }));
                    at_len = Some(seq.len());
                    *last_repeat = false;
                }
                _ => {
                    seq.push(self.lit(this.c, flags));
                    *last_repeat = false;
                }
            }
            added = true;
        }
        Ok(())
    }

    /// The flags in force at the current point (global plus scoped).
    fn flags_now(&self) -> u32 {
        self.flags
    }

    fn parse_class(&mut self, flags: u32) -> PResult<Node> {
        let here = self.tell() - 1;
        let negate = self.matches('^')?;
        let mut items: Vec<Item> = Vec::new();
        let mut any = false;
        loop {
            let Some(this) = self.get()? else {
                return Err(self.err("unterminated character set", self.tell() - here));
            };
            if this.is(']') && any {
                break;
            }
            any = true;
            let code1 = if this.esc {
                self.escape_code(this, true)?
            } else {
                Esc::Lit(this.c)
            };
            if self.matches('-')? {
                let Some(that) = self.get()? else {
                    return Err(self.err("unterminated character set", self.tell() - here));
                };
                if that.is(']') {
                    items.push(code1.item());
                    items.push(Item::Range(45, 45));
                    break;
                }
                let code2 = if that.esc {
                    self.escape_code(that, true)?
                } else {
                    Esc::Lit(that.c)
                };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let off = this.len() + 1 + that.len();
                match (code1, code2) {
                    (Esc::Lit(lo), Esc::Lit(hi)) if hi >= lo => items.push(Item::Range(lo, hi)),
                    _ => return Err(self.err(msg, off)),
                }
            } else {
                items.push(code1.item());
            }
        }
        let fold = self.fold(flags);
        if let [Item::Range(a, b)] = items[..]
            && a == b
        {
            let lit = self.lit(a, flags);
            if !negate {
                return Ok(lit);
            }
            if let Node::Lit(c, f) = lit {
                return Ok(Node::NotLit(c, f));
            }
        }
        Ok(Node::Set(items, negate, fold, self.unicode(flags)))
    }

    fn parse_group(
        &mut self,
        start: usize,
        verbose: bool,
        nested: usize,
        first: bool,
    ) -> PResult<GroupOut> {
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add = 0u32;
        let mut del = 0u32;
        if self.matches('?')? {
            let Some(c) = self.get()? else {
                return Err(self.err("unexpected end of pattern", 0));
            };
            let ch = if c.esc {
                '\\'
            } else {
                char::from_u32(c.c).unwrap_or('\u{fffd}')
            };
            match ch {
                'P' => {
                    if self.matches('<')? {
                        let n = self.get_until('>', "group name")?;
                        self.check_group_name(&n, 1)?;
                        name = Some(n);
                    } else if self.matches('=')? {
                        let n = self.get_until(')', "group name")?;
                        self.check_group_name(&n, 1)?;
                        let l = n.chars().count() + 1;
                        let Some(&(_, g)) = self.names.iter().find(|(m, _)| *m == n) else {
                            return Err(self.err(format!("unknown group name {}", py_repr(&n)), l));
                        };
                        if !self.check_group(g) {
                            return Err(self.err("cannot refer to an open group", l));
                        }
                        self.check_lookbehind_group(g)?;
                        return Ok(GroupOut::Node(Node::Backref(g, self.fold(self.flags))));
                    } else {
                        let Some(c2) = self.get()? else {
                            return Err(self.err("unexpected end of pattern", 0));
                        };
                        let t = c2.text();
                        return Err(self.err(format!("unknown extension ?P{t}"), c2.len() + 2));
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.next.is_none() {
                            return Err(
                                self.err("missing ), unterminated comment", self.tell() - start)
                            );
                        }
                        if self.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(GroupOut::Nothing);
                }
                '=' | '!' | '<' => {
                    let mut kind = ch;
                    let behind = ch == '<';
                    let saved_lb = self.lookbehind_groups;
                    if behind {
                        let Some(c2) = self.get()? else {
                            return Err(self.err("unexpected end of pattern", 0));
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            let t = c2.text();
                            return Err(self.err(format!("unknown extension ?<{t}"), c2.len() + 2));
                        }
                        kind = if c2.is('=') { '=' } else { '!' };
                        if saved_lb.is_none() {
                            self.lookbehind_groups = Some(self.groups + 1);
                        }
                    }
                    let saved = self.flags;
                    let p = self.nested_sub(verbose, nested)?;
                    self.flags = saved;
                    if behind && saved_lb.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.matches(')')? {
                        return Err(
                            self.err("missing ), unterminated subpattern", self.tell() - start)
                        );
                    }
                    return Ok(GroupOut::Node(Node::Look {
                        behind,
                        negate: kind == '!',
                        node: Box::new(p),
                    }));
                }
                '(' => return self.parse_cond(start, verbose, nested).map(GroupOut::Node),
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if !c.esc && (FLAG_CHARS.contains(ch) || ch == '-') => {
                    match self.parse_flags(ch)? {
                        None => {
                            if !first {
                                return Err(self.err(
                                    "global flags not at the start of the expression",
                                    self.tell() - start,
                                ));
                            }
                            return Ok(GroupOut::Global);
                        }
                        Some((a, d)) => {
                            add = a;
                            del = d;
                            capture = false;
                        }
                    }
                }
                _ => {
                    let t = c.text();
                    return Err(self.err(format!("unknown extension ?{t}"), c.len() + 1));
                }
            }
        }
        let group = if capture {
            let g = self.groups + 1;
            if g > MAXGROUPS {
                return Err(ParseError::Re("too many groups".into(), None));
            }
            if let Some(n) = &name {
                if let Some(&(_, old)) = self.names.iter().find(|(m, _)| m == n) {
                    let msg = format!(
                        "redefinition of group name {} as group {g}; was group {old}",
                        py_repr(n)
                    );
                    return Err(self.err(msg, n.chars().count() + 1));
                }
                self.names.push((n.clone(), g));
            }
            self.groups = g;
            self.open.push(g);
            Some(g)
        } else {
            None
        };
        let sub_verbose = (verbose || add & F_VERBOSE != 0) && del & F_VERBOSE == 0;
        let saved = self.flags;
        self.flags = (self.flags | add) & !del;
        let p = self.nested_sub(sub_verbose, nested);
        self.flags = saved;
        let p = p?;
        if !self.matches(')')? {
            return Err(self.err("missing ), unterminated subpattern", self.tell() - start));
        }
        if let Some(g) = group {
            self.open.retain(|&o| o != g);
        }
        Ok(GroupOut::Node(match group {
            Some(g) => Node::Group(g, Box::new(p)),
            None if atomic => Node::Atomic(Box::new(p)),
            None => p,
        }))
    }

    fn nested_sub(&mut self, verbose: bool, nested: usize) -> PResult<Node> {
        self.enter()?;
        let r = self.parse_sub(verbose, nested + 1);
        self.depth -= 1;
        r
    }

    fn parse_cond(&mut self, start: usize, verbose: bool, nested: usize) -> PResult<Node> {
        let name = self.get_until(')', "group name")?;
        let l = name.chars().count() + 1;
        let g = if crate::types::str_algo::isidentifier(&name) {
            match self.names.iter().find(|(m, _)| *m == name) {
                Some(&(_, g)) => g,
                None => {
                    return Err(self.err(format!("unknown group name {}", py_repr(&name)), l));
                }
            }
        } else {
            let bad = || format!("bad character in group name {}", py_repr(&name));
            let digits: String = name.trim().to_string();
            let Some(g) = parse_py_int(&digits) else {
                return Err(self.err(bad(), l));
            };
            if g == 0 {
                return Err(self.err("bad group number", l));
            }
            if g >= MAXGROUPS {
                return Err(self.err(format!("invalid group reference {g}"), l));
            }
            if !self.condref_pos.iter().any(|&(x, _)| x == g) {
                self.condref_pos.push((g, self.tell() - l));
            }
            g
        };
        self.check_lookbehind_group(g)?;
        let mut v = verbose;
        self.enter()?;
        let yes = self.parse_seq(&mut v, nested + 1, false);
        self.depth -= 1;
        let yes = yes?;
        let no = if self.matches('|')? {
            self.enter()?;
            let no = self.parse_seq(&mut v, nested + 1, false);
            self.depth -= 1;
            let no = no?;
            if self.next.is_some_and(|t| t.is('|')) {
                return Err(self.err("conditional backref with more than two branches", 0));
            }
            Some(Box::new(no))
        } else {
            None
        };
        if !self.matches(')')? {
            return Err(self.err("missing ), unterminated subpattern", self.tell() - start));
        }
        Ok(Node::Cond(g, Box::new(yes), no))
    }

    /// Inline flags after `(?`, `ch` being the first: None for global
    /// flags (`(?i)`), else the flags added and removed by `(?i-s:...)`.
    fn parse_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        let mut add = 0u32;
        let mut del = 0u32;
        let mut ch = Some(first);
        if first != '-' {
            loop {
                let c = ch.unwrap_or(' ');
                let f = flag_of(c);
                if self.is_str && c == 'L' {
                    return Err(self.err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    ));
                }
                if !self.is_str && c == 'u' {
                    return Err(self.err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add |= f;
                if f & TYPE_FLAGS != 0 && add & TYPE_FLAGS != f {
                    return Err(self.err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(t) = self.get()? else {
                    return Err(self.err("missing -, : or )", 0));
                };
                let tc = if t.esc {
                    '\\'
                } else {
                    char::from_u32(t.c).unwrap_or('\u{fffd}')
                };
                if !t.esc && ")-:".contains(tc) {
                    ch = Some(tc);
                    break;
                }
                if t.esc || !FLAG_CHARS.contains(tc) {
                    let msg = if !t.esc && tc.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return Err(self.err(msg, t.len()));
                }
                ch = Some(tc);
            }
        }
        if ch == Some(')') {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return Err(self.err("bad inline flags: cannot turn on global flag", 1));
        }
        if ch == Some('-') {
            let Some(t) = self.get()? else {
                return Err(self.err("missing flag", 0));
            };
            let mut tc = if t.esc {
                '\\'
            } else {
                char::from_u32(t.c).unwrap_or('\u{fffd}')
            };
            if t.esc || !FLAG_CHARS.contains(tc) {
                let msg = if !t.esc && tc.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return Err(self.err(msg, t.len()));
            }
            loop {
                let f = flag_of(tc);
                if f & TYPE_FLAGS != 0 {
                    return Err(self.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del |= f;
                let Some(t) = self.get()? else {
                    return Err(self.err("missing :", 0));
                };
                tc = if t.esc {
                    '\\'
                } else {
                    char::from_u32(t.c).unwrap_or('\u{fffd}')
                };
                if !t.esc && tc == ':' {
                    break;
                }
                if t.esc || !FLAG_CHARS.contains(tc) {
                    let msg = if !t.esc && tc.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return Err(self.err(msg, t.len()));
                }
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return Err(self.err("bad inline flags: cannot turn off global flag", 1));
        }
        if add & del != 0 {
            return Err(self.err("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add, del)))
    }
}

const FLAG_CHARS: &str = "iLmsxatu";

fn flag_of(c: char) -> u32 {
    match c {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        't' => F_TEMPLATE,
        'u' => F_UNICODE,
        _ => 0,
    }
}

/// Python's `int(s)` for a group number written in a conditional (digits,
/// possibly with an underscore between them, and any Unicode decimal).
fn parse_py_int(s: &str) -> Option<usize> {
    let s = s.strip_prefix('+').unwrap_or(s);
    if s.is_empty() || s.starts_with('_') || s.ends_with('_') || s.contains("__") {
        return None;
    }
    let mut v: usize = 0;
    for c in s.chars() {
        if c == '_' {
            continue;
        }
        let d = c
            .to_digit(10)
            .or_else(|| crate::types::str_algo::is_decimal(c).then(|| decimal_value(c)))?;
        v = v.checked_mul(10)?.checked_add(d as usize)?;
    }
    Some(v)
}

fn decimal_value(c: char) -> u32 {
    let mut z = c as u32;
    while z > 0 && crate::types::str_algo::is_decimal(char::from_u32(z - 1).unwrap_or('x')) {
        z -= 1;
    }
    (c as u32 - z) % 10
}

enum GroupOut {
    Node(Node),
    /// A comment.
    Nothing,
    /// Global flags, now in `flags`.
    Global,
}

enum Esc {
    Lit(u32),
    Cat(Cat, bool),
    At(At),
    Ref(usize),
}

impl Esc {
    fn item(self) -> Item {
        match self {
            Esc::Lit(c) => Item::Range(c, c),
            Esc::Cat(c, n) => Item::Cat(c, n),
            Esc::At(_) | Esc::Ref(_) => Item::Range(0, 0),
        }
    }
}

/// `repr(s)` as Python writes it.
pub fn py_repr(s: &str) -> String {
    crate::types::str_algo::str_repr(s)
}

/// `s.encode('ascii', 'backslashreplace').decode()`.
fn ascii_backslash(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let v = c as u32;
        if v < 0x80 {
            out.push(c);
        } else if v < 0x100 {
            out.push_str(&format!("\\x{v:02x}"));
        } else if v < 0x10000 {
            out.push_str(&format!("\\u{v:04x}"));
        } else {
            out.push_str(&format!("\\U{v:08x}"));
        }
    }
    out
}

/// Parse a pattern: `s` holds its code points (a str's) or bytes;
/// `max_depth` bounds the nesting of groups.
pub fn parse(s: &[u32], is_str: bool, flags: u32, max_depth: usize) -> PResult<Parsed> {
    let mut p = Parser {
        s,
        is_str,
        index: 0,
        next: None,
        flags,
        groups: 0,
        names: Vec::new(),
        open: Vec::new(),
        lookbehind_groups: None,
        condref_pos: Vec::new(),
        depth: 0,
        max_depth,
    };
    p.advance()?;
    let node = p.parse_sub(flags & F_VERBOSE != 0, 0)?;
    let mut fl = p.flags;
    if is_str {
        if fl & F_LOCALE != 0 {
            return Err(ParseError::Value(
                "cannot use LOCALE flag with a str pattern".into(),
            ));
        }
        if fl & F_ASCII == 0 {
            fl |= F_UNICODE;
        } else if fl & F_UNICODE != 0 {
            return Err(ParseError::Value(
                "ASCII and UNICODE flags are incompatible".into(),
            ));
        }
    } else {
        if fl & F_UNICODE != 0 {
            return Err(ParseError::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if fl & F_LOCALE != 0 && fl & F_ASCII != 0 {
            return Err(ParseError::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
    }
    if p.next.is_some() {
        return Err(p.err("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &p.condref_pos {
        if g > p.groups {
            return Err(ParseError::Re(
                format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    Ok(Parsed {
        node,
        flags: fl,
        groups: p.groups,
        names: p.names,
    })
}
