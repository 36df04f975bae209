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
//!   group that did not take part;
//! - `cache()` is this sandbox's compile cache (a dict kept in this module,
//!   which every sandbox builds for itself on import).
//!
//! Invariants: a program is immutable and `Send + Sync` (a shared host
//! object, so a compiled pattern can be frozen and shared); the matcher
//! charges its steps to `vm.work` and refuses the growth of its backtrack
//! stack past the memory cap (`vm.reserve_memory`); the parser's nesting is
//! bounded by the recursion limit (RecursionError, as in CPython).

mod chars;
mod compile;
mod exec;
mod parse;

use std::sync::Arc;

use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, Exc, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use self::compile::Program;
use self::exec::{Matcher, Mode, Subject};
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
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "compile", re_compile)?;
    def(vm, d, "run", re_run)?;
    def(vm, d, "scan", re_scan)?;
    def(vm, d, "cache", re_cache)?;
    let cache = vm.new_dict();
    set(vm, d, "_cache", cache)?;
    set(vm, d, "MAXREPEAT", Value::Int(parse::MAXREPEAT as i64))?;
    set(vm, d, "MAXGROUPS", Value::Int(parse::MAXGROUPS as i64))?;
    Ok(())
}

fn re_cache(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "cache", a, 0, 0)?;
    let module = vm.modules.get("_re").cloned();
    if let Some(m) = module {
        if let Payload::Module(md) = m.payload() {
            let key = vm.intern("_cache");
            let d = md.dict.clone();
            if let Some(v) = vm.dict_get_str(&d, &key)? {
                return Ok(v);
            }
        }
    }
    Ok(vm.new_dict())
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
    let (chars, is_str): (Vec<u32>, bool) = match a.pos[0].payload() {
        Some(Payload::Str(s)) => {
            vm.work(s.s.len())?;
            (s.s.chars().map(|c| c as u32).collect(), true)
        }
        _ => match crate::types::buffer::bytes_like(&a.pos[0]) {
            Some(b) => (b.iter().map(|&x| x as u32).collect(), false),
            None => {
                return Err(vm.type_error("first argument must be string or compiled pattern"))
            }
        },
    };
    let depth = vm.recursion_limit.max(50);
    let parsed = match parse::parse(&chars, is_str, flags as u32, depth) {
        Ok(p) => p,
        Err(e) => return raise_parse(vm, e),
    };
    vm.work(chars.len() * 20)?;
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

fn found_tuple(f: &exec::Found) -> Value {
    let mut items = Vec::with_capacity(f.slots.len() + 1);
    items.push(Value::Int(f.lastindex as i64));
    for &s in &f.slots {
        items.push(Value::Int(if s == usize::MAX { -1 } else { s as i64 }));
    }
    Value::tuple(items)
}

/// Run `prog` over `text` from `pos`: up to `count` matches (`count` 1
/// with `mode` for run, else successive searches).
#[allow(clippy::too_many_arguments)]
fn matches_in<S: Subject + ?Sized>(
    vm: &mut Vm,
    prog: &Program,
    s: &S,
    pos: usize,
    endpos: usize,
    mode: Mode,
    advance: bool,
    count: usize,
) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
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
    while out.len() < count {
        let Some(f) = m.run(pos, mode, advance)? else {
            break;
        };
        let (a, b) = (f.slots[0], f.slots[1]);
        out.push(found_tuple(&f));
        m.give_back(f);
        advance = a == b;
        pos = b;
        if mode != Mode::Search {
            break;
        }
    }
    Ok(out)
}

fn run_common(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(Vec<Value>, bool)> {
    positional(vm, name, a, 6, 6)?;
    let p = program(vm, &a.pos[0])?;
    let prog = p.prog.clone();
    let is_str = p.is_str;
    let text = subject(vm, is_str, &a.pos[1])?;
    let len = match &text {
        Text::Bytes(b) => b.len(),
        Text::Wide(w) => w.len(),
    };
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
    let out = match &text {
        Text::Bytes(b) => matches_in(vm, &prog, &b[..], pos, endpos, mode, advance, count)?,
        Text::Wide(w) => matches_in(vm, &prog, &w[..], pos, endpos, mode, advance, count)?,
    };
    Ok((out, search))
}

/// `run(program, string, pos, endpos, mode, advance)`: mode 0 match, 1
/// fullmatch, 2 search; a match tuple or None.
fn re_run(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (mut out, _) = run_common(vm, a, "run")?;
    Ok(out.pop().unwrap_or(Value::None))
}

/// `scan(program, string, pos, endpos, advance, count)`: the list of up
/// to `count` (all when `count <= 0`) successive non-overlapping matches.
fn re_scan(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (out, _) = run_common(vm, a, "scan")?;
    Ok(Value::list(out))
}
