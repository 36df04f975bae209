//! `binascii`: conversions between binary data and ASCII encodings (hex,
//! base64, uuencode, quoted-printable) and the CRC-32 / CRC-CCITT
//! checksums, written from the Python documentation and checked against
//! CPython 3.11 (tests/python/binascii__*.py, tests/tools/base64_diff.py).
//!
//! Invariants:
//! - the `a2b_*` functions take bytes-like objects or str of ASCII only,
//!   as CPython's; the `b2a_*` ones bytes-like objects only;
//! - every function charges the work meter a unit per input byte, and
//!   reserves its result's size before making it, so a huge input meets
//!   the caps before it takes memory or time;
//! - the module keeps no mutable state: `Error` and `Incomplete` are made
//!   per import and looked up in the imported module when raised.

use std::borrow::Cow;

use super::clinic::{Params, buffer, int_arg};
use super::{def, set};
use crate::object::{Args, Exc, ObjRef, PyResult, Value};
use crate::types::buffer::bytes_like;
use crate::types::bytes::bytes_value;
use crate::vm::{NativeFn, Vm};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, NativeFn)] = &[
        ("hexlify", hexlify),
        ("b2a_hex", b2a_hex),
        ("unhexlify", unhexlify),
        ("a2b_hex", a2b_hex),
        ("b2a_base64", b2a_base64),
        ("a2b_base64", a2b_base64),
        ("crc32", crc32),
        ("crc_hqx", crc_hqx),
        ("b2a_uu", b2a_uu),
        ("a2b_uu", a2b_uu),
        ("b2a_qp", b2a_qp),
        ("a2b_qp", a2b_qp),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    let value_error = vm.exc_types.value_error.clone();
    let error = super::new_exception_class(vm, "binascii", "Error", &value_error)?;
    set(vm, d, "Error", Value::Obj(error))?;
    let exception = vm.builtin_exc_class("Exception");
    let incomplete = super::new_exception_class(vm, "binascii", "Incomplete", &exception)?;
    set(vm, d, "Incomplete", Value::Obj(incomplete))?;
    Ok(())
}

/// `binascii.Error(msg)`.
fn error(vm: &mut Vm, msg: &str) -> Exc {
    let cls = super::module_attr(vm, "binascii", "Error")
        .unwrap_or_else(|| vm.exc_types.value_error.clone());
    vm.new_exc(&cls, msg)
}

/// The input of an `a2b_*` function: bytes-like, or a str of ASCII.
fn ascii_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<Cow<'a, [u8]>> {
    if let Some(s) = v.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "argument should be bytes, buffer or ASCII string, not '{tn}'"
            )))
        }
    }
}

/// Reserve and charge for an output of `n` bytes made from `input` bytes.
fn budget(vm: &mut Vm, input: usize, n: usize) -> PyResult<()> {
    vm.reserve_memory(n as u64)?;
    vm.work(input.saturating_add(n))
}

/// Bind `a`; the names after `/` (a `"/"` entry) may be given by keyword.
fn args<'a>(
    vm: &mut Vm,
    a: &Args,
    fname: &'a str,
    names: &'a [&'a str],
    positional: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let slash = names.iter().position(|n| *n == "/");
    let names_only: Vec<&str> = names.iter().copied().filter(|n| *n != "/").collect();
    Params {
        fname,
        names: &names_only,
        positional,
        keyword_from: slash.unwrap_or(0),
        required,
    }
    .bind(vm, a)
}

// ----- hex -----------------------------------------------------------------

fn hexlify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    hex_common(vm, a, "hexlify")
}

fn b2a_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    hex_common(vm, a, "b2a_hex")
}

fn hex_common(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<Value> {
    let p = args(vm, a, fname, &["data", "sep", "bytes_per_sep"], 3, 1)?;
    let data = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &data)?;
    let sep = match &p[1] {
        None | Some(Value::None) => None,
        Some(v) => Some(sep_byte(vm, v)?),
    };
    let per = match &p[2] {
        Some(v) => int_arg(vm, v)?,
        None => 1,
    };
    Ok(bytes_value(hex_bytes(vm, &data, sep, per)?))
}

/// The separator of `hex()`-like functions: one ASCII character.
pub(crate) fn sep_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let b: Vec<u8> = if let Some(s) = v.as_str() {
        let chars: Vec<char> = s.chars().collect();
        if chars.len() != 1 {
            return Err(vm.value_error("sep must be length 1."));
        }
        if !chars[0].is_ascii() {
            return Err(vm.value_error("sep must be ASCII."));
        }
        vec![chars[0] as u8]
    } else if let Some(b) = bytes_like(v) {
        b.into_owned()
    } else {
        let tn = vm.type_name(v);
        return Err(vm.type_error(format!("object of type '{tn}' has no len()")));
    };
    if b.len() != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    Ok(b[0])
}

/// Hex digits of `data`, a separator every `per` bytes (counted from the
/// right when `per` is positive, from the left when negative).
fn hex_bytes(vm: &mut Vm, data: &[u8], sep: Option<u8>, per: i64) -> PyResult<Vec<u8>> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let group = per.unsigned_abs() as usize;
    let seps = match sep {
        Some(_) if group > 0 && !data.is_empty() => (data.len() - 1) / group,
        _ => 0,
    };
    let n = data.len().saturating_mul(2).saturating_add(seps);
    budget(vm, data.len(), n)?;
    let mut out = Vec::with_capacity(n);
    for (i, &x) in data.iter().enumerate() {
        if let Some(s) = sep
            && seps > 0
            && i > 0
        {
            let boundary = if per > 0 {
                (data.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(s);
            }
        }
        out.push(DIGITS[usize::from(x >> 4)]);
        out.push(DIGITS[usize::from(x & 15)]);
    }
    Ok(out)
}

fn unhexlify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unhex_common(vm, a, "binascii.unhexlify")
}

fn a2b_hex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    unhex_common(vm, a, "binascii.a2b_hex")
}

fn unhex_common(vm: &mut Vm, a: &Args, fname: &str) -> PyResult<Value> {
    let p = args(vm, a, fname, &["hexstr", "/"], 1, 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let s = ascii_arg(vm, &v)?;
    if s.len() % 2 == 1 {
        return Err(error(vm, "Odd-length string"));
    }
    budget(vm, s.len(), s.len() / 2)?;
    let mut out = Vec::with_capacity(s.len() / 2);
    for pair in s.chunks(2) {
        match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(h), Some(l)) => out.push(h << 4 | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(bytes_value(out))
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

// ----- base64 --------------------------------------------------------------

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

fn b2a_base64(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "b2a_base64",
        names: &["data", "newline"],
        positional: 1,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let newline = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let n = data.len().div_ceil(3).saturating_mul(4) + usize::from(newline);
    budget(vm, data.len(), n)?;
    let mut out = Vec::with_capacity(n);
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let w = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        out.push(B64[(w >> 18) as usize & 63]);
        out.push(B64[(w >> 12) as usize & 63]);
        out.push(if c.len() > 1 {
            B64[(w >> 6) as usize & 63]
        } else {
            b'='
        });
        out.push(if c.len() > 2 {
            B64[w as usize & 63]
        } else {
            b'='
        });
    }
    if newline {
        out.push(b'\n');
    }
    Ok(bytes_value(out))
}

fn a2b_base64(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "a2b_base64",
        names: &["data", "strict_mode"],
        positional: 1,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = ascii_arg(vm, &v)?;
    let strict = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    budget(vm, data.len(), data.len() / 4 * 3 + 3)?;
    match decode_base64(&data, strict) {
        Ok(out) => Ok(bytes_value(out)),
        Err(msg) => Err(error(vm, &msg)),
    }
}

/// Base64 decoding as binascii does it: outside strict mode, characters
/// outside the alphabet are skipped and decoding stops at the padding that
/// completes a group; strict mode refuses both.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    if strict && data.first() == Some(&b'=') {
        return Err("Leading padding not allowed".into());
    }
    let mut quad = 0usize;
    let mut acc: u32 = 0;
    let mut pads = 0usize;
    let mut padding = false;
    let mut count = 0usize;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if quad >= 2 {
                pads += 1;
                if quad + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err("Excess data after padding".into());
                    }
                    return Ok(out);
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        count += 1;
        match quad {
            0 => {
                acc = v;
                quad = 1;
            }
            1 => {
                out.push(((acc << 2) | (v >> 4)) as u8);
                acc = v & 0x0f;
                quad = 2;
            }
            2 => {
                out.push(((acc << 4) | (v >> 2)) as u8);
                acc = v & 0x03;
                quad = 3;
            }
            _ => {
                out.push(((acc << 6) | v) as u8);
                quad = 0;
            }
        }
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({count}) cannot be 1 \
             more than a multiple of 4"
        )),
        _ => Err("Incorrect padding".into()),
    }
}

// ----- checksums -----------------------------------------------------------

/// A running checksum argument: any int, taken modulo 2**32 (as CPython's
/// `unsigned int` converter does).
pub(crate) fn u32_arg(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    let b = crate::types::int::index_bigint(vm, v)?;
    let m = b & num_bigint::BigInt::from(u32::MAX);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

fn crc32(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args(vm, a, "binascii.crc32", &["data", "crc", "/"], 2, 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let mut crc = match &p[1] {
        Some(v) => u32_arg(vm, v)?,
        None => 0,
    };
    for chunk in data.chunks(64 * 1024) {
        vm.work(chunk.len())?;
        crc = zlib_rs::crc32::crc32(crc, chunk);
    }
    Ok(Value::Int(i64::from(crc)))
}

fn crc_hqx(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args(vm, a, "binascii.crc_hqx", &["data", "crc", "/"], 2, 2)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let start = u32_arg(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    vm.work(data.len().saturating_mul(4))?;
    // CRC-CCITT (XMODEM): polynomial 0x1021, no reflection, bit by bit.
    let mut crc = (start & 0xffff) as u16;
    for &b in data.iter() {
        crc ^= u16::from(b) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(Value::Int(i64::from(crc)))
}

// ----- uuencode ------------------------------------------------------------

fn b2a_uu(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = Params {
        fname: "b2a_uu",
        names: &["data", "backtick"],
        positional: 1,
        keyword_from: 1,
        required: 1,
    }
    .bind(vm, a)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let backtick = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let ch = |x: u32| -> u8 {
        if backtick && x == 0 {
            b'`'
        } else {
            b' ' + x as u8
        }
    };
    let mut out = vec![ch(data.len() as u32)];
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        let w = u32::from(b[0]) << 16 | u32::from(b[1]) << 8 | u32::from(b[2]);
        for shift in [18, 12, 6, 0] {
            out.push(ch((w >> shift) & 63));
        }
    }
    out.push(b'\n');
    Ok(bytes_value(out))
}

fn a2b_uu(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args(vm, a, "binascii.a2b_uu", &["data", "/"], 1, 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = ascii_arg(vm, &v)?;
    vm.work(data.len())?;
    let mut it = data.iter().copied();
    let len = match it.next() {
        Some(c) => usize::from(c.wrapping_sub(b' ') & 0x3f),
        // An empty line: 32 zero bytes, as CPython gives.
        None => return Ok(bytes_value(vec![0; 32])),
    };
    let mut out = Vec::with_capacity(len);
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut rest: Vec<u8> = Vec::new();
    while out.len() < len {
        let c = it.next();
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => {
                return Err(error(vm, "Illegal char"));
            }
            Some(c) => u32::from(c.wrapping_sub(b' ') & 0x3f),
        };
        if matches!(c, Some(b'\n') | Some(b'\r')) {
            rest.push(c.unwrap_or(b'\n'));
        }
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    for c in rest.into_iter().chain(it) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') && c != b' ' + 64 {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(bytes_value(out))
}

// ----- quoted-printable ----------------------------------------------------

fn a2b_qp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args(vm, a, "a2b_qp", &["data", "header"], 2, 1)?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = ascii_arg(vm, &v)?;
    let header = match &p[1] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    vm.work(data.len())?;
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            // A soft line break: '=' then a newline (or '=\r\n').
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                }
                i += 1;
                continue;
            }
            if data[i] == b'=' {
                out.push(b'=');
                i += 1;
                continue;
            }
            match (
                hex_value(data[i]),
                data.get(i + 1).and_then(|&d| hex_value(d)),
            ) {
                (Some(h), Some(l)) if i + 1 < data.len() => {
                    out.push(h << 4 | l);
                    i += 2;
                }
                _ => out.push(b'='),
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(bytes_value(out))
}

fn b2a_qp(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = args(
        vm,
        a,
        "b2a_qp",
        &["data", "quotetabs", "istext", "header"],
        4,
        1,
    )?;
    let v = p[0].clone().unwrap_or(Value::None);
    let data = buffer(vm, &v)?;
    let mut flag = |i: usize, default: bool| -> PyResult<bool> {
        match &p[i] {
            Some(v) => vm.truthy(v),
            None => Ok(default),
        }
    };
    let quotetabs = flag(1, false)?;
    let istext = flag(2, true)?;
    let header = flag(3, false)?;
    budget(vm, data.len(), data.len().saturating_mul(3))?;
    Ok(bytes_value(encode_qp(&data, quotetabs, istext, header)))
}

/// Quoted-printable encoding (RFC 1521) with binascii's choices: lines of
/// at most 76 characters with soft breaks, the line ending of the input
/// (CRLF when its first line ends so), a space or tab that ends a line
/// quoted (found when the line ends, so a header-mode '_' stays), a '.'
/// alone at the start of a line quoted, and in header mode '_' quoted and
/// a space written as '_'.
fn encode_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    const MAXLINE: usize = 76;
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let mut line = 0usize;
    let mut i = 0;
    let n = data.len();
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.' && line == 0 && matches!(next, None | Some(b'\n' | b'\r' | 0)))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && next.is_none())
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if line + 3 >= MAXLINE {
                soft_break(&mut out);
                line = 0;
            }
            push_quoted(&mut out, c);
            line += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            line = 0;
            // A space or tab must not end a line: quote the last one.
            if let Some(&last) = out.last()
                && (last == b' ' || last == b'\t')
            {
                out.pop();
                push_quoted(&mut out, last);
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if next.is_some() && next != Some(b'\n') && line + 1 >= MAXLINE {
                soft_break(&mut out);
                line = 0;
            }
            line += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

fn push_quoted(out: &mut Vec<u8>, c: u8) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    out.extend_from_slice(&[b'=', HEX[usize::from(c >> 4)], HEX[usize::from(c & 15)]]);
}
