//! The JSON encoder: values to text, as CPython's `json` writes them.
//!
//! One pass over the value appends to one `String`. Plain values (None,
//! bools, ints, floats, str, list, tuple, dict) are written here; ints and
//! floats through the reprs of `int` and `float` (a subclass's own
//! `__repr__` is not used, as in CPython); dict subclasses are read through
//! their `items()`; anything else goes to the `default` callable and its
//! result is written in its place.
//!
//! Invariants:
//! - every list, dict and `default` result is written one native level
//!   deeper (`vm.enter_native_for`), so a deep value is a RecursionError
//!   with CPython's wording, never a Rust stack overflow;
//! - with `check_circular`, the containers on the path being written are
//!   kept by address (`markers`): meeting one again is CPython's
//!   "Circular reference detected";
//! - work is charged per item and per character written (`vm.work`).

use crate::object::{Payload, PyResult, Value};
use crate::vm::Vm;

/// An encoder's settings (a JSONEncoder's attributes).
pub struct Encoder {
    pub skipkeys: bool,
    pub ensure_ascii: bool,
    pub check_circular: bool,
    pub allow_nan: bool,
    pub sort_keys: bool,
    /// The indent unit, or None for one line.
    pub indent: Option<String>,
    pub key_sep: String,
    pub item_sep: String,
    /// The `default` callable.
    pub default: Value,
    /// Addresses of the containers being written (with `check_circular`):
    /// the path from the top, searched linearly (it is as long as the
    /// nesting, which the recursion limit bounds).
    pub markers: Vec<usize>,
    /// The RecursionError's ending: CPython's C encoder words it " while
    /// encoding a JSON object"; with an indent CPython writes through Python
    /// code, whose recursion ends " while calling a Python object".
    pub doing: &'static str,
}

/// What a value is, for writing.
enum Kind<'a> {
    Str(&'a str),
    Int(Value),
    Float(f64),
    /// A list, or a tuple (or the base value of a subclass of one).
    Seq(Value),
    Dict(Value),
    Other,
}

/// Whether a byte is written as it is: in ASCII mode only printable
/// ASCII other than `"` and `\`; otherwise also DEL and every byte of a
/// multi-byte character.
const fn plain_table(ascii: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let mut b = 0x20;
    while b < 256 {
        t[b] = b != b'"' as usize && b != b'\\' as usize && (b < 0x7f || !ascii);
        b += 1;
    }
    t
}

static PLAIN_ASCII: [bool; 256] = plain_table(true);
static PLAIN_UTF8: [bool; 256] = plain_table(false);

/// Append `s` as a JSON string (with its quotes): only `"`, `\` and the
/// controls escaped, or, with `ascii`, every character past `~` too.
pub fn write_str(out: &mut String, s: &str, ascii: bool) {
    let table = if ascii { &PLAIN_ASCII } else { &PLAIN_UTF8 };
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if table[c as usize] {
            i += 1;
            continue;
        }
        out.push_str(&s[run..i]);
        if c >= 0x7f {
            // ASCII mode: a character past `~`, as \uXXXX (two for one
            // past the BMP: its UTF-16 surrogate pair).
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let mut units = [0u16; 2];
            for u in ch.encode_utf16(&mut units) {
                push_u(out, u32::from(*u));
            }
            i += ch.len_utf8();
            run = i;
            continue;
        }
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => push_u(out, u32::from(c)),
        }
        i += 1;
        run = i;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn push_u(out: &mut String, u: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((u >> shift) & 0xF) as usize] as char);
    }
}

impl Encoder {
    /// The JSON text of `v`.
    pub fn encode(&mut self, vm: &mut Vm, v: &Value) -> PyResult<String> {
        let mut out = String::new();
        self.value(vm, v, &mut out, 0)?;
        Ok(out)
    }

    fn float(&self, vm: &mut Vm, f: f64, out: &mut String) -> PyResult<()> {
        if f.is_finite() {
            out.push_str(&crate::format::float_repr(f));
            return Ok(());
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            // CPython's Python encoder (the one it uses with an indent)
            // names the value; its C encoder does not.
            return Err(vm.value_error(if self.indent.is_some() {
                format!("{msg}: {}", crate::format::float_repr(f))
            } else {
                msg.to_string()
            }));
        }
        out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn int(vm: &mut Vm, v: &Value, out: &mut String) -> PyResult<()> {
        match v {
            Value::Int(i) => {
                push_int(out, *i);
                Ok(())
            }
            _ => {
                let r = big_repr(vm, v)?;
                out.push_str(&r);
                Ok(())
            }
        }
    }

    fn value(&mut self, vm: &mut Vm, v: &Value, out: &mut String, level: usize) -> PyResult<()> {
        vm.work(1)?;
        match v {
            Value::None => out.push_str("null"),
            Value::Bool(true) => out.push_str("true"),
            Value::Bool(false) => out.push_str("false"),
            Value::Int(i) => push_int(out, *i),
            Value::Float(f) => self.float(vm, *f, out)?,
            Value::Obj(_) => match kind(v) {
                Kind::Str(s) => {
                    vm.work(s.len())?;
                    write_str(out, s, self.ensure_ascii);
                }
                Kind::Int(i) => Self::int(vm, &i, out)?,
                Kind::Float(f) => self.float(vm, f, out)?,
                Kind::Seq(seq) => {
                    self.guarded(vm, &seq, out, |e, vm, out| e.list(vm, &seq, out, level))?
                }
                Kind::Dict(d) => {
                    self.guarded(vm, v, out, |e, vm, out| e.dict(vm, &d, out, level))?
                }
                Kind::Other => {
                    let default = self.default.clone();
                    self.guarded(vm, v, out, |e, vm, out| {
                        // The call of `default` is itself a level: checked
                        // here first, so a recursion through `default`
                        // ends with the encoder's words, as CPython's.
                        vm.enter_native_for(e.doing)?;
                        vm.leave_native();
                        let r = vm.call(&default, std::slice::from_ref(v))?;
                        e.value(vm, &r, out, level)
                    })?
                }
            },
            _ => {
                let r = vm.call(&self.default.clone(), std::slice::from_ref(v))?;
                self.value(vm, &r, out, level)?;
            }
        }
        Ok(())
    }

    /// Write a container (or a `default` result) one native level deeper,
    /// with `v` among the markers while it is written.
    fn guarded(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        out: &mut String,
        f: impl FnOnce(&mut Self, &mut Vm, &mut String) -> PyResult<()>,
    ) -> PyResult<()> {
        let addr = v.as_obj().map_or(0, |o| o.addr());
        let empty = match v.payload() {
            Some(Payload::List(l)) => l.borrow().is_empty(),
            Some(Payload::Tuple(t)) => t.is_empty(),
            Some(Payload::Dict(d)) => d.borrow().is_empty(),
            _ => false,
        };
        let mark = self.check_circular && !empty;
        if mark {
            if self.markers.contains(&addr) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.markers.push(addr);
        }
        let r = vm.enter_native_for(self.doing).and_then(|()| {
            let r = f(self, vm, out);
            vm.leave_native();
            r
        });
        if mark {
            self.markers.pop();
        }
        r
    }

    fn newline(&self, out: &mut String, level: usize) {
        if let Some(unit) = &self.indent {
            out.push('\n');
            for _ in 0..level {
                out.push_str(unit);
            }
        }
    }

    fn list(&mut self, vm: &mut Vm, seq: &Value, out: &mut String, level: usize) -> PyResult<()> {
        // Item by item, the length read each time: `default` may change a
        // list while it is written (CPython reads it the same way).
        let item = |i: usize| -> Option<Value> {
            match seq.payload() {
                Some(Payload::List(l)) => l.borrow().get(i).cloned(),
                Some(Payload::Tuple(t)) => t.get(i).cloned(),
                _ => None,
            }
        };
        let Some(first) = item(0) else {
            out.push_str("[]");
            return Ok(());
        };
        out.push('[');
        self.newline(out, level + 1);
        self.value(vm, &first, out, level + 1)?;
        let mut i = 1;
        while let Some(v) = item(i) {
            out.push_str(&self.item_sep);
            self.newline(out, level + 1);
            self.value(vm, &v, out, level + 1)?;
            i += 1;
        }
        self.newline(out, level);
        out.push(']');
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, d: &Value, out: &mut String, level: usize) -> PyResult<()> {
        let mut items: Vec<(Value, Value)> = match d.payload() {
            Some(Payload::Dict(t)) => t
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            _ => {
                let f = vm.getattr_str(d, "items")?;
                let it = vm.call(&f, &[])?;
                let all = vm.collect(&it)?;
                let mut pairs = Vec::with_capacity(all.len());
                for p in all {
                    match p.payload() {
                        Some(Payload::Tuple(t)) if t.len() == 2 => {
                            pairs.push((t[0].clone(), t[1].clone()))
                        }
                        _ => return Err(vm.value_error("items must return 2-tuples")),
                    }
                }
                pairs
            }
        };
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        vm.work(items.len())?;
        if self.sort_keys {
            sort_items(vm, &mut items)?;
        }
        out.push('{');
        self.newline(out, level + 1);
        let mut first = true;
        for (k, v) in &items {
            let text;
            let key: &str = match kind(k) {
                Kind::Str(s) => s,
                _ => {
                    text = match k {
                        Value::Bool(true) => "true".to_string(),
                        Value::Bool(false) => "false".to_string(),
                        Value::None => "null".to_string(),
                        _ => match kind(k) {
                            Kind::Float(f) => self.float_key(vm, f)?,
                            Kind::Int(i) => big_repr(vm, &i)?,
                            _ if self.skipkeys => continue,
                            _ => {
                                let tn = vm.type_name(k);
                                return Err(vm.type_error(format!(
                                    "keys must be str, int, float, bool or None, not {tn}"
                                )));
                            }
                        },
                    };
                    &text
                }
            };
            if !first {
                out.push_str(&self.item_sep);
                self.newline(out, level + 1);
            }
            first = false;
            vm.work(key.len())?;
            write_str(out, key, self.ensure_ascii);
            out.push_str(&self.key_sep);
            self.value(vm, v, out, level + 1)?;
        }
        self.newline(out, level);
        out.push('}');
        Ok(())
    }

    fn float_key(&self, vm: &mut Vm, f: f64) -> PyResult<String> {
        let mut s = String::new();
        self.float(vm, f, &mut s)?;
        Ok(s)
    }
}

/// Sort a dict's items as `sorted(d.items())` does: exact str keys by code
/// point (UTF-8 byte order is code point order), anything else through
/// Python's comparison of the `(key, value)` tuples.
fn sort_items(vm: &mut Vm, items: &mut Vec<(Value, Value)>) -> PyResult<()> {
    if items.iter().all(|(k, _)| k.as_str().is_some()) {
        vm.work(items.len() * 16)?;
        items.sort_by(|a, b| a.0.as_str().cmp(&b.0.as_str()));
        return Ok(());
    }
    let mut tuples: Vec<Value> = items
        .drain(..)
        .map(|(k, v)| Value::tuple(vec![k, v]))
        .collect();
    crate::types::sort::sort(vm, &mut tuples, None, false)?;
    for t in tuples {
        if let Some(Payload::Tuple(p)) = t.payload() {
            items.push((p[0].clone(), p[1].clone()));
        }
    }
    Ok(())
}

/// What `v` is for writing; a builtin subclass's instance is its base value
/// (but a dict subclass is read through its `items()`).
fn kind(v: &Value) -> Kind<'_> {
    match v {
        Value::Int(_) | Value::Bool(_) => Kind::Int(v.clone()),
        Value::Float(f) => Kind::Float(*f),
        Value::Obj(o) => match o.payload() {
            Payload::Str(s) => Kind::Str(&s.s),
            Payload::BigInt(_) => Kind::Int(v.clone()),
            Payload::List(_) | Payload::Tuple(_) => Kind::Seq(v.clone()),
            Payload::Dict(_) => Kind::Dict(v.clone()),
            Payload::Instance(i) => match i.base() {
                Some(Value::Int(_) | Value::Bool(_)) => Kind::Int(i.base.clone()),
                Some(Value::Float(f)) => Kind::Float(*f),
                Some(b) => match b.payload() {
                    Some(Payload::Str(s)) => Kind::Str(&s.s),
                    Some(Payload::BigInt(_)) => Kind::Int(b.clone()),
                    Some(Payload::List(_) | Payload::Tuple(_)) => Kind::Seq(b.clone()),
                    Some(Payload::Dict(_)) => Kind::Dict(v.clone()),
                    _ => Kind::Other,
                },
                None => Kind::Other,
            },
            _ => Kind::Other,
        },
        _ => Kind::Other,
    }
}

/// The decimal text of a big int (or a bool's int value), refused past
/// CPython's limit of 4300 digits as `int.__repr__` refuses it.
fn big_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let b = match v {
        Value::Int(i) => return Ok(itoa(*i)),
        Value::Bool(b) => return Ok(itoa(i64::from(*b))),
        _ => v.to_bigint().unwrap_or_default(),
    };
    // 2**14284 < 10**4300 < 2**14287: only the few sizes between need the
    // digits counted.
    let bits = b.bits();
    let over = bits > 14287 || (bits > 14283 && b.magnitude().to_string().len() > 4300);
    if over {
        return Err(vm.value_error(
            "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
        ));
    }
    vm.afford(bits * bits / 64)?;
    let s = b.to_string();
    vm.work(s.len())?;
    Ok(s)
}

/// An i64 in decimal.
fn itoa(i: i64) -> String {
    let mut s = String::new();
    push_int(&mut s, i);
    s
}

/// Append an i64 in decimal (no allocation: digits go through a buffer on
/// the stack).
fn push_int(out: &mut String, i: i64) {
    out.push_str(crate::format::i64_text(i, &mut [0u8; 20]));
}
