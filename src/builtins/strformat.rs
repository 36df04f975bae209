//! String formatting glue between Python values and the `format` library:
//! printf-style `%` ([`percent_format`]), `str.format` ([`str_format`]),
//! `format(v, spec)` ([`format_value`]) and the f-string `FormatValue`
//! instruction (`Vm::format_value`).
//!
//! The library (`crate::format`) does the text work and returns CPython's
//! messages as `Err(String)`; this file picks the exception classes
//! (ValueError, except the few OverflowError messages), resolves `*` widths,
//! looks values up for `%(key)s` and `{0.attr[key]}`, and calls `__format__`
//! of user classes.

use num_bigint::BigInt;
use std::fmt::Write as _;

use crate::format::{self, PercentNum, PercentPiece, PercentSpec};
use crate::object::{ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// Map a formatting library error to ValueError (or OverflowError).
fn fmt_err(vm: &mut Vm, msg: String) -> crate::object::Exc {
    if msg.contains("too large") || msg.contains("not in range(0x110000)") {
        vm.overflow_error(msg)
    } else {
        vm.value_error(msg)
    }
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Bool(b) if spec.is_empty() => {
            return Ok(if *b { "True" } else { "False" }.to_string());
        }
        Value::Bool(_) | Value::Int(_) => {
            if spec.is_empty() {
                return vm.str(v);
            }
            let tn = if matches!(v, Value::Bool(_)) {
                "bool"
            } else {
                "int"
            };
            let b = v.to_bigint().unwrap_or_default();
            return format_int_spec(vm, &b, spec, tn);
        }
        Value::Float(f) => {
            if spec.is_empty() {
                return Ok(format::float_repr(*f));
            }
            let s = format::parse_format_spec_for(spec, "float").map_err(|m| fmt_err(vm, m))?;
            return format::format_float(*f, &s).map_err(|m| fmt_err(vm, m));
        }
        _ => {}
    }
    match v.payload() {
        Some(Payload::BigInt(b)) => {
            if spec.is_empty() {
                return vm.str(v);
            }
            let b = b.clone();
            format_int_spec(vm, &b, spec, "int")
        }
        Some(Payload::Str(s)) => {
            if spec.is_empty() {
                return Ok(s.s.to_string());
            }
            let text = s.s.to_string();
            let sp = format::parse_format_spec_for(spec, "str").map_err(|m| fmt_err(vm, m))?;
            format::format_str(&text, &sp).map_err(|m| fmt_err(vm, m))
        }
        Some(p) if crate::vm::meta::protocols(p) => {
            // A builtin's `__format__` with an empty spec is `str(self)`:
            // for an instance of a builtin subclass, its own `__str__` or
            // `__repr__`.
            if spec.is_empty()
                && v.instance_base().is_some()
                && vm.base_for(v, "__format__").is_some()
            {
                return vm.str(v);
            }
            if let Some(f) = vm.lookup_special_str(v, "__format__") {
                let r = vm.call(&f, &[v.clone(), Value::str(spec)])?;
                return match r.as_str() {
                    Some(s) => Ok(s.to_string()),
                    None => {
                        let tn = vm.type_name(&r);
                        Err(vm.type_error(format!("__format__ must return a str, not {tn}")))
                    }
                };
            }
            object_format(vm, v, spec)
        }
        _ => object_format(vm, v, spec),
    }
}

fn format_int_spec(vm: &mut Vm, b: &BigInt, spec: &str, tn: &str) -> PyResult<String> {
    let s = format::parse_format_spec_for(spec, tn).map_err(|m| fmt_err(vm, m))?;
    format::format_int(b, &s, tn).map_err(|m| fmt_err(vm, m))
}

/// `object.__format__`: only the empty spec is accepted.
pub(crate) fn object_format(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return vm.str(v);
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "unsupported format string passed to {tn}.__format__"
    )))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii_of(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let r = vm.repr(v)?;
    Ok(escape_non_ascii(&r))
}

/// Escape every non-ASCII character as `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn escape_non_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = u32::from(c);
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

impl Vm {
    /// The f-string `FormatValue` instruction: conversion 0 none, 1 `!s`,
    /// 2 `!r`, 3 `!a`; `spec` is the already-built spec string.
    pub(crate) fn format_value(
        &mut self,
        v: Value,
        conversion: usize,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::string(self.str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(ascii_of(self, &v)?),
            _ => v,
        };
        let spec_text = match &spec {
            Some(s) => match s.as_str() {
                Some(t) => t.to_string(),
                None => self.str(s)?,
            },
            None => String::new(),
        };
        if spec_text.is_empty() && v.as_str().is_some() {
            return Ok(v);
        }
        format_value(self, &v, &spec_text).map(Value::string)
    }
}

// ----- printf-style -------------------------------------------------------

/// Where `%` conversions take their values from.
struct PercentArgs {
    items: Vec<Value>,
    next: usize,
    /// The mapping for `%(key)s`, when the right operand is one.
    mapping: Option<Value>,
}

impl PercentArgs {
    fn take(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.items.get(self.next) {
            Some(v) => {
                self.next += 1;
                Ok(v.clone())
            }
            None => Err(vm.type_error("not enough arguments for format string")),
        }
    }
}

/// `fmt % args` for a str `fmt`.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    percent_render(vm, fmt, args, false).map(Value::string)
}

/// `fmt % args` for a str `fmt`, or for a bytes one (`bytes`: `fmt` and the
/// result are bytes decoded as latin-1, and `%s`/`%b`/`%c`/`%r` follow
/// bytes' rules).
pub fn percent_render(vm: &mut Vm, fmt: &str, args: &Value, bytes: bool) -> PyResult<String> {
    if !bytes && simple_percent(fmt) {
        return percent_simple(vm, fmt, args);
    }
    let pieces = if bytes {
        format::parse_percent_bytes(fmt)
    } else {
        format::parse_percent(fmt)
    };
    let pieces = pieces.map_err(|m| vm.value_error(m))?;
    let is_mapping = is_mapping(vm, args);
    let mut pa = match args.payload() {
        Some(Payload::Tuple(t)) => PercentArgs {
            items: t.to_vec(),
            next: 0,
            mapping: None,
        },
        _ => PercentArgs {
            items: vec![args.clone()],
            next: 0,
            mapping: if is_mapping { Some(args.clone()) } else { None },
        },
    };
    let mut out = String::new();
    for p in &pieces {
        match p {
            PercentPiece::Literal(s) => out.push_str(s),
            PercentPiece::Conv(spec) => {
                let text = percent_one(vm, spec, &mut pa, bytes)?;
                if out.len() + text.len() > crate::types::seq_ops::MAX_ITEMS.saturating_mul(8) {
                    return Err(vm.memory_error("formatted string is too large"));
                }
                out.push_str(&text);
            }
        }
    }
    if pa.next < pa.items.len() && pa.mapping.is_none() {
        let what = if bytes { "bytes" } else { "string" };
        return Err(vm.type_error(format!(
            "not all arguments converted during {what} formatting"
        )));
    }
    Ok(out)
}

/// Whether every conversion of `fmt` is a bare `%s`, `%d`, `%i`, `%r` or
/// `%%` (no mapping keys, flags, widths or precisions): the formats of most
/// programs, rendered by `percent_simple` in one pass.
fn simple_percent(fmt: &str) -> bool {
    let b = fmt.as_bytes();
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'%', &b[i..]) {
        match b.get(i + off + 1) {
            Some(b's' | b'd' | b'i' | b'r' | b'%') => i += off + 2,
            _ => return false,
        }
    }
    true
}

/// `fmt % args` for a format that `simple_percent` accepts: the same
/// result and errors as the general path, without parsing the format into
/// pieces first; ints and strs are written in place.
fn percent_simple(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let mut pa = PercentArgs {
        items: match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![args.clone()],
        },
        next: 0,
        mapping: None,
    };
    let mut out = String::with_capacity(fmt.len() + 8);
    let mut rest = fmt;
    while let Some(p) = memchr::memchr(b'%', rest.as_bytes()) {
        out.push_str(&rest[..p]);
        let conv = rest.as_bytes()[p + 1];
        rest = &rest[p + 2..];
        if conv == b'%' {
            out.push('%');
            continue;
        }
        let v = pa.take(vm)?;
        match (conv, &v) {
            (b'd' | b'i', Value::Int(i)) => out.push_str(format::i64_text(*i, &mut [0u8; 20])),
            (b'd' | b'i', Value::Bool(b)) => out.push(if *b { '1' } else { '0' }),
            (b'd' | b'i', _) => {
                let n = percent_int_value(vm, &v, conv as char)?;
                let _ = write!(out, "{n}");
            }
            (b's', _) if v.as_str().is_some() => out.push_str(v.as_str().unwrap_or_default()),
            (b's', _) => out.push_str(&vm.str(&v)?),
            _ => out.push_str(&vm.repr(&v)?),
        }
        if out.len() > crate::types::seq_ops::MAX_ITEMS.saturating_mul(8) {
            return Err(vm.memory_error("formatted string is too large"));
        }
    }
    out.push_str(rest);
    if pa.next < pa.items.len() && !is_mapping(vm, args) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// Whether the right operand of `%` counts as a mapping, as CPython
/// decides: anything with `__getitem__` but a tuple or a str (a list, a
/// bytes, a dict). Unused items are then not an error, and `%(key)s`
/// looks keys up in it.
fn is_mapping(vm: &mut Vm, args: &Value) -> bool {
    let base = args.instance_base().unwrap_or(args);
    match base.payload() {
        None | Some(Payload::Tuple(_) | Payload::Str(_)) => false,
        Some(Payload::Dict(_) | Payload::List(_) | Payload::Bytes(_)) => true,
        Some(_) => vm.lookup_special_str(args, "__getitem__").is_some(),
    }
}

/// A `*` width or precision argument.
fn star_arg(vm: &mut Vm, pa: &mut PercentArgs) -> PyResult<i64> {
    let v = pa.take(vm)?;
    match v {
        Value::Int(i) => Ok(i),
        Value::Bool(b) => Ok(i64::from(b)),
        _ => Err(vm.type_error("* wants int")),
    }
}

/// Render one conversion.
fn percent_one(
    vm: &mut Vm,
    spec: &PercentSpec,
    pa: &mut PercentArgs,
    bytes: bool,
) -> PyResult<String> {
    let mut spec = spec.clone();
    let width = match spec.width {
        Some(PercentNum::Star) => {
            let w = star_arg(vm, pa)?;
            if w < 0 {
                spec.flags.minus = true;
            }
            let w = w.unsigned_abs();
            if w > format::MAX_WIDTH as u64 {
                return Err(vm.value_error("width too big"));
            }
            usize::try_from(w).unwrap_or(0)
        }
        Some(PercentNum::Num(n)) => n,
        None => 0,
    };
    let precision = match spec.precision {
        Some(PercentNum::Star) => {
            let p = star_arg(vm, pa)?;
            if p > format::MAX_WIDTH as i64 {
                return Err(vm.value_error("precision too big"));
            }
            Some(usize::try_from(p.max(0)).unwrap_or(0))
        }
        Some(PercentNum::Num(n)) => Some(n),
        None => None,
    };
    let v = match &spec.key {
        Some(key) => {
            let Some(m) = pa.mapping.clone() else {
                return Err(vm.type_error("format requires a mapping"));
            };
            let k = if bytes {
                crate::types::bytes::bytes_value(key.chars().map(|c| c as u32 as u8).collect())
            } else {
                Value::str(key)
            };
            vm.getitem(&m, &k)?
        }
        None => pa.take(vm)?,
    };
    if bytes && let Some(s) = crate::types::bytes_text::percent_bytes_conv(vm, spec.conv, &v)? {
        let p = if spec.conv == 'c' { None } else { precision };
        return Ok(format::percent_pad_str(&s, &spec, width, p));
    }
    match spec.conv {
        's' => {
            let s = vm.str(&v)?;
            Ok(format::percent_pad_str(&s, &spec, width, precision))
        }
        'r' => {
            let s = vm.repr(&v)?;
            Ok(format::percent_pad_str(&s, &spec, width, precision))
        }
        'a' => {
            let s = ascii_of(vm, &v)?;
            Ok(format::percent_pad_str(&s, &spec, width, precision))
        }
        'c' => {
            let s = percent_char(vm, &v)?;
            Ok(format::percent_pad_str(&s, &spec, width, None))
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let b = percent_int_value(vm, &v, spec.conv)?;
            Ok(format::percent_int(&b, &spec, width, precision))
        }
        _ => {
            let f = match &v {
                Value::Float(f) => *f,
                _ => {
                    let is_num = v.to_bigint().is_some()
                        || (v.payload().is_some_and(Payload::class_protocols)
                            && (vm.lookup_special_str(&v, "__float__").is_some()
                                || vm.lookup_special_str(&v, "__index__").is_some()));
                    if !is_num {
                        let tn = vm.type_name(&v);
                        return Err(vm.type_error(format!("must be real number, not {tn}")));
                    }
                    crate::types::int::to_f64(vm, &v)?
                }
            };
            Ok(format::percent_float(f, &spec, width, precision))
        }
    }
}

/// The integer for `%d` (floats truncate) or `%x`/`%o` (integers only).
fn percent_int_value(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(b) = v.to_bigint() {
        return Ok(b);
    }
    let decimal = matches!(conv, 'd' | 'i' | 'u');
    if let Value::Float(f) = v {
        if decimal {
            let r = crate::types::int::float_to_int(vm, *f)?;
            return Ok(r.to_bigint().unwrap_or_default());
        }
        return Err(vm.type_error(format!("%{conv} format: an integer is required, not float")));
    }
    if let Some(Payload::Instance(_)) = v.payload() {
        if vm.lookup_special_str(v, "__index__").is_some() {
            return crate::types::int::index_bigint(vm, v);
        }
        if decimal && let Some(f) = vm.lookup_special_str(v, "__int__") {
            let r = vm.call(&f, std::slice::from_ref(v))?;
            if let Some(b) = r.to_bigint() {
                return Ok(b);
            }
        }
    }
    let tn = vm.type_name(v);
    if decimal {
        Err(vm.type_error(format!(
            "%{conv} format: a real number is required, not {tn}"
        )))
    } else {
        Err(vm.type_error(format!("%{conv} format: an integer is required, not {tn}")))
    }
}

/// The character for `%c`.
fn percent_char(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = v.as_pystr() {
        if s.nchars == 1 {
            return Ok(s.s.to_string());
        }
        return Err(vm.type_error(
            "%c requires an int or a unicode character, not a string of length ".to_string()
                + &s.nchars.to_string(),
        ));
    }
    if let Some(b) = v.to_bigint() {
        let c = num_traits::ToPrimitive::to_u32(&b)
            .filter(|n| *n < 0x11_0000)
            .and_then(char::from_u32);
        return match c {
            Some(c) => Ok(c.to_string()),
            None => Err(vm.overflow_error("%c arg not in range(0x110000)")),
        };
    }
    let tn = vm.type_name(v);
    Err(vm.type_error(format!(
        "%c requires an int or a unicode character, not {tn}"
    )))
}

// ----- str.format -----------------------------------------------------------

/// Field-numbering state of one `str.format` call.
struct Numbering {
    auto: usize,
    /// None until the first field; then whether fields are automatic.
    mode: Option<bool>,
}

/// `template.format(*args, **kw)`.
pub fn str_format(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let mut num = Numbering {
        auto: 0,
        mode: None,
    };
    let s = format_template(vm, template, args, kw, &mut num, 2)?;
    Ok(Value::string(s))
}

fn format_template(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    num: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    let chars: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching '}'.
        let start = i + 1;
        let mut level = 1;
        let mut j = start;
        let mut in_bracket = false;
        while j < chars.len() {
            match chars[j] {
                '[' => in_bracket = true,
                ']' => in_bracket = false,
                '{' if !in_bracket => level += 1,
                '}' if !in_bracket => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= chars.len() {
            if start >= chars.len() {
                return Err(vm.value_error("Single '{' encountered in format string"));
            }
            return Err(vm.value_error("expected '}' before end of string"));
        }
        let field: String = chars[start..j].iter().collect();
        let text = format_field(vm, &field, args, kw, num, depth)?;
        if out.len() + text.len() > crate::types::seq_ops::MAX_ITEMS.saturating_mul(8) {
            return Err(vm.memory_error("formatted string is too large"));
        }
        out.push_str(&text);
        i = j + 1;
    }
    Ok(out)
}

/// One replacement field (without its braces).
fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    num: &mut Numbering,
    depth: u32,
) -> PyResult<String> {
    // Split off ":spec" and "!conv" (outside brackets).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, c) in field.char_indices() {
        match c {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            ':' | '!' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after = it.as_str();
        let spec = match after.strip_prefix(':') {
            Some(s) => s,
            None if after.is_empty() => "",
            None => {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        };
        match conv {
            Some(c @ ('r' | 's' | 'a')) => (Some(c), spec),
            Some(c) => {
                return Err(vm.value_error(format!("Unknown conversion specifier {c}")));
            }
            None => {
                return Err(vm.value_error("end of string while looking for conversion specifier"));
            }
        }
    } else {
        (None, rest.strip_prefix(':').unwrap_or(""))
    };
    let mut v = resolve_field(vm, name, args, kw, num)?;
    v = match conv {
        Some('r') => Value::string(vm.repr(&v)?),
        Some('s') => Value::string(vm.str(&v)?),
        Some('a') => Value::string(ascii_of(vm, &v)?),
        _ => v,
    };
    let spec = if spec.contains('{') {
        if depth == 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        format_template(vm, spec, args, kw, num, depth - 1)?
    } else {
        spec.to_string()
    };
    format_value(vm, &v, &spec)
}

/// Look up `0.attr[key]`-style field names.
fn resolve_field(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kw: &[(ObjRef, Value)],
    num: &mut Numbering,
) -> PyResult<Value> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut v = if first.is_empty() {
        if num.mode == Some(false) {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        num.mode = Some(true);
        let idx = num.auto;
        num.auto += 1;
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )));
            }
        }
    } else if first.chars().all(|c| c.is_ascii_digit()) {
        if num.mode == Some(true) {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        num.mode = Some(false);
        let idx: usize = first.parse().unwrap_or(usize::MAX);
        match args.get(idx) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                )));
            }
        }
    } else {
        let found = kw
            .iter()
            .find(|(k, _)| matches!(k.payload(), Payload::Str(s) if &*s.s == first))
            .map(|(_, v)| v.clone());
        match found {
            Some(v) => v,
            None => return Err(vm.key_error(Value::str(first))),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let n = vm.intern(attr);
            v = vm.getattr(&v, &n)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(vm.value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(i) if key.chars().all(|c| c.is_ascii_digit()) => Value::Int(i),
                _ => Value::str(key),
            };
            v = vm.getitem(&v, &k)?;
            rest = &r[end + 1..];
            if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    Ok(v)
}
