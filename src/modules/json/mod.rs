//! `_json`: the native half of the `json` package (Python shipped in the
//! binary, `src/stdlib/json/`), importable wherever `json` is granted
//! (`modules::check_granted`). The package keeps CPython's classes and
//! hooks; the work of scanning and writing text is done here.
//!
//! - `scan_once(s, idx, cfg)`: the value starting at code point `idx` of
//!   `s` and the index after it, or `StopIteration(idx)` where no value
//!   starts (CPython's scanner contract); `cfg` is a decoder's
//!   configuration tuple (see `decode_config`).
//! - `decode(s, decoder, general)`: a whole document (whitespace around it
//!   allowed), `JSONDecoder.decode`: scanned here when the decoder's
//!   `scan_once` carries a configuration (`json_config`) and its class's
//!   `raw_decode` is the one that configuration names; else
//!   `general(decoder, s)`, the Python path through `raw_decode`.
//! - `scanstring(s, end, strict, error)`: the string whose text starts at
//!   `end` (after its quote) and the index after its closing quote.
//! - `encode(obj, cfg)`: the text of `obj` (see `encoder_config`).
//! - `encode_basestring(s)`, `encode_basestring_ascii(s)`: a str quoted.
//! - `skip_ws(s, idx)`: the index of the first non-whitespace at or after
//!   `idx`.
//! - `decode_bytes(b)`: the text of a JSON document given as bytes, its
//!   encoding (UTF-8, UTF-16 or UTF-32, either byte order) detected as
//!   CPython's `json.detect_encoding` does.
//!
//! This module holds no state: every call gets its configuration (the
//! scanner keeps an empty scratch space per thread, room only, see
//! `decode::Scanner`).

mod decode;
mod encode;

use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::def;
use crate::builtins::positional;
use decode::{Config, Fail, Scanner};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "scan_once", scan_once)?;
    def(vm, d, "decode", decode_document)?;
    def(vm, d, "scanstring", scanstring)?;
    def(vm, d, "encode", encode_value)?;
    def(vm, d, "encode_basestring", encode_basestring)?;
    def(vm, d, "encode_basestring_ascii", encode_basestring_ascii)?;
    def(vm, d, "decode_bytes", decode_bytes)?;
    def(vm, d, "skip_ws", skip_ws)?;
    Ok(())
}

/// `skip_ws(s, idx)`: the first index at or after `idx` that is not JSON
/// whitespace.
fn skip_ws(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "skip_ws", a, 2, 2)?;
    let text = str_arg(vm, "skip_ws", a, 0)?;
    let idx = index_arg(vm, &a.pos[1], "idx cannot be negative")?;
    let Some(pos) = decode::byte_offset(text, idx) else {
        return Ok(Value::Int(idx as i64));
    };
    let end = decode::skip_ws(text.as_bytes(), pos);
    vm.work(end - pos)?;
    Ok(Value::Int((idx + (end - pos)) as i64))
}

/// The str argument `i` of `fname`.
fn str_arg<'a>(vm: &mut Vm, fname: &str, a: &'a Args, i: usize) -> PyResult<&'a str> {
    match a.pos[i].as_str() {
        Some(s) => Ok(s),
        None => match a.pos[i].instance_base().and_then(Value::as_str) {
            Some(s) => Ok(s),
            None => {
                let tn = vm.type_name(&a.pos[i]);
                Err(vm.type_error(format!(
                    "{fname}() argument {} must be str, not {tn}",
                    i + 1
                )))
            }
        },
    }
}

/// A hook of the configuration: None stands for the default.
fn hook(v: &Value) -> Option<Value> {
    (!v.is_none()).then(|| v.clone())
}

/// A decoder's configuration from the tuple `(strict, object_hook,
/// object_pairs_hook, parse_float, parse_int, parse_constant, error,
/// raw_decode)`, hooks None where the default applies (`raw_decode`, the
/// method whose work `decode` does, is read by `decode` alone).
fn decode_config(vm: &mut Vm, v: &Value) -> PyResult<Config> {
    let Some(Payload::Tuple(t)) = v.payload() else {
        return Err(vm.type_error("decoder configuration must be a tuple"));
    };
    if t.len() != 8 {
        return Err(vm.type_error("decoder configuration must have 8 items"));
    }
    Ok(Config {
        strict: vm.truthy(&t[0])?,
        object_hook: hook(&t[1]),
        pairs_hook: hook(&t[2]),
        parse_float: hook(&t[3]),
        parse_int: hook(&t[4]),
        parse_constant: hook(&t[5]),
        error: t[6].clone(),
    })
}

/// A non-negative index argument.
fn index_arg(vm: &mut Vm, v: &Value, negative: &str) -> PyResult<usize> {
    let i = crate::types::int::index_bigint(vm, v)?;
    if i.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error(negative));
    }
    Ok(num_traits::ToPrimitive::to_usize(&i).unwrap_or(usize::MAX))
}

fn fail_to_exc(vm: &mut Vm, text: &str, f: Fail) -> crate::object::Exc {
    match f {
        Fail::Py(e) => e,
        Fail::Stop(pos) => vm.stop_iteration(Value::Int(decode::char_index(text, pos) as i64)),
    }
}

fn scan_once(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "scan_once", a, 3, 3)?;
    let text = str_arg(vm, "scan_once", a, 0)?;
    let idx = index_arg(vm, &a.pos[1], "idx cannot be negative")?;
    let cfg = decode_config(vm, &a.pos[2])?;
    let Some(pos) = decode::byte_offset(text, idx) else {
        return Err(vm.stop_iteration(Value::Int(idx as i64)));
    };
    let mut sc = Scanner::new(text, &a.pos[0], &cfg);
    match sc.value(vm, pos) {
        Ok((v, end)) => {
            sc.finish(vm)?;
            Ok(Value::tuple(vec![
                v,
                Value::Int(decode::char_index(text, end) as i64),
            ]))
        }
        Err(f) => Err(fail_to_exc(vm, text, f)),
    }
}

/// The configuration `decoder.decode` may scan with at once: that of its
/// `scan_once` when its class's `raw_decode` is the configuration's own
/// (None: the decoder goes its own way, through `raw_decode`).
fn plain_config(vm: &mut Vm, decoder: &Value) -> PyResult<Option<Value>> {
    let name = vm.intern_static("scan_once");
    let scan = vm.getattr(decoder, &name)?;
    let name = vm.intern_static("json_config");
    let Some(cfg) = vm.getattr_opt(&scan, &name)? else {
        return Ok(None);
    };
    let raw = match cfg.payload() {
        Some(Payload::Tuple(t)) if t.len() == 8 => t[7].clone(),
        _ => return Ok(None),
    };
    let own = vm.lookup_special_str(decoder, "raw_decode");
    Ok(own.is_some_and(|f| f.is(&raw)).then_some(cfg))
}

fn decode_document(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "decode", a, 3, 3)?;
    let Some(cfg) = plain_config(vm, &a.pos[1])? else {
        return vm.call(&a.pos[2], &[a.pos[1].clone(), a.pos[0].clone()]);
    };
    let text = str_arg(vm, "decode", a, 0)?;
    let cfg = decode_config(vm, &cfg)?;
    let mut sc = Scanner::new(text, &a.pos[0], &cfg);
    let b = text.as_bytes();
    let start = decode::skip_ws(b, 0);
    let (v, end) = match sc.value(vm, start) {
        Ok(r) => r,
        Err(Fail::Stop(pos)) => {
            let at = decode::char_index(text, pos) as i64;
            return Err(decode::decode_error(
                vm,
                &cfg.error,
                "Expecting value",
                &a.pos[0],
                at,
            ));
        }
        Err(Fail::Py(e)) => return Err(e),
    };
    let end = decode::skip_ws(b, end);
    if end != b.len() {
        let at = decode::char_index(text, end) as i64;
        return Err(decode::decode_error(
            vm,
            &cfg.error,
            "Extra data",
            &a.pos[0],
            at,
        ));
    }
    sc.finish(vm)?;
    Ok(v)
}

fn scanstring(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "scanstring", a, 4, 4)?;
    let text = str_arg(vm, "scanstring", a, 0)?;
    let end = index_arg(vm, &a.pos[1], "end is out of bounds")?;
    let cfg = Config {
        strict: vm.truthy(&a.pos[2])?,
        object_hook: None,
        pairs_hook: None,
        parse_float: None,
        parse_int: None,
        parse_constant: None,
        error: a.pos[3].clone(),
    };
    let Some(pos) = decode::byte_offset(text, end) else {
        return Err(vm.value_error("end is out of bounds"));
    };
    let mut sc = Scanner::new(text, &a.pos[0], &cfg);
    match sc.string(vm, pos) {
        Ok((s, end)) => {
            sc.finish(vm)?;
            Ok(Value::tuple(vec![
                decode::str_value(s),
                Value::Int(decode::char_index(text, end) as i64),
            ]))
        }
        Err(f) => Err(fail_to_exc(vm, text, f)),
    }
}

/// `encode(obj, (skipkeys, ensure_ascii, check_circular, allow_nan,
/// sort_keys, indent, key_separator, item_separator, default))`; `indent`
/// is None or the str of one level.
fn encode_value(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "encode", a, 2, 2)?;
    let Some(Payload::Tuple(t)) = a.pos[1].payload() else {
        return Err(vm.type_error("encoder configuration must be a tuple"));
    };
    if t.len() != 9 {
        return Err(vm.type_error("encoder configuration must have 9 items"));
    }
    let text = |vm: &mut Vm, v: &Value, what: &str| -> PyResult<String> {
        match v
            .as_str()
            .or_else(|| v.instance_base().and_then(Value::as_str))
        {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!(
                    "make_encoder() argument {what} must be str, not {tn}"
                )))
            }
        }
    };
    let indent = match &t[5] {
        Value::None => None,
        v => Some(text(vm, v, "6")?),
    };
    let mut enc = encode::Encoder {
        skipkeys: vm.truthy(&t[0])?,
        ensure_ascii: vm.truthy(&t[1])?,
        check_circular: vm.truthy(&t[2])?,
        allow_nan: vm.truthy(&t[3])?,
        sort_keys: vm.truthy(&t[4])?,
        doing: if indent.is_some() {
            " while calling a Python object"
        } else {
            " while encoding a JSON object"
        },
        indent,
        key_sep: text(vm, &t[6], "7")?,
        item_sep: text(vm, &t[7], "8")?,
        default: t[8].clone(),
        markers: Vec::new(),
    };
    let s = enc.encode(vm, &a.pos[0])?;
    Ok(Value::string(s))
}

fn quote(vm: &mut Vm, a: &Args, fname: &str, ascii: bool) -> PyResult<Value> {
    positional(vm, fname, a, 1, 1)?;
    let Some(s) = a.pos[0]
        .as_str()
        .or_else(|| a.pos[0].instance_base().and_then(Value::as_str))
    else {
        let tn = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!("first argument must be a string, not {tn}")));
    };
    vm.work(s.len())?;
    let mut out = String::new();
    encode::write_str(&mut out, s, ascii);
    Ok(Value::string(out))
}

fn encode_basestring(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    quote(vm, a, "encode_basestring", false)
}

fn encode_basestring_ascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    quote(vm, a, "encode_basestring_ascii", true)
}

/// The text of a JSON document in bytes: UTF-32 or UTF-16 when its BOM or
/// its pattern of zero bytes says so (a JSON text starts with an ASCII
/// character), UTF-8 otherwise, with a UTF-8 BOM skipped.
fn decode_bytes(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    positional(vm, "decode_bytes", a, 1, 1)?;
    let Some(b) = crate::types::buffer::bytes_like(&a.pos[0]) else {
        let tn = vm.type_name(&a.pos[0]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let b: &[u8] = &b;
    vm.work(b.len())?;
    let (enc, body): (&str, &[u8]) =
        if b.starts_with(&[0xFF, 0xFE, 0, 0]) || b.starts_with(&[0, 0, 0xFE, 0xFF]) {
            ("utf-32", b)
        } else if b.starts_with(&[0xFF, 0xFE]) || b.starts_with(&[0xFE, 0xFF]) {
            ("utf-16", b)
        } else if b.starts_with(&[0xEF, 0xBB, 0xBF]) {
            ("utf-8-sig", &b[3..])
        } else if b.len() >= 4 {
            match (b[0], b[1], b[2], b[3]) {
                (0, 0, _, _) => ("utf-32-be", b),
                (0, _, _, _) => ("utf-16-be", b),
                (_, 0, 0, 0) => ("utf-32-le", b),
                (_, 0, _, _) => ("utf-16-le", b),
                _ => ("utf-8", b),
            }
        } else if b.len() == 2 && b[0] == 0 {
            ("utf-16-be", b)
        } else if b.len() == 2 && b[1] == 0 {
            ("utf-16-le", b)
        } else {
            ("utf-8", b)
        };
    let text = match enc {
        "utf-8" | "utf-8-sig" => decode_utf8(body),
        _ => decode_wide(enc, body),
    };
    match text {
        Ok(s) => {
            vm.reserve_memory(s.len() as u64)?;
            Ok(Value::string(s))
        }
        Err(bad) => {
            // Positions count from the start of what the codec reads
            // (after a UTF-8 BOM, for utf-8-sig).
            let (start, end) = (bad.start, bad.end);
            let at = if end - start == 1 {
                format!("byte 0x{:02x} in position {start}", body[start])
            } else {
                format!("bytes in position {start}-{}", end - 1)
            };
            let msg = format!("'{}' codec can't decode {at}: {}", bad.codec, bad.reason);
            let cls = vm
                .exc_types
                .all
                .iter()
                .find(|(n, _)| *n == "UnicodeDecodeError")
                .map_or_else(|| vm.exc_types.value_error.clone(), |(_, c)| c.clone());
            Err(vm.new_exc(&cls, &msg))
        }
    }
}

/// Where and why bytes could not be decoded (CPython's wording).
struct BadBytes {
    codec: &'static str,
    start: usize,
    end: usize,
    reason: &'static str,
}

/// UTF-8 bytes to text. CPython's `surrogatepass` would let encoded
/// surrogates through; a sandpy str cannot hold them, so they are refused.
fn decode_utf8(b: &[u8]) -> Result<String, BadBytes> {
    match std::str::from_utf8(b) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let lead = b[at];
            let (end, reason) = match e.error_len() {
                None => (b.len(), "unexpected end of data"),
                Some(_) if matches!(lead, 0x80..=0xC1 | 0xF5..=0xFF) => {
                    (at + 1, "invalid start byte")
                }
                Some(_) if lead == 0xED && b.get(at + 1).is_some_and(|&c| c >= 0xA0) => {
                    (at + 3, "a surrogate cannot be held by a sandpy str")
                }
                Some(n) => (at + n, "invalid continuation byte"),
            };
            Err(BadBytes {
                codec: "utf-8",
                start: at,
                end,
                reason,
            })
        }
    }
}

/// UTF-16 or UTF-32 bytes to text (`utf-16`/`utf-32` read their BOM); a
/// lone surrogate cannot be held by a sandpy str and is an error.
fn decode_wide(enc: &str, b: &[u8]) -> Result<String, BadBytes> {
    let (width, mut big, mut at) = match enc {
        "utf-16-le" => (2, false, 0),
        "utf-16-be" => (2, true, 0),
        "utf-32-le" => (4, false, 0),
        "utf-32-be" => (4, true, 0),
        "utf-16" => (2, false, 0),
        _ => (4, false, 0),
    };
    if enc == "utf-16" || enc == "utf-32" {
        big = b[0] != 0xFF;
        at = width;
    }
    let codec = match (width, big) {
        (2, false) => "utf-16-le",
        (2, true) => "utf-16-be",
        (_, false) => "utf-32-le",
        (_, true) => "utf-32-be",
    };
    let bad = |start: usize, end: usize, reason: &'static str| BadBytes {
        codec,
        start,
        end,
        reason,
    };
    if !(b.len() - at).is_multiple_of(width) {
        let start = b.len() - (b.len() - at) % width;
        // CPython reports what came before the cut first.
        if let Err(e) = decode_wide(codec, &b[..start]) {
            return Err(BadBytes {
                start: e.start,
                end: e.end,
                ..e
            });
        }
        return Err(bad(start, b.len(), "truncated data"));
    }
    let unit = |i: usize| -> u32 {
        let w = &b[i..i + width];
        w.iter().enumerate().fold(0u32, |acc, (n, &x)| {
            let shift = if big { (width - 1 - n) * 8 } else { n * 8 };
            acc | (u32::from(x) << shift)
        })
    };
    let mut out = String::with_capacity(b.len() / width);
    while at < b.len() {
        let u = unit(at);
        if width == 2 && (0xD800..0xDC00).contains(&u) && at + 4 <= b.len() {
            let low = unit(at + 2);
            if (0xDC00..0xE000).contains(&low) {
                let c = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
                out.push(char::from_u32(c).ok_or(bad(at, at + 4, "illegal encoding"))?);
                at += 4;
                continue;
            }
        }
        match char::from_u32(u) {
            Some(c) => out.push(c),
            None if (0xD800..0xE000).contains(&u) => {
                let why = "a lone surrogate cannot be held by a sandpy str";
                return Err(bad(at, at + width, why));
            }
            None => return Err(bad(at, at + width, "code point not in range(0x110000)")),
        }
        at += width;
    }
    Ok(out)
}
