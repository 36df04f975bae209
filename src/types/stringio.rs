//! `io.StringIO` (`_io.StringIO`): an in-memory text stream, written from
//! the documentation of `io` and checked against CPython 3.11 by
//! tests/python/io__stringio.py. The `io` module (src/stdlib/io.py) hands
//! out this room's class and counts it as a `TextIOBase`.
//!
//! Invariants:
//! - The text is one `String`; positions are counted in characters. While
//!   the text is ASCII (`ascii`) a position is its byte offset; otherwise
//!   the offset is found by a walk, charged to the time cap. Appending at
//!   the end (the common use: building output) never walks.
//! - Borrows of the state are short and never held across a call into
//!   Python (an `__index__` of a size argument runs before the borrow).
//! - Growth is reserved with `Vm::reserve_memory` before it is made, so a
//!   seek far past the end then a write is refused by the memory cap.
//! - A stream holds no references to other objects, and cannot be frozen.

use crate::object::cell::PyCell;
use crate::object::host::{Host, HostObject, HostType};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::tuple::{Sig, Style, bind};

/// The Python type `_io.StringIO`; its methods are natives in its class.
pub static STRINGIO_TYPE: HostType = HostType::with_class_protocols("StringIO");

const CLOSED: &str = "I/O operation on closed file";
/// What the methods CPython's StringIO has from IOBase say.
const CLOSED_BASE: &str = "I/O operation on closed file.";

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The `newline` argument.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Newline {
    /// None: `\r\n` and `\r` become `\n` on write; endings are recorded.
    Universal,
    /// '': kept as written; lines end at any ending; endings recorded.
    Untranslated,
    /// '\n' (the default): kept as written.
    Lf,
    /// '\r': `\n` written becomes `\r`; lines end at `\r`.
    Cr,
    /// '\r\n': `\n` written becomes `\r\n`; lines end at `\r\n`.
    CrLf,
}

struct State {
    text: String,
    /// Characters in `text`.
    nchars: usize,
    /// `text` is ASCII, so character positions are byte offsets.
    ascii: bool,
    /// The position, in characters (may be past the end).
    pos: usize,
    newline: Newline,
    /// The SEEN_* endings written (Universal and Untranslated modes).
    seen: u8,
    closed: bool,
}

/// A StringIO of this sandbox.
pub struct StringIO {
    st: PyCell<State>,
}

impl HostObject for StringIO {
    fn host_type(&self) -> &'static HostType {
        &STRINGIO_TYPE
    }

    fn repr(&self, addr: usize) -> String {
        format!("<_io.StringIO object at {addr:#x}>")
    }
}

fn new_state() -> State {
    State {
        text: String::new(),
        nchars: 0,
        ascii: true,
        pos: 0,
        newline: Newline::Lf,
        seen: 0,
        closed: false,
    }
}

impl State {
    /// The byte offset of character `k` (clamped to the end).
    fn offset(&self, k: usize) -> usize {
        if k >= self.nchars {
            return self.text.len();
        }
        if self.ascii {
            return k;
        }
        self.text
            .char_indices()
            .nth(k)
            .map_or(self.text.len(), |(b, _)| b)
    }

    /// The end (a character position) of the line from `pos`, at most `limit`.
    fn line_end(&self, pos: usize, limit: usize) -> usize {
        let (start, stop) = (self.offset(pos), self.offset(limit));
        let s = &self.text[start..stop];
        let mark = match self.newline {
            Newline::Untranslated => {
                let mut prev_cr = false;
                for (k, c) in s.chars().enumerate() {
                    if prev_cr {
                        return pos + k + usize::from(c == '\n');
                    }
                    match c {
                        '\n' => return pos + k + 1,
                        '\r' => prev_cr = true,
                        _ => {}
                    }
                }
                return limit;
            }
            Newline::Universal | Newline::Lf => "\n",
            Newline::Cr => "\r",
            Newline::CrLf => "\r\n",
        };
        match s.find(mark) {
            Some(b) => (pos + s[..b].chars().count() + mark.len()).min(limit),
            None => limit,
        }
    }
}

fn seen_in(s: &str) -> u8 {
    let mut seen = 0;
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        match c {
            b'\r' if b.get(i + 1) == Some(&b'\n') => seen |= SEEN_CRLF,
            b'\r' => seen |= SEEN_CR,
            b'\n' if i > 0 && b[i - 1] == b'\r' => {}
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
    }
    seen
}

// ----- receivers -------------------------------------------------------------------

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a StringIO> {
    match a.pos.first().and_then(|v| v.host::<StringIO>()) {
        Some(s) => Ok(s),
        None => Err(super::tuple::bad_self(vm, a, "_io.StringIO", method)),
    }
}

/// Run `f` on the state of an open stream (ValueError `msg` when closed).
fn open_with<R>(
    vm: &mut Vm,
    s: &StringIO,
    msg: &str,
    f: impl FnOnce(&mut State) -> R,
) -> PyResult<R> {
    let Ok(mut st) = s.st.try_borrow_mut() else {
        return Err(vm.runtime_error("StringIO changed during use"));
    };
    if st.closed {
        drop(st);
        return Err(vm.value_error(msg));
    }
    Ok(f(&mut st))
}

/// A size argument: None or an int (`__index__`), -1 for None.
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None | Some(Value::None) => Ok(-1),
        Some(v) => {
            if !super::buffer::is_index_like(vm, v) {
                let tn = vm.type_name(v);
                return Err(
                    vm.type_error(format!("argument should be integer or None, not '{tn}'"))
                );
            }
            vm.index_value(v)
        }
    }
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

// ----- the class -------------------------------------------------------------------

/// The class, with its methods (registered from types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("StringIO", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("write", write),
        ("writelines", writelines),
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("getvalue", getvalue),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("close", close),
        ("readable", yes),
        ("writable", yes),
        ("seekable", yes),
        ("isatty", isatty),
        ("flush", flush),
        ("fileno", fileno),
        ("detach", detach),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
        ("__getstate__", getstate),
    ];
    for &(name, f) in methods {
        add_method(&cls, name, f, NativeKind::Method);
    }
    add_method(&cls, "__new__", new, NativeKind::StaticMethod);
    let props: &[(&'static str, NativeFn)] = &[
        ("closed", closed),
        ("line_buffering", line_buffering),
        ("newlines", newlines),
        ("encoding", nothing),
        ("errors", nothing),
    ];
    for &(name, f) in props {
        let getter = Value::Obj(crate::types::registry::native(name, f, NativeKind::Method));
        let p = Payload::Property(Box::new([getter, Value::None, Value::None, Value::None]));
        set_class_attr(&cls, name, Value::Obj(ObjRef::new(p)));
    }
    set_class_attr(&cls, "__module__", Value::str("_io"));
    set_class_attr(
        &cls,
        "__doc__",
        Value::str(
            "Text I/O implementation using an in-memory buffer.\n\n\
             The initial_value argument sets the value of object.  The newline\n\
             argument is like the one of TextIOWrapper's constructor.",
        ),
    );
    cls
}

fn new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let Some(Value::Obj(cls)) = a.pos.first()
        && !cls.is(&vm.types.host_class(&STRINGIO_TYPE))
    {
        let name = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "cannot make an instance of '{name}': sandpy does not support subclasses of \
             io.StringIO yet"
        )));
    }
    let s = StringIO {
        st: PyCell::new(new_state()),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(s)))))
}

/// `StringIO(initial_value='', newline='\n')`.
fn init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__init__")?;
    const SIG: Sig = Sig {
        name: "StringIO",
        params: &["initial_value", "newline"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let newline = match arg(&args, 1) {
        None => Newline::Lf,
        Some(Value::None) => Newline::Universal,
        Some(v) => match v.as_str() {
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(_) => {
                let r = vm.repr(v)?;
                return Err(vm.value_error(format!("illegal newline value: {r}")));
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("newline must be str or None, not {tn}")));
            }
        },
    };
    let initial = match arg(&args, 0) {
        None | Some(Value::None) => None,
        Some(v) if v.as_str().is_some() => Some(v.clone()),
        Some(v) => {
            let tn = vm.type_name(v);
            return Err(vm.type_error(format!("initial_value must be str or None, not {tn}")));
        }
    };
    {
        let Ok(mut st) = s.st.try_borrow_mut() else {
            return Err(vm.runtime_error("StringIO changed during use"));
        };
        *st = new_state();
        st.newline = newline;
    }
    if let Some(v) = initial {
        write_str(vm, s, &v)?;
        open_with(vm, s, CLOSED, |st| st.pos = 0)?;
    }
    Ok(Value::None)
}

// ----- writing ---------------------------------------------------------------------

fn write_str(vm: &mut Vm, s: &StringIO, v: &Value) -> PyResult<Value> {
    let Some(text) = v.as_pystr() else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("string argument expected, got '{tn}'")));
    };
    let count = text.nchars;
    let raw: &str = &text.s;
    let (newline, pos, nchars) = open_with(vm, s, CLOSED, |st| (st.newline, st.pos, st.nchars))?;
    let translated;
    let t: &str = match newline {
        Newline::Universal if raw.contains('\r') => {
            translated = raw.replace("\r\n", "\n").replace('\r', "\n");
            &translated
        }
        Newline::Cr | Newline::CrLf if raw.contains('\n') => {
            let nl = if newline == Newline::Cr { "\r" } else { "\r\n" };
            translated = raw.replace('\n', nl);
            &translated
        }
        _ => raw,
    };
    let seen = if matches!(newline, Newline::Universal | Newline::Untranslated) {
        seen_in(raw)
    } else {
        0
    };
    let n = if t.len() == raw.len() {
        count
    } else {
        t.chars().count()
    };
    let pad = pos.saturating_sub(nchars);
    if n > 0 {
        vm.reserve_memory(pad.saturating_add(t.len()) as u64)?;
    }
    if pos < nchars && n > 0 {
        // An overwrite finds byte offsets by a walk unless the text is ASCII.
        vm.work(nchars)?;
    }
    open_with(vm, s, CLOSED, |st| {
        st.seen |= seen;
        if n == 0 {
            return;
        }
        let t_ascii = t.is_ascii();
        if st.pos >= st.nchars {
            let pad = st.pos - st.nchars;
            st.text.push_str(&"\0".repeat(pad));
            st.text.push_str(t);
        } else {
            let from = st.offset(st.pos);
            let to = st.offset(st.pos + n);
            st.text.replace_range(from..to, t);
        }
        st.ascii = st.ascii && t_ascii;
        st.pos += n;
        st.nchars = st.nchars.max(st.pos);
    })?;
    Ok(Value::Int(count as i64))
}

fn write(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "write")?;
    let v = super::tuple::one_arg(vm, a, "StringIO.write")?.clone();
    write_str(vm, s, &v)
}

fn writelines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "writelines")?;
    let lines = super::tuple::one_arg(vm, a, "StringIO.writelines")?.clone();
    open_with(vm, s, CLOSED_BASE, |_| ())?;
    let it = vm.iter(&lines)?;
    while let Some(line) = vm.next(&it)? {
        write_str(vm, s, &line)?;
    }
    Ok(Value::None)
}

// ----- reading ---------------------------------------------------------------------

fn take(vm: &mut Vm, s: &StringIO, end_of: impl FnOnce(&State) -> usize) -> PyResult<Value> {
    let out = open_with(vm, s, CLOSED, |st| {
        if st.pos >= st.nchars {
            return (String::new(), 0);
        }
        let end = end_of(st).min(st.nchars).max(st.pos);
        let (from, to) = (st.offset(st.pos), st.offset(end));
        let walked = if st.ascii { 0 } else { to };
        st.pos = end;
        (st.text[from..to].to_string(), walked)
    })?;
    vm.work(out.0.len() + out.1)?;
    Ok(Value::string(out.0))
}

fn read(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "read")?;
    const SIG: Sig = Sig {
        name: "read",
        params: &["size"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let size = size_arg(vm, arg(&args, 0))?;
    take(vm, s, |st| {
        if size < 0 {
            st.nchars
        } else {
            st.pos.saturating_add(size as usize)
        }
    })
}

fn readline(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "readline")?;
    const SIG: Sig = Sig {
        name: "readline",
        params: &["size"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let size = size_arg(vm, arg(&args, 0))?;
    read_line(vm, s, size)
}

fn read_line(vm: &mut Vm, s: &StringIO, size: i64) -> PyResult<Value> {
    take(vm, s, |st| {
        let limit = if size < 0 {
            st.nchars
        } else {
            st.pos.saturating_add(size as usize).min(st.nchars)
        };
        st.line_end(st.pos, limit)
    })
}

fn readlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "readlines")?;
    const SIG: Sig = Sig {
        name: "readlines",
        params: &["hint"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    open_with(vm, s, CLOSED_BASE, |_| ())?;
    let hint = size_arg(vm, arg(&args, 0))?;
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = read_line(vm, s, -1)?;
        let n = line.as_pystr().map_or(0, |p| p.nchars);
        if n == 0 {
            break;
        }
        lines.push(line);
        total += n;
        if hint > 0 && total as i64 >= hint {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn getvalue(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "getvalue")?;
    let text = open_with(vm, s, CLOSED, |st| st.text.clone())?;
    vm.work(text.len() / 8)?;
    Ok(Value::string(text))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__iter__")?;
    open_with(vm, s, CLOSED_BASE, |_| ())?;
    Ok(a.pos[0].clone())
}

fn next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__next__")?;
    let line = read_line(vm, s, -1)?;
    if line.as_pystr().is_some_and(|p| p.nchars == 0) {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

// ----- positions -------------------------------------------------------------------

fn int_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if !super::buffer::is_index_like(vm, v) {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    }
    vm.index_value(v)
}

fn seek(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "seek")?;
    const SIG: Sig = Sig {
        name: "seek",
        params: &["pos", "whence"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let pos = int_of(vm, arg(&args, 0).unwrap_or(&Value::None))?;
    let whence = match arg(&args, 1) {
        Some(w) => int_of(vm, w)?,
        None => 0,
    };
    open_with(vm, s, CLOSED, |_| ())?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        let cls = vm.builtin_exc_class("OSError");
        return Err(vm.new_exc(&cls, "Can't do nonzero cur-relative seeks"));
    }
    let at = open_with(vm, s, CLOSED, |st| {
        match whence {
            0 => st.pos = pos as usize,
            2 => st.pos = st.nchars,
            _ => {}
        }
        st.pos
    })?;
    Ok(Value::Int(at as i64))
}

fn tell(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "tell")?;
    let at = open_with(vm, s, CLOSED, |st| st.pos)?;
    Ok(Value::Int(at as i64))
}

fn truncate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "truncate")?;
    const SIG: Sig = Sig {
        name: "truncate",
        params: &["pos"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    open_with(vm, s, CLOSED, |_| ())?;
    let size = match arg(&args, 0) {
        None | Some(Value::None) => open_with(vm, s, CLOSED, |st| st.pos as i64)?,
        Some(v) => size_arg(vm, Some(v))?,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    open_with(vm, s, CLOSED, |st| {
        let size = size as usize;
        if size < st.nchars {
            let b = st.offset(size);
            st.text.truncate(b);
            st.nchars = size;
        }
    })?;
    Ok(Value::Int(size))
}

// ----- the rest of the stream protocol --------------------------------------------

fn close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "close")?;
    let Ok(mut st) = s.st.try_borrow_mut() else {
        return Err(vm.runtime_error("StringIO changed during use"));
    };
    st.closed = true;
    st.text = String::new();
    Ok(Value::None)
}

fn closed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "closed")?;
    Ok(Value::Bool(s.st.try_borrow().is_ok_and(|st| st.closed)))
}

fn yes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "readable")?;
    open_with(vm, s, CLOSED, |_| ())?;
    Ok(Value::Bool(true))
}

fn isatty(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "isatty")?;
    open_with(vm, s, CLOSED_BASE, |_| ())?;
    Ok(Value::Bool(false))
}

fn flush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "flush")?;
    Ok(Value::None)
}

/// `io.UnsupportedOperation(name)` (the class `_io` made for this
/// sandbox; OSError if the module is gone from the module table).
fn unsupported(vm: &mut Vm, name: &str) -> Exc {
    let cls = vm
        .loaded_module("_io")
        .and_then(|m| match m.payload() {
            Payload::Module(md) => Some(md.dict.clone()),
            _ => None,
        })
        .and_then(|d| {
            let key = vm.intern("UnsupportedOperation");
            vm.dict_get_str(&d, &key).ok().flatten()
        });
    match cls {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => vm.new_exc(&c, name),
        _ => {
            let c = vm.builtin_exc_class("OSError");
            vm.new_exc(&c, name)
        }
    }
}

fn fileno(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "fileno")?;
    Err(unsupported(vm, "fileno"))
}

fn detach(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "detach")?;
    Err(unsupported(vm, "detach"))
}

fn enter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__enter__")?;
    open_with(vm, s, CLOSED_BASE, |_| ())?;
    Ok(a.pos[0].clone())
}

fn exit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = [a.pos[0].clone()];
    close(vm, &Args { pos: &pos, kw: &[] })
}

fn line_buffering(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "line_buffering")?;
    open_with(vm, s, CLOSED, |_| ())?;
    Ok(Value::Bool(false))
}

fn newlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "newlines")?;
    let (mode, seen) = open_with(vm, s, CLOSED, |st| (st.newline, st.seen))?;
    if !matches!(mode, Newline::Universal | Newline::Untranslated) {
        return Ok(Value::None);
    }
    let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| Value::str(s))
        .collect();
    Ok(match kinds.len() {
        0 => Value::None,
        1 => kinds.into_iter().next().unwrap_or(Value::None),
        _ => Value::tuple(kinds),
    })
}

fn nothing(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "encoding")?;
    Ok(Value::None)
}

fn getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__getstate__")?;
    let (text, mode, pos) = open_with(vm, s, CLOSED, |st| (st.text.clone(), st.newline, st.pos))?;
    let nl = match mode {
        Newline::Universal => Value::None,
        Newline::Untranslated => Value::str(""),
        Newline::Lf => Value::str("\n"),
        Newline::Cr => Value::str("\r"),
        Newline::CrLf => Value::str("\r\n"),
    };
    Ok(Value::tuple(vec![
        Value::string(text),
        nl,
        Value::Int(pos as i64),
        Value::None,
    ]))
}
