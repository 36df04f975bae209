//! The JSON scanner: text to values, as CPython's `json` decodes it.
//!
//! The text is scanned as UTF-8 bytes (every byte of a multi-byte
//! character is >= 0x80, so no structural character hides inside one);
//! positions are byte offsets inside, turned into code-point indices only
//! where Python sees them (errors, the end index returned).
//!
//! Invariants:
//! - no value is found where one is expected: `Fail::Stop(pos)`, which the
//!   entry points turn into `StopIteration(pos)` (what CPython's scanner
//!   raises, nested or not; `raw_decode` makes it "Expecting value");
//! - every other error is the `JSONDecodeError` class handed in by the
//!   Python side, called as `cls(msg, doc, pos)`;
//! - nesting goes through `vm.nested`, so a deep document is a
//!   RecursionError, never a Rust stack overflow; work is charged as the
//!   text is consumed (`vm.work`).
//!
//! Departure: a sandpy str cannot hold a lone surrogate, so `"\ud800"`
//! (accepted by CPython) is a `JSONDecodeError` here; paired surrogate
//! escapes decode to their astral character as in CPython.

use std::borrow::Cow;

use hashbrown::HashTable;
use num_bigint::BigInt;

use crate::object::cell::PyCell;
use crate::object::dict::{Dict, DictKey, spread};
use crate::object::{Exc, ObjRef, Payload, PyResult, Value};
use crate::types::str::text_hash;
use crate::vm::Vm;

/// Most decimal digits accepted in an int (CPython's default
/// `sys.get_int_max_str_digits()`).
const MAX_INT_DIGITS: usize = 4300;

/// Why a scan stopped.
pub enum Fail {
    /// No JSON value starts at this byte offset.
    Stop(usize),
    /// A Python exception.
    Py(Exc),
}

impl From<Exc> for Fail {
    fn from(e: Exc) -> Fail {
        Fail::Py(e)
    }
}

type Scan<T> = Result<T, Fail>;

/// The decoder's configuration (a JSONDecoder's attributes); hooks are
/// None where the default applies.
pub struct Config {
    pub strict: bool,
    pub object_hook: Option<Value>,
    pub pairs_hook: Option<Value>,
    pub parse_float: Option<Value>,
    pub parse_int: Option<Value>,
    pub parse_constant: Option<Value>,
    /// The `JSONDecodeError` class.
    pub error: Value,
}

/// One scan of one document.
///
/// Containers are gathered on two stacks shared by the whole scan: an
/// array pushes its items on `items` above where it found it, an object
/// its pairs on `pairs`, and each takes its own off the top when it ends
/// (nested ones have taken theirs by then). So every list and dict is made
/// at its final size. Object keys go through `keys`, a memo of the key
/// strs of this scan (as CPython's scanner memoizes them): a key met again
/// is the same str object, made and hashed once. The three are `Scratch`,
/// lent by the thread's spare (see `SPARE`) and handed back empty.
pub struct Scanner<'a> {
    pub text: &'a str,
    /// The str being decoded (the `doc` of errors).
    pub doc: &'a Value,
    pub cfg: &'a Config,
    /// The first unpaired surrogate escape met (its offset and code): the
    /// scan goes on (so that a later error is CPython's), and `finish`
    /// refuses the document.
    lone: Option<(usize, u32)>,
    scratch: Scratch,
}

/// The working space of a scan (see `Scanner`).
#[derive(Default)]
struct Scratch {
    items: Vec<Value>,
    pairs: Vec<(DictKey, Value)>,
    /// The key strs of this scan, with their hashes.
    keys: HashTable<DictKey>,
}

/// Most entries a spare `Scratch` keeps room for in each of its parts
/// (a few tens of KiB, counted to the thread like any allocation).
const SPARE_ROOM: usize = 1024;

thread_local! {
    /// An empty `Scratch` kept between scans of this thread, so that a
    /// loop of small documents does not grow new stacks and memos every
    /// time. It holds no values (it is emptied before it is kept), only
    /// room, and only up to `SPARE_ROOM` entries per part. A scan started
    /// inside another (an object hook calling `json.loads`) finds none and
    /// makes its own.
    static SPARE: std::cell::Cell<Option<Scratch>> = const { std::cell::Cell::new(None) };
}

impl Drop for Scanner<'_> {
    fn drop(&mut self) {
        let mut s = std::mem::take(&mut self.scratch);
        s.items.clear();
        s.pairs.clear();
        s.keys.clear();
        let room = s
            .items
            .capacity()
            .max(s.pairs.capacity())
            .max(s.keys.capacity());
        if room <= SPARE_ROOM {
            // (After thread-local destruction there is nothing to keep.)
            let _ = SPARE.try_with(|c| c.set(Some(s)));
        }
    }
}

/// Whether `b` is JSON whitespace.
#[inline]
fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first offset at or after `pos` that is not whitespace.
pub fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && is_ws(b[pos]) {
        pos += 1;
    }
    pos
}

/// The code-point index of byte offset `pos` of `text`.
pub fn char_index(text: &str, pos: usize) -> usize {
    let pos = pos.min(text.len());
    if text.is_ascii() {
        return pos;
    }
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
}

/// The byte offset of code-point index `idx` of `text` (None past its end).
pub fn byte_offset(text: &str, idx: usize) -> Option<usize> {
    if text.is_ascii() {
        return (idx <= text.len()).then_some(idx);
    }
    if idx == 0 {
        return Some(0);
    }
    let mut seen = 0;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if (b & 0xC0) != 0x80 {
            if seen == idx {
                return Some(i);
            }
            seen += 1;
        }
    }
    (seen == idx).then_some(text.len())
}

/// `cls(msg, doc, pos)` raised: the JSONDecodeError of the Python side.
pub fn decode_error(vm: &mut Vm, cls: &Value, msg: &str, doc: &Value, char_pos: i64) -> Exc {
    let args = [Value::str(msg), doc.clone(), Value::Int(char_pos)];
    match vm.call(cls, &args) {
        Ok(Value::Obj(e)) if crate::vm::exc::exc_data(&e).is_some() => Exc(e),
        Ok(_) => vm.type_error("JSONDecodeError class did not make an exception"),
        Err(e) => e,
    }
}

impl<'a> Scanner<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// A scanner of `text` (the str `doc`).
    pub fn new(text: &'a str, doc: &'a Value, cfg: &'a Config) -> Scanner<'a> {
        Scanner {
            text,
            doc,
            cfg,
            lone: None,
            scratch: SPARE
                .try_with(std::cell::Cell::take)
                .ok()
                .flatten()
                .unwrap_or_default(),
        }
    }

    /// The error for an unpaired surrogate met by a scan that otherwise
    /// succeeded (a sandpy str cannot hold one; CPython's can).
    pub fn finish(&self, vm: &mut Vm) -> Result<(), Exc> {
        match self.lone {
            None => Ok(()),
            Some((pos, code)) => {
                let msg =
                    format!("Unpaired surrogate \\u{code:04x} (a sandpy str cannot hold one)");
                match self.err(vm, &msg, pos) {
                    Fail::Py(e) => Err(e),
                    Fail::Stop(_) => Ok(()),
                }
            }
        }
    }

    fn err(&self, vm: &mut Vm, msg: &str, pos: usize) -> Fail {
        let at = char_index(self.text, pos) as i64;
        Fail::Py(decode_error(vm, &self.cfg.error, msg, self.doc, at))
    }

    /// "Unterminated string starting at" the quote before byte `begin`
    /// (index -1 when `scanstring` was asked to start at 0, as CPython says).
    fn unterminated(&self, vm: &mut Vm, begin: usize) -> Fail {
        let at = char_index(self.text, begin) as i64 - 1;
        let msg = "Unterminated string starting at";
        Fail::Py(decode_error(vm, &self.cfg.error, msg, self.doc, at))
    }

    /// The value starting at byte `pos`, and the offset after it.
    pub fn value(&mut self, vm: &mut Vm, pos: usize) -> Scan<(Value, usize)> {
        let b = self.bytes();
        let Some(&c) = b.get(pos) else {
            return Err(Fail::Stop(pos));
        };
        vm.work(1)?;
        match c {
            b'"' => {
                let (s, end) = self.string(vm, pos + 1)?;
                Ok((str_value(s), end))
            }
            b'{' => self.nest(
                vm,
                " while decoding a JSON object from a unicode string",
                pos,
                true,
            ),
            b'[' => self.nest(
                vm,
                " while decoding a JSON array from a unicode string",
                pos,
                false,
            ),
            b'n' if b[pos..].starts_with(b"null") => Ok((Value::None, pos + 4)),
            b't' if b[pos..].starts_with(b"true") => Ok((Value::Bool(true), pos + 4)),
            b'f' if b[pos..].starts_with(b"false") => Ok((Value::Bool(false), pos + 5)),
            b'N' if b[pos..].starts_with(b"NaN") => self.constant(vm, "NaN", f64::NAN, pos + 3),
            b'I' if b[pos..].starts_with(b"Infinity") => {
                self.constant(vm, "Infinity", f64::INFINITY, pos + 8)
            }
            b'-' if b[pos..].starts_with(b"-Infinity") => {
                self.constant(vm, "-Infinity", f64::NEG_INFINITY, pos + 9)
            }
            _ => self.number(vm, pos),
        }
    }

    fn nest(
        &mut self,
        vm: &mut Vm,
        doing: &'static str,
        pos: usize,
        object: bool,
    ) -> Scan<(Value, usize)> {
        if let Err(e) = vm.enter_native_for(doing) {
            return Err(Fail::Py(e));
        }
        let r = if object {
            self.object(vm, pos + 1)
        } else {
            self.array(vm, pos + 1)
        };
        vm.leave_native();
        r
    }

    fn constant(&self, vm: &mut Vm, name: &str, f: f64, end: usize) -> Scan<(Value, usize)> {
        let v = match &self.cfg.parse_constant {
            Some(h) => vm.call(h, &[Value::str(name)])?,
            None => Value::Float(f),
        };
        Ok((v, end))
    }

    /// A number at `pos` (CPython's grammar: a lone `-`, a leading `.`, or
    /// a `.`/exponent without digits ends the number before it).
    fn number(&self, vm: &mut Vm, start: usize) -> Scan<(Value, usize)> {
        let b = self.bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
        }
        match b.get(i) {
            Some(b'1'..=b'9') => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            Some(b'0') => i += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut float = false;
        if b.get(i) == Some(&b'.') && digit(i + 1) {
            float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
            }
            if digit(j) {
                while digit(j) {
                    j += 1;
                }
                float = true;
                i = j;
            }
        }
        vm.work(i - start)?;
        let text = &self.text[start..i];
        let v = if float {
            match &self.cfg.parse_float {
                Some(h) => vm.call(h, &[Value::str(text)])?,
                None => Value::Float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else if let Some(h) = &self.cfg.parse_int {
            vm.call(h, &[Value::str(text)])?
        } else {
            parse_int(vm, text)?
        };
        Ok((v, i))
    }

    /// The string whose text starts at `pos` (after its quote), and the
    /// offset after its closing quote.
    pub fn string(&mut self, vm: &mut Vm, pos: usize) -> Scan<(Cow<'a, str>, usize)> {
        let b = self.bytes();
        let begin = pos;
        let mut out = String::new();
        let mut i = pos;
        loop {
            let run = i;
            i = plain_run(b, i, self.cfg.strict);
            vm.work(i - run)?;
            if i >= b.len() {
                return Err(self.unterminated(vm, begin));
            }
            if b[i] == b'"' && run == begin {
                // No escape: the text as it stands, copied once.
                return Ok((Cow::Borrowed(&self.text[run..i]), i + 1));
            }
            out.push_str(&self.text[run..i]);
            match b[i] {
                b'"' => return Ok((Cow::Owned(out), i + 1)),
                b'\\' => {}
                _ => return Err(self.err(vm, "Invalid control character at", i)),
            }
            let Some(&e) = b.get(i + 1) else {
                return Err(self.unterminated(vm, begin));
            };
            let simple = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => '\0',
                _ => return Err(self.err(vm, "Invalid \\escape", i)),
            };
            if e != b'u' {
                out.push(simple);
                i += 2;
                continue;
            }
            // `\uXXXX`: four hex digits, and at least one character after.
            let u = i + 1;
            let Some(c) = hex4(b, u + 1) else {
                return Err(self.err(vm, "Invalid \\uXXXX escape", u));
            };
            i = u + 5;
            let code = if (0xD800..0xDC00).contains(&c)
                && i + 6 < b.len()
                && b[i] == b'\\'
                && b[i + 1] == b'u'
            {
                let Some(low) = hex4(b, i + 2) else {
                    return Err(self.err(vm, "Invalid \\uXXXX escape", i + 1));
                };
                if (0xDC00..0xE000).contains(&low) {
                    i += 6;
                    0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    c
                }
            } else {
                c
            };
            match char::from_u32(code) {
                Some(ch) => out.push(ch),
                None => {
                    if self.lone.is_none() {
                        self.lone = Some((u - 1, code));
                    }
                    out.push('\u{fffd}');
                }
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, pos: usize) -> Scan<(Value, usize)> {
        let b = self.bytes();
        let base = self.scratch.items.len();
        let mut i = skip_ws(b, pos);
        if b.get(i) != Some(&b']') {
            loop {
                let (v, end) = self.value(vm, i)?;
                self.scratch.items.push(v);
                i = skip_ws(b, end);
                match b.get(i) {
                    Some(b']') => break,
                    Some(b',') => {}
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
                }
                i = skip_ws(b, i + 1);
            }
        }
        vm.work(self.scratch.items.len() - base)?;
        let items: Vec<Value> = if base == 0 && self.scratch.items.len() > SPARE_ROOM {
            // A long outermost array takes the stack itself (copying it
            // would cost as much again, and it is too big to be kept).
            std::mem::take(&mut self.scratch.items)
        } else {
            self.scratch.items.drain(base..).collect()
        };
        Ok((Value::list(items), i + 1))
    }

    fn object(&mut self, vm: &mut Vm, pos: usize) -> Scan<(Value, usize)> {
        let b = self.bytes();
        let base = self.scratch.pairs.len();
        let mut i = skip_ws(b, pos);
        if b.get(i) != Some(&b'}') {
            loop {
                if b.get(i) != Some(&b'"') {
                    let msg = "Expecting property name enclosed in double quotes";
                    return Err(self.err(vm, msg, i));
                }
                let (k, end) = self.string(vm, i + 1)?;
                let k = self.key(k);
                i = skip_ws(b, end);
                if b.get(i) != Some(&b':') {
                    return Err(self.err(vm, "Expecting ':' delimiter", i));
                }
                i = skip_ws(b, i + 1);
                let (v, end) = self.value(vm, i)?;
                self.scratch.pairs.push((k, v));
                i = skip_ws(b, end);
                match b.get(i) {
                    Some(b'}') => break,
                    Some(b',') => {}
                    _ => return Err(self.err(vm, "Expecting ',' delimiter", i)),
                }
                i = skip_ws(b, i + 1);
            }
        }
        vm.work(self.scratch.pairs.len() - base)?;
        let end = i + 1;
        let pairs = self.scratch.pairs.drain(base..);
        if let Some(h) = &self.cfg.pairs_hook {
            let list: Vec<Value> = pairs.map(|(k, v)| Value::tuple(vec![k.key, v])).collect();
            return Ok((vm.call(h, &[Value::list(list)])?, end));
        }
        let n = pairs.len();
        let mut d = Dict::with_capacity(n);
        for (k, v) in pairs {
            // Keys of equal text are one str (the memo's), so identity
            // finds a repeated key: the first stays, the last value wins.
            match d.find(k.hash, &mut |x| x.is(&k.key)) {
                Some(at) => drop(d.set_value_at(at, v)),
                None => drop(d.push_new(k.hash, k.key, v)),
            }
        }
        if d.len() < n / 2 {
            // Mostly repeated keys: no room kept for the pairs that were
            // not new (a million `"a": 0` make a dict of one entry).
            d = d.copy();
        }
        let d = Value::Obj(ObjRef::new(Payload::Dict(PyCell::new(d))));
        match &self.cfg.object_hook {
            Some(h) => Ok((vm.call(h, &[d])?, end)),
            None => Ok((d, end)),
        }
    }

    /// The str of an object key, with its hash: the one made earlier in
    /// this scan for the same text, or a new one, remembered.
    fn key(&mut self, text: Cow<'_, str>) -> DictKey {
        let hash = text_hash(&text);
        let same = |k: &DictKey| k.key.as_str() == Some(&*text);
        if let Some(k) = self.scratch.keys.find(spread(hash), same) {
            return k.clone();
        }
        let key = str_value(text);
        if let Some(s) = key.as_pystr() {
            s.hash.set(hash);
        }
        let k = DictKey { hash, key };
        self.scratch
            .keys
            .insert_unique(spread(hash), k.clone(), |k| spread(k.hash));
        k
    }
}

/// A str value of scanned text.
pub fn str_value(s: Cow<'_, str>) -> Value {
    match s {
        Cow::Borrowed(t) => Value::str(t),
        Cow::Owned(t) => Value::string(t),
    }
}

/// The end of the run of plain string bytes at `i`: the offset of the
/// first quote, backslash or (when `strict`) control character, or the
/// end of `b`. Eight bytes are tested at a time (a word holds a byte
/// below `k` exactly when `(w - k*ONES) & !w & HIGHS` is not zero, and a
/// byte equal to `k` when that holds for `w ^ k*ONES` below 1); the word
/// that holds one is then searched byte by byte.
fn plain_run(b: &[u8], mut i: usize, strict: bool) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, k: u8| w.wrapping_sub(ONES * u64::from(k)) & !w & HIGHS;
    while let Some(Ok(word)) = b.get(i..i + 8).map(<[u8; 8]>::try_from) {
        let w = u64::from_le_bytes(word);
        let mut hit =
            below(w ^ (ONES * u64::from(b'"')), 1) | below(w ^ (ONES * u64::from(b'\\')), 1);
        if strict {
            hit |= below(w, 0x20);
        }
        if hit != 0 {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if c == b'"' || c == b'\\' || (c < 0x20 && strict) {
            break;
        }
        i += 1;
    }
    i
}

/// The value of four hex digits at `at`, when they are there and a byte
/// follows them (CPython wants a character after the escape).
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    if at + 4 >= b.len() {
        return None;
    }
    let mut v = 0u32;
    for &c in &b[at..at + 4] {
        v = v * 16 + (c as char).to_digit(16)?;
    }
    Some(v)
}

/// A JSON int's text (`-?digits`) as an int, within CPython's limit on
/// the digits of a decimal conversion.
fn parse_int(vm: &mut Vm, text: &str) -> PyResult<Value> {
    let digits = text.trim_start_matches('-');
    if digits.len() <= 18
        && let Ok(i) = text.parse::<i64>()
    {
        return Ok(Value::Int(i));
    }
    if digits.len() > MAX_INT_DIGITS {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({MAX_INT_DIGITS} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    vm.afford((digits.len() * digits.len() / 8) as u64)?;
    match text.parse::<BigInt>() {
        Ok(n) => Ok(Value::from_bigint(n)),
        Err(_) => Err(vm.value_error(format!("invalid literal for int() with base 10: '{text}'"))),
    }
}
