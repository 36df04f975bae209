//! `_re`, the native engine of the `re` module (whose Python layer is
//! `src/stdlib/re.py`): compiling a pattern to a program and running it.
//!
//! - `compile(pattern, flags)` parses (parse.rs) and compiles (compile.rs)
//!   a str or bytes pattern; it returns `(program, flags, groups, names)`,
//!   or `(None, message, position)` for a bad pattern, which the Python
//!   layer raises as `re.error` (ValueError, OverflowError and
//!   RecursionError are raised here, as CPython raises them);
//! - `run(program, string, pos, endpos, mode, advance)` runs it once
//!   (exec.rs) and `scan(program, string, pos, endpos, advance, count)`
//!   finds successive matches (findall, finditer, sub, split); a match is
//!   a tuple `(lastindex, start0, end0, start1, end1, ...)` with -1 for a
//!   group that did not take part; given re.py's Match class, the pattern
//!   and the bounds as four more arguments, they make the Match objects
//!   themselves (matchobj.rs);
//! - `findall`, `split`, `sub` (a template's pieces) and `subf` (a
//!   callable, called with each Match) do those methods' loops here;
//!   `match_group` is Match.group and Match.__getitem__;
//! - `cache()` is this sandbox's compile cache (a dict in
//!   `Vm::native_state`: the module itself is built once per runtime and
//!   shared frozen, modules/shared.rs).
//!
//! Invariants: a program is immutable and `Send + Sync` (a shared host
//! object, so a compiled pattern can be frozen and shared); the matcher
//! charges its steps to `vm.work` and refuses the growth of its backtrack
//! stack past the memory cap (`vm.reserve_memory`); the parser's nesting is
//! bounded by the recursion limit (RecursionError, as in CPython).

mod chars;
mod compile;
mod exec;
mod matchobj;
mod parse;

use std::sync::Arc;

use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, Exc, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use self::compile::Program;
use self::exec::{Matcher, Mode, Subject};
use self::matchobj::MatchMaker;
use self::parse::ParseError;
use super::{def, set};
use crate::builtins::positional;

/// The type of compiled programs (opaque to Python code).
static PROGRAM_TYPE: HostType = HostType::new("_re.Program");

/// A compiled pattern: shareable by every sandbox.
struct ReProgram {
    prog: Arc<Program>,
    is_str: bool,
}

impl HostObject for ReProgram {
    fn host_type(&self) -> &'static HostType {
        &PROGRAM_TYPE
    }
    fn share(&self) -> Option<Box<dyn crate::object::host::SharedHost>> {
        Some(Box::new(ReProgram {
            prog: self.prog.clone(),
            is_str: self.is_str,
        }))
    }
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "compile", re_compile)?;
    def(vm, d, "run", re_run)?;
    def(vm, d, "scan", re_scan)?;
    def(vm, d, "cache", re_cache)?;
    def(vm, d, "findall", re_findall)?;
    def(vm, d, "split", re_split)?;
    def(vm, d, "sub", re_sub)?;
    def(vm, d, "subf", re_subf)?;
    // Match.group and Match.__getitem__ (a method: it binds the Match).
    let group = crate::types::registry::native(
        "group",
        matchobj::match_group,
        crate::object::NativeKind::Method,
    );
    set(vm, d, "match_group", Value::Obj(group))?;
    set(vm, d, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64))?;
    set(vm, d, "MAXGROUPS", Value::Int(parse::MAXGROUPS as i64))?;
    Ok(())
}

fn re_cache(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "cache", a, 0, 0)?;
    // This sandbox's own (`Vm::native_state`): the module is shared frozen.
    let d = vm.native_state("_re", |vm| match vm.new_dict() {
        Value::Obj(o) => o,
        _ => unreachable!("new_dict returns an object"),
    });
    Ok(Value::Obj(d))
}

fn int_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        _ => Err(vm.type_error(format!("{what} must be an int"))),
    }
}

fn raise_parse(vm: &mut Vm, e: ParseError) -> PyResult<Value> {
    match e {
        ParseError::Re(msg, pos) => Ok(Value::tuple(vec![
            Value::None,
            Value::str(&msg),
            pos.map_or(Value::None, |p| Value::Int(p as i64)),
        ])),
        ParseError::Value(m) => Err(vm.value_error(m)),
        ParseError::Overflow(m) => Err(vm.overflow_error(m)),
        ParseError::Recursion => {
            let c = vm.exc_types.recursion_error.clone();
            Err(vm.new_exc(&c, "maximum recursion depth exceeded"))
        }
    }
}

/// `compile(pattern, flags)`: see the module docs.
fn re_compile(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "compile", a, 2, 2)?;
    let flags = int_arg(vm, &a.pos[1], "flags")?;
    let pat = a.pos[0].instance_base().unwrap_or(&a.pos[0]);
    let n = match pat.payload() {
        Some(Payload::Str(s)) => s.nchars,
        _ => match crate::types::buffer::bytes_like(pat) {
            Some(b) => b.len(),
            None => {
                return Err(vm.type_error("first argument must be string or compiled pattern"));
            }
        },
    };
    // Parsing is one uninterruptible step: its time and the size of the
    // tree and program (a few dozen bytes a character) are refused up
    // front when they do not fit the caps.
    vm.reserve_memory(n as u64 * 160)?;
    vm.afford(n as u64 * 60)?;
    let (chars, is_str): (Vec<u32>, bool) = match pat.payload() {
        Some(Payload::Str(s)) => (s.s.chars().map(|c| c as u32).collect(), true),
        _ => match crate::types::buffer::bytes_like(pat) {
            Some(b) => (b.iter().map(|&x| x as u32).collect(), false),
            None => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
    };
    let depth = vm.recursion_limit.max(50);
    let parsed = match parse::parse(&chars, is_str, flags as u32, depth) {
        Ok(p) => p,
        Err(e) => return raise_parse(vm, e),
    };
    let mut cap: Option<Exc> = None;
    let mut work = |u: usize| -> Result<(), ParseError> {
        match vm.work(u) {
            Ok(()) => Ok(()),
            Err(e) => {
                cap = Some(e);
                Err(ParseError::Recursion)
            }
        }
    };
    let prog = compile::compile(&parsed.node, parsed.groups, &mut work);
    if let Some(e) = cap {
        return Err(e);
    }
    let prog = match prog {
        Ok(p) => p,
        Err(e) => return raise_parse(vm, e),
    };
    let handle = Value::Obj(ObjRef::new(Payload::Host(Host::shared(ReProgram {
        prog: Arc::new(prog),
        is_str,
    }))));
    let names = parsed
        .names
        .iter()
        .map(|(n, g)| Value::tuple(vec![Value::str(n), Value::Int(*g as i64)]))
        .collect();
    Ok(Value::tuple(vec![
        handle,
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        Value::list(names),
    ]))
}

fn program<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a ReProgram> {
    match v.payload() {
        Some(Payload::Host(h)) => match h.downcast::<ReProgram>() {
            Some(p) => Ok(p),
            None => Err(vm.type_error("expected a compiled program")),
        },
        _ => Err(vm.type_error("expected a compiled program")),
    }
}

/// The subject of a run: bytes (a bytes-like object, or an ASCII str) or
/// the code points of a str.
enum Text<'a> {
    Bytes(std::borrow::Cow<'a, [u8]>),
    Wide(Vec<u32>),
}

fn subject<'a>(vm: &mut Vm, is_str: bool, v: &'a Value) -> PyResult<Text<'a>> {
    // A str or bytes subclass's instance is matched as its base value.
    let v = v.instance_base().unwrap_or(v);
    if let Some(Payload::Str(s)) = v.payload() {
        if !is_str {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.is_ascii() {
            return Ok(Text::Bytes(std::borrow::Cow::Borrowed(s.s.as_bytes())));
        }
        vm.reserve_memory(4 * s.nchars as u64)?;
        vm.work(s.s.len())?;
        return Ok(Text::Wide(s.s.chars().map(|c| c as u32).collect()));
    }
    if let Some(b) = crate::types::buffer::bytes_like(v) {
        if is_str {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        return Ok(Text::Bytes(b));
    }
    let t = vm.type_name(v);
    Err(vm.type_error(format!("expected string or bytes-like object, got '{t}'")))
}

/// Successive matches, flattened: each takes `2 * (groups + 1)` slots of
/// `spans` (`usize::MAX` for a group that did not take part) and one entry
/// of `last` (its lastindex).
pub(crate) struct Matches {
    pub spans: Vec<usize>,
    pub last: Vec<usize>,
}

/// Run `prog` over `s` from `pos`: up to `count` matches (one with `mode`
/// Match or FullMatch, else successive searches with the empty-match rule
/// of finditer).
#[allow(clippy::too_many_arguments)]
pub(crate) fn find_all<S: Subject + ?Sized>(
    vm: &mut Vm,
    prog: &Program,
    s: &S,
    pos: usize,
    endpos: usize,
    mode: Mode,
    advance: bool,
    count: usize,
) -> PyResult<Matches> {
    let mut out = Matches {
        spans: Vec::new(),
        last: Vec::new(),
    };
    let mut ctl = |grow: bool, n: usize| -> PyResult<()> {
        if grow {
            vm.reserve_memory(n as u64)
        } else {
            vm.work(n)
        }
    };
    let mut m = Matcher::new(prog, s, endpos, &mut ctl);
    let mut pos = pos;
    let mut advance = advance;
    while out.last.len() < count {
        let Some(f) = m.run(pos, mode, advance)? else {
            break;
        };
        let (a, b) = (f.slots[0], f.slots[1]);
        if out.spans.len() + f.slots.len() > out.spans.capacity() {
            let more = (out.spans.capacity() + f.slots.len()) * std::mem::size_of::<usize>();
            m.charge(more + more / 4)?;
        }
        out.spans.extend_from_slice(&f.slots);
        out.last.push(f.lastindex);
        m.give_back(f);
        advance = a == b;
        pos = b;
        if mode != Mode::Search {
            break;
        }
    }
    Ok(out)
}

fn match_tuple(spans: &[usize], last: usize) -> Value {
    let mut items = Vec::with_capacity(spans.len() + 1);
    items.push(Value::Int(last as i64));
    for &s in spans {
        items.push(Value::Int(if s == usize::MAX { -1 } else { s as i64 }));
    }
    Value::tuple(items)
}

/// What `run` and `scan` found: the program's matches, and the Matches
/// (or match tuples) to return for them.
fn run_common(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Vec<Value>> {
    positional(vm, name, a, 6, 10)?;
    let p = program(vm, &a.pos[0])?;
    let prog = p.prog.clone();
    let is_str = p.is_str;
    let text = subject(vm, is_str, &a.pos[1])?;
    let len = text.len();
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    let pos = clamp(int_arg(vm, &a.pos[2], "pos")?);
    let endpos = clamp(int_arg(vm, &a.pos[3], "endpos")?);
    let mode_n = int_arg(vm, &a.pos[4], "mode")?;
    let search = name == "scan";
    let (mode, count) = if search {
        let c = int_arg(vm, &a.pos[5], "count")?;
        (Mode::Search, if c <= 0 { usize::MAX } else { c as usize })
    } else {
        let m = match mode_n {
            0 => Mode::Match,
            1 => Mode::FullMatch,
            _ => Mode::Search,
        };
        (m, 1)
    };
    let advance = if search {
        mode_n != 0
    } else {
        matches!(a.pos[5], Value::Bool(true))
    };
    let found = match &text {
        Text::Bytes(b) => find_all(vm, &prog, &b[..], pos, endpos, mode, advance, count)?,
        Text::Wide(w) => find_all(vm, &prog, &w[..], pos, endpos, mode, advance, count)?,
    };
    let maker = MatchMaker::from_args(vm, a, 6, (pos, endpos))?;
    let n = 2 * (prog.groups + 1);
    // Each match's tuple, and its Match (an instance and its dict).
    let each = 64 + 16 * n + if maker.is_some() { 384 } else { 0 };
    vm.reserve_memory((found.last.len() * each) as u64)?;
    let out = found
        .last
        .iter()
        .enumerate()
        .map(|(i, &l)| {
            let m = match_tuple(&found.spans[i * n..(i + 1) * n], l);
            match &maker {
                Some(mk) => mk.make(vm, m),
                None => m,
            }
        })
        .collect();
    Ok(out)
}

/// `run(program, string, pos, endpos, mode, advance[, Match, pattern,
/// mpos, mendpos])`: mode 0 match, 1 fullmatch, 2 search; a match tuple,
/// or with the optional arguments a Match when one can be made here (see
/// matchobj.rs), or None.
fn re_run(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut out = run_common(vm, a, "run")?;
    Ok(out.pop().unwrap_or(Value::None))
}

/// `scan(program, string, pos, endpos, advance, count[, Match, pattern,
/// mpos, mendpos])`: the list of up to `count` (all when `count <= 0`)
/// successive non-overlapping matches, as `run` gives them.
fn re_scan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let out = run_common(vm, a, "scan")?;
    Ok(Value::list(out))
}

impl Text<'_> {
    fn len(&self) -> usize {
        match self {
            Text::Bytes(b) => b.len(),
            Text::Wide(w) => w.len(),
        }
    }

    /// `string[a:b]` as a new str (`is_str`) or bytes.
    fn piece(&self, is_str: bool, a: usize, b: usize) -> Value {
        match self {
            Text::Bytes(t) if is_str => {
                Value::str(std::str::from_utf8(&t[a..b]).unwrap_or_default())
            }
            Text::Bytes(t) => crate::types::bytes::bytes_value(t[a..b].to_vec()),
            Text::Wide(w) => Value::string(
                w[a..b]
                    .iter()
                    .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                    .collect(),
            ),
        }
    }

    /// Append `string[a:b]` to `out` (UTF-8 for a str).
    fn push(&self, out: &mut Vec<u8>, a: usize, b: usize) {
        match self {
            Text::Bytes(t) => out.extend_from_slice(&t[a..b]),
            Text::Wide(w) => {
                for &c in &w[a..b] {
                    let ch = char::from_u32(c).unwrap_or('\u{fffd}');
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
        }
    }
}

/// The program, the subject and its matches from `pos` to `endpos`
/// (`count` at most, all when 0): what findall, split and sub share.
fn scan_text<'a>(
    vm: &mut Vm,
    a: &'a Args,
    name: &str,
    nargs: usize,
    count: i64,
) -> PyResult<(Arc<Program>, bool, Text<'a>, Matches)> {
    positional(vm, name, a, nargs, nargs)?;
    let p = program(vm, &a.pos[0])?;
    let prog = p.prog.clone();
    let is_str = p.is_str;
    let text = subject(vm, is_str, &a.pos[1])?;
    let len = text.len();
    let clamp = |v: i64| v.clamp(0, len as i64) as usize;
    let (pos, endpos) = if nargs == 4 && name == "findall" {
        let p = int_arg(vm, &a.pos[2], "pos")?;
        let e = int_arg(vm, &a.pos[3], "endpos")?;
        (clamp(p), clamp(e))
    } else {
        (0, len)
    };
    let count = if count <= 0 {
        usize::MAX
    } else {
        count as usize
    };
    let found = match &text {
        Text::Bytes(b) => find_all(vm, &prog, &b[..], pos, endpos, Mode::Search, false, count)?,
        Text::Wide(w) => find_all(vm, &prog, &w[..], pos, endpos, Mode::Search, false, count)?,
    };
    Ok((prog, is_str, text, found))
}

/// `findall(program, string, pos, endpos)`: Pattern.findall's list.
fn re_findall(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (prog, is_str, text, found) = scan_text(vm, a, "findall", 4, 0)?;
    let n = 2 * (prog.groups + 1);
    let g = prog.groups;
    vm.reserve_memory((found.last.len() * (64 + 64 * g)) as u64)?;
    let get = |spans: &[usize], i: usize| {
        let (x, y) = (spans[2 * i], spans[2 * i + 1]);
        if x == usize::MAX || y == usize::MAX {
            text.piece(is_str, 0, 0)
        } else {
            text.piece(is_str, x, y)
        }
    };
    let mut out = Vec::with_capacity(found.last.len());
    for k in 0..found.last.len() {
        let spans = &found.spans[k * n..(k + 1) * n];
        vm.work(spans[1].saturating_sub(spans[0]) + 16)?;
        out.push(match g {
            0 => get(spans, 0),
            1 => get(spans, 1),
            _ => Value::tuple((1..=g).map(|i| get(spans, i)).collect()),
        });
    }
    Ok(Value::list(out))
}

/// `split(program, string, maxsplit)`: Pattern.split's list.
fn re_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let maxsplit = match a.pos.get(2) {
        Some(v) => int_arg(vm, v, "maxsplit")?,
        None => 0,
    };
    let (prog, is_str, text, found) = scan_text(vm, a, "split", 3, maxsplit)?;
    let n = 2 * (prog.groups + 1);
    vm.reserve_memory((found.last.len() * (64 + 64 * prog.groups) + 64) as u64)?;
    let mut out = Vec::new();
    let mut last = 0;
    for k in 0..found.last.len() {
        let spans = &found.spans[k * n..(k + 1) * n];
        vm.work(spans[0].saturating_sub(last) + 16)?;
        out.push(text.piece(is_str, last, spans[0]));
        for i in 1..=prog.groups {
            let (x, y) = (spans[2 * i], spans[2 * i + 1]);
            out.push(if x == usize::MAX || y == usize::MAX {
                Value::None
            } else {
                text.piece(is_str, x, y)
            });
        }
        last = spans[1];
    }
    out.push(text.piece(is_str, last, text.len()));
    Ok(Value::list(out))
}

/// `subf(program, string, count, fn, Match, pattern, pos, endpos)`: the
/// pieces of `sub` with a callable, `(pieces, n)`: the text between the
/// matches (where not empty) and what `fn` returned for each match (a
/// Match of `pattern` with `pos` and `endpos`), but None; re.py joins
/// them (so its errors are `join`'s, as in CPython).
fn re_subf(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "subf", a, 8, 8)?;
    let count = int_arg(vm, &a.pos[2], "count")?;
    let (prog, is_str, text, found) = scan_text(vm, a, "subf", 8, count)?;
    let Some(maker) = MatchMaker::from_args(vm, a, 4, (0, text.len()))? else {
        return Err(vm.type_error("subf() takes the bounds as ints"));
    };
    let n = 2 * (prog.groups + 1);
    vm.reserve_memory((found.last.len() * 3 * std::mem::size_of::<Value>()) as u64)?;
    let mut out = Vec::new();
    let mut last = 0;
    for k in 0..found.last.len() {
        let spans = &found.spans[k * n..(k + 1) * n];
        vm.work(spans[0].saturating_sub(last) + 16)?;
        if last < spans[0] {
            out.push(text.piece(is_str, last, spans[0]));
        }
        let m = maker.make(vm, match_tuple(spans, found.last[k]));
        let r = vm.call(&a.pos[3], &[m])?;
        if !matches!(r, Value::None) {
            out.push(r);
        }
        last = spans[1];
    }
    if last < text.len() {
        out.push(text.piece(is_str, last, text.len()));
    }
    Ok(Value::tuple(vec![
        Value::list(out),
        Value::Int(found.last.len() as i64),
    ]))
}

/// `sub(program, string, pieces, count)`: `(result, n)`, where `pieces`
/// lists the replacement's parts: a str (bytes) literal, or an int, the
/// group whose text goes there (nothing when it did not match). None for
/// the result when nothing matched.
fn re_sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let count = match a.pos.get(3) {
        Some(v) => int_arg(vm, v, "count")?,
        None => 0,
    };
    let (prog, is_str, text, found) = scan_text(vm, a, "sub", 4, count)?;
    if found.last.is_empty() {
        return Ok(Value::tuple(vec![Value::None, Value::Int(0)]));
    }
    enum Part<'p> {
        Lit(std::borrow::Cow<'p, [u8]>),
        Group(usize),
    }
    let Some(Payload::List(items)) = a.pos[2].payload() else {
        return Err(vm.type_error("sub() pieces must be a list"));
    };
    let items: Vec<Value> = items.borrow().clone();
    let mut parts = Vec::with_capacity(items.len());
    for it in &items {
        let part = match (it, it.payload()) {
            (Value::Int(g), _) if *g >= 0 && (*g as usize) <= prog.groups => {
                Part::Group(*g as usize)
            }
            (_, Some(Payload::Str(t))) if is_str => {
                Part::Lit(std::borrow::Cow::Borrowed(t.s.as_bytes()))
            }
            _ if !is_str => match crate::types::buffer::bytes_like(it) {
                Some(b) => Part::Lit(b),
                None => return Err(vm.type_error("sub() pieces must be bytes or group numbers")),
            },
            _ => return Err(vm.type_error("sub() pieces must be str or group numbers")),
        };
        parts.push(part);
    }
    let n = 2 * (prog.groups + 1);
    let mut out: Vec<u8> = Vec::new();
    let mut last = 0;
    let grow = |vm: &mut Vm, out: &mut Vec<u8>, more: usize| -> PyResult<()> {
        if out.len() + more > out.capacity() {
            let want = (out.len() + more).max(out.capacity() * 2);
            vm.reserve_memory(want as u64)?;
            out.reserve(want - out.len());
        }
        vm.work(more + 8)
    };
    for k in 0..found.last.len() {
        let spans = &found.spans[k * n..(k + 1) * n];
        grow(vm, &mut out, (spans[0] - last) * 4)?;
        text.push(&mut out, last, spans[0]);
        for p in &parts {
            match p {
                Part::Lit(b) => {
                    grow(vm, &mut out, b.len())?;
                    out.extend_from_slice(b);
                }
                Part::Group(g) => {
                    let (x, y) = (spans[2 * g], spans[2 * g + 1]);
                    if x != usize::MAX && y != usize::MAX {
                        grow(vm, &mut out, (y - x) * 4)?;
                        text.push(&mut out, x, y);
                    }
                }
            }
        }
        last = spans[1];
    }
    grow(vm, &mut out, (text.len() - last) * 4)?;
    text.push(&mut out, last, text.len());
    let result = if is_str {
        match String::from_utf8(out) {
            Ok(s) => Value::string(s),
            Err(_) => return Err(vm.value_error("sub() built invalid text")),
        }
    } else {
        crate::types::bytes::bytes_value(out)
    };
    Ok(Value::tuple(vec![
        result,
        Value::Int(found.last.len() as i64),
    ]))
}
