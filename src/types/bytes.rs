//! bytes methods: the natives registered on the `bytes` type object, and the
//! decoders (`utf-8`, `ascii`, `latin-1`) shared with `str(b, encoding)`.
//!
//! Invariants:
//! - Indices are byte offsets, resolved with CPython's `ADJUST_INDICES` rule
//!   ([`window`]) before any slicing, so no user index can panic.
//! - Decoding errors carry CPython's exact `UnicodeDecodeError` text; the
//!   ranges reported come from Rust's UTF-8 validator, whose "maximal
//!   subpart" policy is the one CPython follows.
//! - Whitespace for `split()`/`strip()` is ASCII whitespace, as for bytes in
//!   CPython (space, `\t\n\r\x0b\x0c`).

use std::borrow::Cow;

use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::buffer::bytes_like;
use super::registry::add_method;
use super::str_algo::bytes_repr;
use super::tuple::{
    Sig, Style, add_comparisons, bad_self, bind, check_items, int_arg, no_args, one_arg, op_add,
    op_contains, op_getitem, op_hash, op_iter, op_len, op_mul, op_rmul, slice_index,
};

pub(crate) fn bytes_value(b: Vec<u8>) -> Value {
    Value::Obj(ObjRef::new(Payload::Bytes(b.into())))
}

/// The bytes of `self`: a bytes, or a bytearray (whose methods these are
/// too; a local one is copied, see types/buffer.rs).
pub(crate) fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<Cow<'a, [u8]>> {
    let v = a.pos.first();
    match v.and_then(Value::payload) {
        Some(Payload::Bytes(b)) => Ok(Cow::Borrowed(b)),
        _ => match v.and_then(super::bytearray::contents) {
            Some(b) => Ok(b),
            None => Err(bad_self(vm, a, "bytes", method)),
        },
    }
}

/// Whether `self` is a bytearray (results are then bytearrays).
fn on_bytearray(a: &Args) -> bool {
    a.pos.first().is_some_and(super::bytearray::is_bytearray)
}

/// A result of `self`'s type: bytes, or a bytearray.
pub(crate) fn out(a: &Args, b: Vec<u8>) -> Value {
    if on_bytearray(a) {
        super::bytearray::new_value(b)
    } else {
        bytes_value(b)
    }
}

/// `bytes.name` or `bytearray.name`, as messages name a method.
pub(crate) fn qual(a: &Args, name: &str) -> String {
    let ty = if on_bytearray(a) {
        "bytearray"
    } else {
        "bytes"
    };
    format!("{ty}.{name}")
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

/// `v` as bytes, or TypeError `a bytes-like object is required, not 'T'`.
pub(crate) fn need_bytes<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None if super::memoryview::is_view(v) => {
            Err(vm.value_error("operation forbidden on released memoryview object"))
        }
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

// ------------------------------------------------------------ decoding

fn decode_error(
    vm: &mut Vm,
    codec: &str,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> crate::object::Exc {
    let msg = if end.saturating_sub(start) <= 1 {
        let byte = b.get(start).copied().unwrap_or(0);
        format!("'{codec}' codec can't decode byte 0x{byte:02x} in position {start}: {reason}")
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let cls = vm.builtin_exc_class("UnicodeDecodeError");
    vm.new_exc(&cls, &msg)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> crate::object::Exc {
    let cls = vm.exc_types.lookup_error.clone();
    vm.new_exc(&cls, &format!("unknown error handler name '{errors}'"))
}

/// Apply the error handler to the undecodable bytes `bad`.
fn handle_bad(out: &mut String, bad: &[u8], errors: &str) -> bool {
    match errors {
        "ignore" => true,
        "replace" => {
            out.push('\u{fffd}');
            true
        }
        "backslashreplace" => {
            for b in bad {
                out.push_str(&format!("\\x{b:02x}"));
            }
            true
        }
        _ => false,
    }
}

/// `b.decode(encoding, errors)`.
pub(crate) fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = super::str::codec_name(vm, encoding)?;
    match codec {
        "latin-1" => Ok(b.iter().map(|&c| char::from(c)).collect()),
        "ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 0x80 {
                    out.push(char::from(c));
                } else if errors == "strict" {
                    return Err(decode_error(
                        vm,
                        "ascii",
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                    ));
                } else if !handle_bad(&mut out, &[c], errors) {
                    return Err(unknown_handler(vm, errors));
                }
            }
            Ok(out)
        }
        _ => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut base = 0usize;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(
                            std::str::from_utf8(rest.get(..good).unwrap_or(&[])).unwrap_or(""),
                        );
                        let (n, reason) = match e.error_len() {
                            None => (rest.len() - good, "unexpected end of data"),
                            Some(n) => {
                                let first = rest.get(good).copied().unwrap_or(0);
                                let bad_start = (0x80..=0xc1).contains(&first) || first >= 0xf5;
                                if bad_start {
                                    (1, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        let at = base + good;
                        if errors == "strict" {
                            return Err(decode_error(vm, "utf-8", b, at, at + n, reason));
                        }
                        let bad = rest.get(good..good + n).unwrap_or(&[]);
                        if !handle_bad(&mut out, bad, errors) {
                            return Err(unknown_handler(vm, errors));
                        }
                        rest = rest.get(good + n..).unwrap_or(&[]);
                        base = at + n;
                    }
                }
            }
        }
    }
}

fn bytes_decode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, "decode")?;
    const SIG: Sig = Sig {
        name: "decode",
        params: &["encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let (enc, errors) = super::str::codec_args(vm, "decode", arg(&args, 0), arg(&args, 1))?;
    if b.is_empty() {
        // CPython decodes nothing without looking the codec up.
        return Ok(Value::str(""));
    }
    vm.work(b.len())?;
    decode(vm, b, &enc, &errors).map(Value::string)
}

// ------------------------------------------------------------ constructor

/// One item of an iterable given to `bytes(...)`.
pub(crate) fn byte_of(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let i = match v.to_bigint() {
        Some(_) if !matches!(v, Value::Int(_) | Value::Bool(_)) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(i).map_err(|_| vm.value_error("bytes must be in range(0, 256)"))
}

/// `bytes(source=b'', encoding=..., errors=...)`.
fn bytes_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if let [_, src] = a.pos
        && a.kw.is_empty()
        && matches!(src.payload(), Some(Payload::Bytes(_)))
    {
        return Ok(src.clone());
    }
    source_bytes(vm, a, "bytes").map(bytes_value)
}

/// A count of zero bytes (`bytes(3)`), refused beyond the caps.
fn zeros(vm: &mut Vm, src: &Value) -> PyResult<Vec<u8>> {
    let n = vm.index_value(src)?;
    let Ok(n) = usize::try_from(n) else {
        return Err(vm.value_error("negative count"));
    };
    check_items(vm, n)?;
    vm.reserve_memory(n as u64)?;
    Ok(vec![0; n])
}

/// The bytes of `bytes(...)` or `bytearray(...)` (`ty`) from the
/// arguments after the class: a count, a str with its encoding, a buffer,
/// an object with `__bytes__` (bytes only) or an iterable of ints.
pub(crate) fn source_bytes(vm: &mut Vm, a: &Args, ty: &str) -> PyResult<Vec<u8>> {
    let sig = Sig {
        name: if ty == "bytes" { "bytes" } else { "bytearray" },
        params: &["source", "encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &sig)?;
    let Some(src) = arg(&args, 0).cloned() else {
        if arg(&args, 1).is_some() || arg(&args, 2).is_some() {
            let what = if arg(&args, 1).is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{what} without a string argument")));
        }
        return Ok(Vec::new());
    };
    if arg(&args, 1).is_some() || arg(&args, 2).is_some() {
        let Some(s) = src.as_str() else {
            let what = if arg(&args, 1).is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{what} without a string argument")));
        };
        let s = s.to_string();
        let (enc, errors) = super::str::codec_args(vm, sig.name, arg(&args, 1), arg(&args, 2))?;
        return super::str::encode(vm, &s, &enc, &errors);
    }
    match &src {
        Value::Int(_) | Value::Bool(_) => return zeros(vm, &src),
        Value::Float(_) | Value::None => {
            let tn = vm.type_name(&src);
            return Err(vm.type_error(format!("cannot convert '{tn}' object to {ty}")));
        }
        _ => {}
    }
    if let Some(b) = bytes_like(&src) {
        return Ok(b.into_owned());
    }
    if super::memoryview::is_view(&src) {
        return Err(vm.value_error("operation forbidden on released memoryview object"));
    }
    match src.payload() {
        Some(Payload::Str(_)) => return Err(vm.type_error("string argument without an encoding")),
        Some(Payload::BigInt(_)) => {
            return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
        }
        Some(Payload::Instance(_)) => {
            if ty == "bytes"
                && let Some(f) = vm.lookup_special_str(&src, "__bytes__")
            {
                let r = vm.call(&f, std::slice::from_ref(&src))?;
                if let Some(Payload::Bytes(b)) = r.payload() {
                    return Ok(b.to_vec());
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
            if vm.lookup_special_str(&src, "__index__").is_some() {
                return zeros(vm, &src);
            }
        }
        _ => {}
    }
    if vm.iter(&src).is_err() {
        let tn = vm.type_name(&src);
        return Err(vm.type_error(format!("cannot convert '{tn}' object to {ty}")));
    }
    let item: ByteOf = if ty == "bytes" {
        byte_of
    } else {
        super::bytearray::byte_value
    };
    bytes_of_items(vm, &src, item)
}

/// How an item of an iterable becomes a byte (its message differs).
pub(crate) type ByteOf = fn(&mut Vm, &Value) -> PyResult<u8>;

/// The bytes an iterable of ints gives, streamed (no list of the items
/// is built: an endless iterator meets the caps at one byte an item).
pub(crate) fn bytes_of_items(vm: &mut Vm, src: &Value, item: ByteOf) -> PyResult<Vec<u8>> {
    let mut buf = Vec::new();
    vm.each(src, |vm, v| {
        buf.push(item(vm, &v)?);
        if buf.len() > super::seq_ops::MAX_ITEMS {
            check_items(vm, buf.len())?;
        }
        Ok(true)
    })?;
    Ok(buf)
}

/// `bytes.fromhex(string)` (a class method).
pub(crate) fn bytes_fromhex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let to_bytearray = match a.pos.first() {
        Some(Value::Obj(c)) => c.is(&vm.types.host_class(&super::bytearray::BYTEARRAY_TYPE)),
        _ => false,
    };
    let s = one_arg(vm, a, "fromhex")?;
    let Some(s) = s.as_str() else {
        let tn = vm.type_name(s);
        return Err(vm.type_error(format!("fromhex() argument must be str, not {tn}")));
    };
    vm.work(s.len())?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
            i += 1;
            continue;
        }
        let hi = c.to_digit(16).filter(|_| c.is_ascii());
        let lo_c = chars.get(i + 1).copied();
        let lo = lo_c.and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )));
            }
        }
        i += 2;
    }
    if to_bytearray {
        return Ok(super::bytearray::new_value(out));
    }
    Ok(bytes_value(out))
}

pub(crate) fn bytes_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, "hex")?;
    const SIG: Sig = Sig {
        name: "hex",
        params: &["sep", "bytes_per_sep"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let sep = match arg(&args, 0) {
        None => None,
        Some(v) => {
            let s = match v.payload() {
                Some(Payload::Str(s)) => s.s.to_string(),
                Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                _ => {
                    // CPython measures the separator first.
                    vm.len(v)?;
                    return Err(vm.type_error("sep must be str or bytes."));
                }
            };
            if s.chars().count() != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            Some(s)
        }
    };
    let per = int_arg(vm, arg(&args, 1), 1)?;
    let group = usize::try_from(per.unsigned_abs())
        .unwrap_or(usize::MAX)
        .max(1);
    vm.reserve_memory(b.len().saturating_mul(3) as u64)?;
    vm.work(b.len())?;
    let mut out = String::with_capacity(b.len() * 3);
    let n = b.len();
    for (i, byte) in b.iter().enumerate() {
        if let Some(sep) = &sep {
            // Groups count from the right for positive bytes_per_sep.
            let boundary = if per >= 0 {
                (n - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if i > 0 && boundary {
                out.push_str(sep);
            }
        }
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        out.push(char::from(DIGITS[usize::from(byte >> 4)]));
        out.push(char::from(DIGITS[usize::from(byte & 15)]));
    }
    Ok(Value::string(out))
}

// ------------------------------------------------------------ searching

/// CPython's `ADJUST_INDICES` for a haystack of `len` bytes.
fn window(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = i64::try_from(len).unwrap_or(i64::MAX);
    let fix = |v: i64| if v < 0 { v.saturating_add(n).max(0) } else { v };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(n)).min(n);
    (
        usize::try_from(s).unwrap_or(usize::MAX),
        usize::try_from(e).unwrap_or(0),
    )
}

/// `(needle, start, end)` of find/count/index...: the needle is bytes or an
/// int in range(256).
fn search_args(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
) -> PyResult<(Vec<u8>, Option<i64>, Option<i64>)> {
    let sig = Sig {
        name,
        params: &["sub", "start", "end"],
        required: 1,
        style: Style::Legacy,
    };
    let args = bind(vm, a, &sig)?;
    let sub = arg(&args, 0).cloned().unwrap_or(Value::None);
    let needle = match (&sub, sub.payload()) {
        _ if bytes_like(&sub).is_some() => {
            bytes_like(&sub).map(Cow::into_owned).unwrap_or_default()
        }
        (_, Some(Payload::BigInt(_))) => {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        (Value::Int(_) | Value::Bool(_), _) => {
            let i = vm.index_value(&sub)?;
            match u8::try_from(i) {
                Ok(b) => vec![b],
                Err(_) => return Err(vm.value_error("byte must be in range(0, 256)")),
            }
        }
        _ => {
            let tn = vm.type_name(&sub);
            return Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )));
        }
    };
    let start = slice_index(vm, arg(&args, 1))?;
    let end = slice_index(vm, arg(&args, 2))?;
    Ok((needle, start, end))
}

fn find_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>, rev: bool) -> i64 {
    let (s, e) = window(start, end, hay.len());
    if s > e || e - s < needle.len() {
        return -1;
    }
    let Some(part) = hay.get(s..e) else { return -1 };
    let found = if needle.is_empty() {
        Some(if rev { part.len() } else { 0 })
    } else if rev {
        part.windows(needle.len()).rposition(|w| w == needle)
    } else {
        part.windows(needle.len()).position(|w| w == needle)
    };
    found.map_or(-1, |p| i64::try_from(s + p).unwrap_or(i64::MAX))
}

fn count_in(hay: &[u8], needle: &[u8], start: Option<i64>, end: Option<i64>) -> usize {
    let (s, e) = window(start, end, hay.len());
    if s > e || e - s < needle.len() {
        return 0;
    }
    let Some(mut part) = hay.get(s..e) else {
        return 0;
    };
    if needle.is_empty() {
        return part.len() + 1;
    }
    let mut n = 0;
    while let Some(p) = part.windows(needle.len()).position(|w| w == needle) {
        n += 1;
        part = part.get(p + needle.len()..).unwrap_or(&[]);
    }
    n
}

fn find_impl(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, name)?;
    let (needle, start, end) = search_args(vm, a, name)?;
    vm.work(b.len())?;
    let r = find_in(b, &needle, start, end, name.starts_with('r'));
    if r < 0 && name.ends_with("index") {
        return Err(vm.value_error("subsection not found"));
    }
    Ok(Value::Int(r))
}

fn bytes_find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "find")
}

fn bytes_rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "rfind")
}

fn bytes_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "index")
}

fn bytes_rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "rindex")
}

fn bytes_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, "count")?;
    let (needle, start, end) = search_args(vm, a, "count")?;
    vm.work(b.len())?;
    Ok(Value::Int(
        i64::try_from(count_in(b, &needle, start, end)).unwrap_or(i64::MAX),
    ))
}

fn affix_match(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["prefix", "start", "end"],
        required: 1,
        style: Style::Legacy,
    };
    let args = bind(vm, a, &sig)?;
    let start = slice_index(vm, arg(&args, 1))?;
    let end = slice_index(vm, arg(&args, 2))?;
    let test = |p: &[u8]| {
        let (s, e) = window(start, end, b.len());
        if s > e || e - s < p.len() {
            return false;
        }
        let part = b.get(s..e).unwrap_or(&[]);
        if name == "startswith" {
            part.starts_with(p)
        } else {
            part.ends_with(p)
        }
    };
    let pv = arg(&args, 0).cloned().unwrap_or(Value::None);
    if let Some(p) = bytes_like(&pv) {
        return Ok(Value::Bool(test(&p)));
    }
    match pv.payload() {
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                match bytes_like(item) {
                    Some(p) => {
                        if test(&p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    _ => {
                        let tn = vm.type_name(item);
                        return Err(
                            vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
                        );
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let tn = vm.type_name(&pv);
            Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {tn}"
            )))
        }
    }
}

fn bytes_startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "startswith")
}

fn bytes_endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "endswith")
}

// ------------------------------------------------------------ split, strip, join

fn split_impl(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &sig)?;
    let sep = match arg(&args, 0) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?.to_vec()),
    };
    let max = int_arg(vm, arg(&args, 1), -1)?;
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let rev = name == "rsplit";
    vm.work(b.len())?;
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        Some(sep) if sep.is_empty() => return Err(vm.value_error("empty separator")),
        Some(sep) => {
            let mut rest: &[u8] = b;
            while parts.len() < max {
                let at = if rev {
                    rest.windows(sep.len()).rposition(|w| w == &sep[..])
                } else {
                    rest.windows(sep.len()).position(|w| w == &sep[..])
                };
                let Some(at) = at else { break };
                let (head, tail) = (
                    rest.get(..at).unwrap_or(&[]),
                    rest.get(at + sep.len()..).unwrap_or(&[]),
                );
                if rev {
                    parts.push(tail.to_vec());
                    rest = head;
                } else {
                    parts.push(head.to_vec());
                    rest = tail;
                }
            }
            parts.push(rest.to_vec());
        }
        None => {
            let mut rest: &[u8] = b;
            loop {
                rest = if rev {
                    trim_end(rest, is_ws)
                } else {
                    trim_start(rest, is_ws)
                };
                if rest.is_empty() {
                    break;
                }
                if parts.len() == max {
                    parts.push(rest.to_vec());
                    break;
                }
                if rev {
                    let cut = rest.iter().rposition(|&c| is_ws(c)).map_or(0, |p| p + 1);
                    parts.push(rest.get(cut..).unwrap_or(&[]).to_vec());
                    rest = rest.get(..cut).unwrap_or(&[]);
                } else {
                    let cut = rest.iter().position(|&c| is_ws(c)).unwrap_or(rest.len());
                    parts.push(rest.get(..cut).unwrap_or(&[]).to_vec());
                    rest = rest.get(cut..).unwrap_or(&[]);
                }
            }
        }
    }
    if rev {
        parts.reverse();
    }
    Ok(Value::list(parts.into_iter().map(|p| out(a, p)).collect()))
}

fn bytes_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    split_impl(vm, a, "split")
}

fn bytes_rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    split_impl(vm, a, "rsplit")
}

fn trim_start(b: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    let n = b.iter().position(|&c| !f(c)).unwrap_or(b.len());
    b.get(n..).unwrap_or(&[])
}

fn trim_end(b: &[u8], f: impl Fn(u8) -> bool) -> &[u8] {
    let n = b.iter().rposition(|&c| !f(c)).map_or(0, |p| p + 1);
    b.get(..n).unwrap_or(&[])
}

fn strip_impl(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    left: bool,
    right: bool,
) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["bytes"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &sig)?;
    let set: Option<Vec<u8>> = match arg(&args, 0) {
        None | Some(Value::None) => None,
        Some(v) => Some(need_bytes(vm, v)?.to_vec()),
    };
    vm.work(b.len())?;
    let pred = |c: u8| set.as_ref().map_or_else(|| is_ws(c), |s| s.contains(&c));
    let mut r: &[u8] = b;
    if left {
        r = trim_start(r, pred);
    }
    if right {
        r = trim_end(r, pred);
    }
    Ok(out(a, r.to_vec()))
}

fn bytes_strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "strip", true, true)
}

fn bytes_lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", true, false)
}

fn bytes_rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", false, true)
}

fn bytes_replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, "replace")?;
    const SIG: Sig = Sig {
        name: "replace",
        params: &["old", "new", "count"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let old = arg(&args, 0).cloned().unwrap_or(Value::None);
    let new = arg(&args, 1).cloned().unwrap_or(Value::None);
    let old = need_bytes(vm, &old)?.to_vec();
    let new = need_bytes(vm, &new)?.to_vec();
    let count = int_arg(vm, arg(&args, 2), -1)?;
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    vm.work(b.len())?;
    let mut buf = Vec::with_capacity(b.len());
    if old.is_empty() {
        // Insert `new` before every byte and at the end, `count` times.
        for &c in b {
            if left > 0 {
                buf.extend_from_slice(&new);
                left -= 1;
            }
            buf.push(c);
            check_items(vm, buf.len())?;
        }
        if left > 0 {
            buf.extend_from_slice(&new);
        }
        return Ok(out(a, buf));
    }
    let mut rest: &[u8] = b;
    while left > 0 {
        let Some(at) = rest.windows(old.len()).position(|w| w == &old[..]) else {
            break;
        };
        buf.extend_from_slice(rest.get(..at).unwrap_or(&[]));
        buf.extend_from_slice(&new);
        check_items(vm, buf.len())?;
        rest = rest.get(at + old.len()..).unwrap_or(&[]);
        left -= 1;
    }
    buf.extend_from_slice(rest);
    Ok(out(a, buf))
}

fn bytes_join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = this(vm, a, "join")?.into_owned();
    let iterable = one_arg(vm, a, &qual(a, "join"))?.clone();
    if vm.try_iter(&iterable)?.is_none() {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect(&iterable)?;
    let mut buf = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(b) = bytes_like(item) else {
            let tn = vm.type_name(item);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        if i > 0 {
            buf.extend_from_slice(&sep);
        }
        buf.extend_from_slice(&b);
        check_items(vm, buf.len())?;
    }
    Ok(out(a, buf))
}

// ------------------------------------------------------------ case, predicates

macro_rules! bytes_map {
    ($fname:ident, $method:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let b: &[u8] = &this(vm, a, $method)?;
            no_args(vm, a, &qual(a, $method))?;
            let f: fn(&[u8]) -> Vec<u8> = $f;
            Ok(out(a, f(b)))
        }
    };
}

bytes_map!(bytes_upper, "upper", <[u8]>::to_ascii_uppercase);
bytes_map!(bytes_lower, "lower", <[u8]>::to_ascii_lowercase);
bytes_map!(bytes_swapcase, "swapcase", |b| b
    .iter()
    .map(|c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());

macro_rules! bytes_pred {
    ($fname:ident, $method:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let b: &[u8] = &this(vm, a, $method)?;
            no_args(vm, a, &qual(a, $method))?;
            vm.work(b.len())?;
            let f: fn(&[u8]) -> bool = $f;
            Ok(Value::Bool(f(b)))
        }
    };
}

bytes_pred!(bytes_isdigit, "isdigit", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_digit));
bytes_pred!(bytes_isalpha, "isalpha", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_alphabetic));
bytes_pred!(bytes_isalnum, "isalnum", |b| !b.is_empty()
    && b.iter().all(u8::is_ascii_alphanumeric));
bytes_pred!(bytes_isspace, "isspace", |b| !b.is_empty()
    && b.iter().all(|&c| is_ws(c)));
bytes_pred!(bytes_isascii, "isascii", |b| b.is_ascii());
bytes_pred!(bytes_islower, "islower", |b| b
    .iter()
    .any(u8::is_ascii_lowercase)
    && !b.iter().any(u8::is_ascii_uppercase));
bytes_pred!(bytes_isupper, "isupper", |b| b
    .iter()
    .any(u8::is_ascii_uppercase)
    && !b.iter().any(u8::is_ascii_lowercase));

fn bytes_dunder_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b: &[u8] = &this(vm, a, "__repr__")?;
    vm.reserve_memory(b.len().saturating_mul(4) as u64)?;
    no_args(vm, a, "bytes.__repr__")?;
    Ok(Value::string(bytes_repr(b)))
}

/// `b.__bytes__()`: the bytes value itself.
fn bytes_dunder_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(v @ Value::Obj(o)) if matches!(o.payload(), Payload::Bytes(_)) => {
            no_args(vm, a, "bytes.__bytes__")?;
            Ok(v.clone())
        }
        _ => Err(bad_self(vm, a, "bytes", "__bytes__")),
    }
}

/// `b.__getnewargs__()`: `(bytes(b),)`.
fn bytes_getnewargs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = bytes_dunder_bytes(vm, a)?;
    Ok(Value::tuple(vec![v]))
}

/// The methods bytes and bytearray share (each builds results of its
/// receiver's type).
pub(crate) fn shared_methods() -> &'static [(&'static str, crate::vm::NativeFn)] {
    &[
        ("decode", bytes_decode),
        ("hex", bytes_hex),
        ("split", bytes_split),
        ("rsplit", bytes_rsplit),
        ("strip", bytes_strip),
        ("lstrip", bytes_lstrip),
        ("rstrip", bytes_rstrip),
        ("startswith", bytes_startswith),
        ("endswith", bytes_endswith),
        ("find", bytes_find),
        ("rfind", bytes_rfind),
        ("index", bytes_index),
        ("rindex", bytes_rindex),
        ("count", bytes_count),
        ("replace", bytes_replace),
        ("join", bytes_join),
        ("upper", bytes_upper),
        ("lower", bytes_lower),
        ("swapcase", bytes_swapcase),
        ("isdigit", bytes_isdigit),
        ("isalpha", bytes_isalpha),
        ("isalnum", bytes_isalnum),
        ("isspace", bytes_isspace),
        ("isascii", bytes_isascii),
        ("islower", bytes_islower),
        ("isupper", bytes_isupper),
        ("partition", super::bytes_text::partition),
        ("rpartition", super::bytes_text::rpartition),
        ("splitlines", super::bytes_text::splitlines),
        ("expandtabs", super::bytes_text::expandtabs),
        ("center", super::bytes_text::center),
        ("ljust", super::bytes_text::ljust),
        ("rjust", super::bytes_text::rjust),
        ("zfill", super::bytes_text::zfill),
        ("title", super::bytes_text::title),
        ("capitalize", super::bytes_text::capitalize),
        ("istitle", super::bytes_text::istitle),
        ("removeprefix", super::bytes_text::removeprefix),
        ("removesuffix", super::bytes_text::removesuffix),
        ("translate", super::bytes_text::translate),
    ]
}

/// Install the bytes methods.
pub fn register(vm: &mut Vm) {
    let t = vm.types.bytes.clone();
    add_method(&t, "__new__", bytes_new, NativeKind::StaticMethod);
    add_method(&t, "fromhex", bytes_fromhex, NativeKind::ClassMethod);
    add_method(
        &t,
        "maketrans",
        super::bytes_text::maketrans,
        NativeKind::StaticMethod,
    );
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("__repr__", bytes_dunder_repr),
        ("__bytes__", bytes_dunder_bytes),
        ("__getnewargs__", bytes_getnewargs),
        ("__len__", op_len),
        ("__getitem__", op_getitem),
        ("__contains__", op_contains),
        ("__iter__", op_iter),
        ("__hash__", op_hash),
        ("__add__", op_add),
        ("__mul__", op_mul),
        ("__rmul__", op_rmul),
        ("__mod__", super::bytes_text::op_mod),
        ("__rmod__", super::bytes_text::op_rmod),
    ];
    for &(name, f) in methods.iter().chain(shared_methods()) {
        add_method(&t, name, f, NativeKind::Method);
    }
    add_comparisons(&t, true);
}
