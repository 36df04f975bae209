//! str methods: the natives registered on the `str` type object, the str
//! hash, and the text codecs (`encode`) that `bytes.decode` mirrors.
//!
//! Invariants:
//! - The algorithms (searching, splitting, padding, case mapping, the
//!   predicates) live in `str_algo.rs`; this file only checks arguments with
//!   CPython's messages, converts values and raises.
//! - Indices are code points; no native here slices a `&str` at a byte
//!   offset it did not get from `str_algo` or from `char_indices`.
//! - Results whose size the user chooses (padding, `join`, `translate`) are
//!   refused above `str_algo::MAX_RESULT_BYTES` with MemoryError before the
//!   memory is taken.
//! - `str_hash` caches the hash in the `PyStr` and never returns -1.

use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, PyStr, Value};
use crate::vm::Vm;

use super::hash::hash_bytes;
use super::registry::add_method;
use super::str_algo as algo;
use super::tuple::{
    Sig, Style, add_comparisons, bad_self, bind, bind_from, int_arg, no_args, one_arg, op_add,
    op_contains, op_getitem, op_hash, op_iter, op_len, op_mod, op_mul, op_rmul, slice_index,
};

/// The hash of a str (cached; never -1).
pub fn str_hash(s: &PyStr) -> i64 {
    let h = s.hash.get();
    if h != -1 {
        return h;
    }
    let h = text_hash(&s.s);
    s.hash.set(h);
    h
}

/// The hash of a str whose text is `t` (what `str_hash` caches; never -1).
pub fn text_hash(t: &str) -> i64 {
    let h = hash_bytes(t.as_bytes());
    if h == -1 { -2 } else { h }
}

// ------------------------------------------------------------ helpers

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a PyStr> {
    match a.pos.first().and_then(Value::as_pystr) {
        Some(s) => Ok(s),
        None => Err(bad_self(vm, a, "str", method)),
    }
}

/// `v` as text, or TypeError `{ctx}must be str, not {type}`.
fn need_str<'a>(vm: &mut Vm, v: &'a Value, ctx: &str) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{ctx}must be str, not {tn}")))
        }
    }
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

fn str_list(items: Vec<String>) -> Value {
    Value::list(items.into_iter().map(Value::string).collect())
}

/// Raise an `Err(String)` from str_algo: MemoryError for size refusals,
/// ValueError otherwise.
fn algo_err(vm: &mut Vm, msg: String) -> crate::object::Exc {
    if msg.starts_with("result too large") {
        vm.memory_error(&msg)
    } else {
        vm.value_error(msg)
    }
}

fn check_bytes(vm: &mut Vm, n: usize) -> PyResult<()> {
    // With a memory cap, a result that would break it is refused first.
    vm.reserve_memory(n as u64)?;
    if n > algo::MAX_RESULT_BYTES {
        return Err(vm.memory_error(&format!(
            "result too large (limit {} bytes)",
            algo::MAX_RESULT_BYTES
        )));
    }
    Ok(())
}

/// What one string of a split result holds at most besides its text: the
/// object, its buffer's bookkeeping, the list slot, and the piece the
/// algorithm builds before the object (measured: docs/security.md).
const PIECE_BYTES: u64 = 160;

/// Before a split that makes `pieces` strings out of `bytes` of text:
/// charge the scan that counted them and refuse a result that would pass
/// the memory cap.
fn reserve_pieces(vm: &mut Vm, pieces: usize, bytes: usize) -> PyResult<()> {
    vm.work(bytes)?;
    vm.reserve_memory(
        (pieces as u64)
            .saturating_mul(PIECE_BYTES)
            .saturating_add(bytes as u64),
    )?;
    vm.work(pieces.saturating_mul(16))
}

/// Before a native builds a str of `n` bytes out of `input` bytes: charge
/// the work and refuse a result that would pass the memory cap.
fn reserve_text(vm: &mut Vm, input: usize, n: usize) -> PyResult<()> {
    vm.work(input.saturating_add(n))?;
    check_bytes(vm, n)
}

fn idx(n: i64) -> Value {
    Value::Int(n)
}

fn count_value(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

// ------------------------------------------------------------ codecs

/// The canonical name of a codec this runtime knows, for messages.
pub(crate) fn codec_name(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    let norm: String = encoding
        .trim()
        .chars()
        .map(|c| {
            if c == '_' || c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    match norm.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Ok("utf-8"),
        "ascii" | "us-ascii" | "646" | "us" => Ok("ascii"),
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => Ok("latin-1"),
        _ => {
            let c = vm.exc_types.lookup_error.clone();
            Err(vm.new_exc(&c, &format!("unknown encoding: {encoding}")))
        }
    }
}

/// CPython's escape of one character in codec messages (`'\xe9'`).
fn char_escape(c: char) -> String {
    let cp = u32::from(c);
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub(crate) fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = codec_name(vm, encoding)?;
    let limit: u32 = match codec {
        "utf-8" => return Ok(s.as_bytes().to_vec()),
        "ascii" => 0x80,
        _ => 0x100,
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if u32::from(c) < limit {
            out.push(u32::from(c) as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let end = chars
                    .iter()
                    .skip(i)
                    .position(|&c| u32::from(c) < limit)
                    .map_or(chars.len(), |n| i + n);
                let msg = if end - i == 1 {
                    format!(
                        "'{codec}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                        char_escape(c)
                    )
                } else {
                    format!(
                        "'{codec}' codec can't encode characters in position {i}-{}: ordinal not in range({limit})",
                        end - 1
                    )
                };
                let cls = vm.builtin_exc_class("UnicodeEncodeError");
                return Err(vm.new_exc(&cls, &msg));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(char_escape(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", u32::from(c)).as_bytes()),
            _ => {
                let cls = vm.exc_types.lookup_error.clone();
                return Err(vm.new_exc(&cls, &format!("unknown error handler name '{errors}'")));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// The `encoding`/`errors` arguments as text, with CPython's messages.
pub(crate) fn codec_args(
    vm: &mut Vm,
    fname: &str,
    encoding: Option<&Value>,
    errors: Option<&Value>,
) -> PyResult<(String, String)> {
    let mut text = |v: Option<&Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match v.as_str() {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(v);
                    Err(vm.type_error(format!("{fname}() argument '{name}' must be str, not {tn}")))
                }
            },
        }
    };
    let e = text(encoding, "encoding", "utf-8")?;
    let r = text(errors, "errors", "strict")?;
    Ok((e, r))
}

fn str_encode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "encode")?;
    const SIG: Sig = Sig {
        name: "encode",
        params: &["encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let (enc, errors) = codec_args(vm, "encode", arg(&args, 0), arg(&args, 1))?;
    reserve_text(vm, s.s.len(), s.s.len())?;
    let out = encode(vm, &s.s, &enc, &errors)?;
    Ok(Value::Obj(ObjRef::new(Payload::Bytes(out.into()))))
}

// ------------------------------------------------------------ constructor

/// `str(object='')` and `str(bytes, encoding, errors)`.
fn str_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "str",
        params: &["object", "encoding", "errors"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let Some(obj) = arg(&args, 0).cloned() else {
        return Ok(Value::str(""));
    };
    if arg(&args, 1).is_none() && arg(&args, 2).is_none() {
        if obj.as_str().is_some() {
            return Ok(obj);
        }
        return vm.str(&obj).map(Value::string);
    }
    let (enc, errors) = codec_args(vm, "str", arg(&args, 1), arg(&args, 2))?;
    match obj.payload() {
        Some(Payload::Bytes(b)) => {
            let b = b.clone();
            super::bytes::decode(vm, &b, &enc, &errors).map(Value::string)
        }
        Some(Payload::Str(_)) => Err(vm.type_error("decoding str is not supported")),
        _ if super::buffer::is_bytes_like(&obj) => {
            let b = super::buffer::bytes_like(&obj)
                .unwrap_or_default()
                .into_owned();
            super::bytes::decode(vm, &b, &enc, &errors).map(Value::string)
        }
        _ => {
            let tn = vm.type_name(&obj);
            Err(vm.type_error(format!(
                "decoding to str: need a bytes-like object, {tn} found"
            )))
        }
    }
}

// ------------------------------------------------------------ join, split

fn str_join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let sep = this(vm, a, "join")?.s.to_string();
    let iterable = one_arg(vm, a, "str.join")?.clone();
    let items = match vm.collect(&iterable) {
        Ok(items) => items,
        Err(e) => {
            let te = vm.exc_types.type_error.clone();
            if vm.exc_is(&e, &te) && vm.iter(&iterable).is_err() {
                return Err(vm.type_error("can only join an iterable"));
            }
            return Err(e);
        }
    };
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, item) in items.iter().enumerate() {
        match item.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    reserve_text(vm, total, total)?;
    let mut out = String::with_capacity(total);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(item.as_str().unwrap_or(""));
    }
    Ok(Value::string(out))
}

fn split_args(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<(Option<String>, i64)> {
    let sig = Sig {
        name,
        params: &["sep", "maxsplit"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &sig)?;
    let sep = match arg(&args, 0) {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
    };
    let max = int_arg(vm, arg(&args, 1), -1)?;
    Ok((sep, max))
}

fn str_split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "split")?;
    let (sep, max) = split_args(vm, a, "split")?;
    reserve_pieces(vm, algo::split_count(&s.s, sep.as_deref(), max), s.s.len())?;
    match algo::split(&s.s, sep.as_deref(), max) {
        Ok(v) => Ok(str_list(v)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn str_rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "rsplit")?;
    let (sep, max) = split_args(vm, a, "rsplit")?;
    reserve_pieces(vm, algo::split_count(&s.s, sep.as_deref(), max), s.s.len())?;
    match algo::rsplit(&s.s, sep.as_deref(), max) {
        Ok(v) => Ok(str_list(v)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn str_splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "splitlines")?;
    const SIG: Sig = Sig {
        name: "splitlines",
        params: &["keepends"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let keep = int_arg(vm, arg(&args, 0), 0)? != 0;
    reserve_pieces(vm, algo::splitlines_count(&s.s), s.s.len())?;
    Ok(str_list(algo::splitlines(&s.s, keep)))
}

fn partition_impl(vm: &mut Vm, a: &Args, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = this(vm, a, name)?;
    let qual = if right {
        "str.rpartition"
    } else {
        "str.partition"
    };
    let sep = one_arg(vm, a, qual)?;
    let sep = need_str(vm, sep, "")?;
    let r = if right {
        algo::rpartition(&s.s, sep)
    } else {
        algo::partition(&s.s, sep)
    };
    match r {
        Ok((x, y, z)) => Ok(Value::tuple(vec![
            Value::string(x),
            Value::string(y),
            Value::string(z),
        ])),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn str_partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}

fn str_rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

// ------------------------------------------------------------ strip, replace

fn strip_impl(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    f: for<'s> fn(&'s str, Option<&str>) -> &'s str,
) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["chars"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &sig)?;
    let chars = match arg(&args, 0) {
        None | Some(Value::None) => None,
        Some(v) => match v.as_str() {
            Some(c) => Some(c),
            None => return Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
    };
    let r = f(&s.s, chars);
    if let Some(v) = a.pos.first().filter(|_| r.len() == s.s.len()) {
        return Ok(v.clone());
    }
    Ok(Value::str(r))
}

fn str_strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "strip", algo::strip)
}

fn str_lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "lstrip", algo::lstrip)
}

fn str_rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_impl(vm, a, "rstrip", algo::rstrip)
}

fn str_replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "replace")?;
    const SIG: Sig = Sig {
        name: "replace",
        params: &["old", "new", "count"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let old = arg(&args, 0).cloned().unwrap_or(Value::None);
    let new = arg(&args, 1).cloned().unwrap_or(Value::None);
    let old = need_str(vm, &old, "replace() argument 1 ")?.to_string();
    let new = need_str(vm, &new, "replace() argument 2 ")?.to_string();
    let count = int_arg(vm, arg(&args, 2), -1)?;
    let size = algo::replace_size(&s.s, &old, &new, count).unwrap_or(usize::MAX);
    reserve_text(vm, s.s.len(), size)?;
    match algo::replace(&s.s, &old, &new, count) {
        Ok(r) => Ok(Value::string(r)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn affix_impl(vm: &mut Vm, a: &Args, name: &'static str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    let qual = if suffix {
        "str.removesuffix"
    } else {
        "str.removeprefix"
    };
    let v = one_arg(vm, a, qual)?;
    let ctx = format!("{name}() argument ");
    let affix = need_str(vm, v, &ctx)?;
    let r = if suffix {
        s.s.strip_suffix(affix)
    } else {
        s.s.strip_prefix(affix)
    };
    match r {
        Some(r) if !affix.is_empty() => Ok(Value::str(r)),
        _ => Ok(a.pos.first().cloned().unwrap_or(Value::None)),
    }
}

fn str_removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_impl(vm, a, "removeprefix", false)
}

fn str_removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_impl(vm, a, "removesuffix", true)
}

// ------------------------------------------------------------ searching

/// `(sub, start, end)` of find/rfind/index/rindex/count.
fn search_args(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
) -> PyResult<(String, Option<i64>, Option<i64>)> {
    let sig = Sig {
        name,
        params: &["sub", "start", "end"],
        required: 1,
        style: Style::Legacy,
    };
    let args = bind(vm, a, &sig)?;
    let sub = arg(&args, 0).cloned().unwrap_or(Value::None);
    let sub = need_str(vm, &sub, "")?.to_string();
    let start = slice_index(vm, arg(&args, 1))?;
    let end = slice_index(vm, arg(&args, 2))?;
    Ok((sub, start, end))
}

fn find_impl(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<i64> {
    let s = this(vm, a, name)?;
    let (sub, start, end) = search_args(vm, a, name)?;
    vm.work(s.s.len())?;
    let r = if name.starts_with('r') {
        algo::rfind(&s.s, &sub, start, end)
    } else {
        algo::find(&s.s, &sub, start, end)
    };
    if r < 0 && name.ends_with("index") {
        return Err(vm.value_error("substring not found"));
    }
    Ok(r)
}

fn str_find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "find").map(idx)
}

fn str_rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "rfind").map(idx)
}

fn str_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "index").map(idx)
}

fn str_rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    find_impl(vm, a, "rindex").map(idx)
}

fn str_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "count")?;
    let (sub, start, end) = search_args(vm, a, "count")?;
    vm.work(s.s.len())?;
    Ok(count_value(algo::count(&s.s, &sub, start, end)))
}

fn affix_match(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["prefix", "start", "end"],
        required: 1,
        style: Style::Legacy,
    };
    let args = bind(vm, a, &sig)?;
    let start = slice_index(vm, arg(&args, 1))?;
    let end = slice_index(vm, arg(&args, 2))?;
    let test = |p: &str| {
        if name == "startswith" {
            algo::startswith(&s.s, p, start, end)
        } else {
            algo::endswith(&s.s, p, start, end)
        }
    };
    let pv = arg(&args, 0).cloned().unwrap_or(Value::None);
    match pv.payload() {
        Some(Payload::Str(p)) => Ok(Value::Bool(test(&p.s))),
        Some(Payload::Tuple(items)) => {
            for item in items.iter() {
                match item.as_str() {
                    Some(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        let tn = vm.type_name(item);
                        return Err(vm.type_error(format!(
                            "tuple for {name} must only contain str, not {tn}"
                        )));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let tn = vm.type_name(&pv);
            Err(vm.type_error(format!(
                "{name} first arg must be str or a tuple of str, not {tn}"
            )))
        }
    }
}

fn str_startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "startswith")
}

fn str_endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix_match(vm, a, "endswith")
}

// ------------------------------------------------------------ case, padding

macro_rules! str_map {
    ($fname:ident, $method:literal, $qual:literal, $f:expr) => {
        fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let s = this(vm, a, $method)?;
            no_args(vm, a, $qual)?;
            let f: fn(&str) -> String = $f;
            // The result is at least as long as `s` (case mappings grow
            // some characters, never shrink the text much).
            reserve_text(vm, s.s.len(), s.s.len())?;
            Ok(Value::string(f(&s.s)))
        }
    };
}

str_map!(str_upper, "upper", "str.upper", str::to_uppercase);
str_map!(str_lower, "lower", "str.lower", str::to_lowercase);
str_map!(str_casefold, "casefold", "str.casefold", algo::casefold);
str_map!(str_swapcase, "swapcase", "str.swapcase", algo::swapcase);
str_map!(str_title, "title", "str.title", algo::title);
str_map!(
    str_capitalize,
    "capitalize",
    "str.capitalize",
    algo::capitalize
);

macro_rules! str_pred {
    ($fname:ident, $method:literal, $qual:literal, $f:path) => {
        fn $fname(vm: &mut Vm, a: &Args) -> PyResult<Value> {
            let s = this(vm, a, $method)?;
            no_args(vm, a, $qual)?;
            vm.work(s.s.len())?;
            Ok(Value::Bool($f(&s.s)))
        }
    };
}

str_pred!(str_isdigit, "isdigit", "str.isdigit", algo::isdigit);
str_pred!(str_isdecimal, "isdecimal", "str.isdecimal", algo::isdecimal);
str_pred!(str_isnumeric, "isnumeric", "str.isnumeric", algo::isnumeric);
str_pred!(str_isalpha, "isalpha", "str.isalpha", algo::isalpha);
str_pred!(str_isalnum, "isalnum", "str.isalnum", algo::isalnum);
str_pred!(str_isspace, "isspace", "str.isspace", algo::isspace);
str_pred!(str_islower, "islower", "str.islower", algo::islower);
str_pred!(str_isupper, "isupper", "str.isupper", algo::isupper);
str_pred!(str_istitle, "istitle", "str.istitle", algo::istitle);
str_pred!(
    str_isidentifier,
    "isidentifier",
    "str.isidentifier",
    algo::isidentifier
);
str_pred!(
    str_isprintable,
    "isprintable",
    "str.isprintable",
    algo::isprintable
);
str_pred!(str_isascii, "isascii", "str.isascii", algo::isascii);

fn pad_impl(
    vm: &mut Vm,
    a: &Args,
    name: &'static str,
    f: fn(&str, i64, char) -> Result<String, String>,
) -> PyResult<Value> {
    let s = this(vm, a, name)?;
    let sig = Sig {
        name,
        params: &["width", "fillchar"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &sig)?;
    let width = int_arg(vm, arg(&args, 0), 0)?;
    vm.reserve_memory(width.max(0) as u64)?;
    let fill = match arg(&args, 1) {
        None => ' ',
        Some(v) => match v.as_pystr() {
            Some(p) => {
                let mut cs = p.s.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => c,
                    _ => {
                        return Err(
                            vm.type_error("The fill character must be exactly one character long")
                        );
                    }
                }
            }
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!("{name}() argument 2 must be str, not {tn}")));
            }
        },
    };
    match f(&s.s, width, fill) {
        Ok(r) => Ok(Value::string(r)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn str_center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_impl(vm, a, "center", algo::center)
}

fn str_ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_impl(vm, a, "ljust", algo::ljust)
}

fn str_rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad_impl(vm, a, "rjust", algo::rjust)
}

fn str_zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "zfill")?;
    let w = one_arg(vm, a, "str.zfill")?.clone();
    let w = int_arg(vm, Some(&w), 0)?;
    vm.reserve_memory(w.max(0) as u64)?;
    match algo::zfill(&s.s, w) {
        Ok(r) => Ok(Value::string(r)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

fn str_expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "expandtabs")?;
    const SIG: Sig = Sig {
        name: "expandtabs",
        params: &["tabsize"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let n = int_arg(vm, arg(&args, 0), 8)?;
    let size = algo::expandtabs_size(&s.s, n).unwrap_or(usize::MAX);
    reserve_text(vm, s.s.len(), size)?;
    match algo::expandtabs(&s.s, n) {
        Ok(r) => Ok(Value::string(r)),
        Err(m) => Err(algo_err(vm, m)),
    }
}

// ------------------------------------------------------------ formatting

fn str_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "format")?.s.to_string();
    let args = a.pos.get(1..).unwrap_or(&[]);
    crate::builtins::strformat::str_format(vm, &s, args, a.kw)
}

fn str_format_map(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "format_map")?.s.to_string();
    let mapping = one_arg(vm, a, "str.format_map")?.clone();
    let pairs: Vec<(Value, Value)> = match mapping.payload() {
        Some(Payload::Dict(d)) => match d.try_borrow() {
            Ok(d) => d.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            Err(_) => return Err(vm.runtime_error("dictionary changed size during iteration")),
        },
        _ => {
            let tmp = vm.new_dict();
            vm.dict_merge(&tmp, &mapping, None)?;
            match tmp.payload() {
                Some(Payload::Dict(d)) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                _ => Vec::new(),
            }
        }
    };
    let kw: Vec<(ObjRef, Value)> = pairs
        .into_iter()
        .filter_map(|(k, v)| match k {
            Value::Obj(o) if matches!(o.payload(), Payload::Str(_)) => Some((o, v)),
            _ => None,
        })
        .collect();
    crate::builtins::strformat::str_format(vm, &s, &[], &kw)
}

fn str_dunder_format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__format__")?;
    let spec = one_arg(vm, a, "str.__format__")?;
    let spec = match spec.as_str() {
        Some(t) => t,
        None => {
            let tn = vm.type_name(spec);
            return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
        }
    };
    if spec.is_empty() {
        return Ok(a.pos.first().cloned().unwrap_or(Value::None));
    }
    let r = crate::format::parse_format_spec_for(spec, "str")
        .and_then(|sp| crate::format::format_str(&s.s, &sp));
    match r {
        Ok(t) => Ok(Value::string(t)),
        Err(m) => Err(vm.value_error(m)),
    }
}

// ------------------------------------------------------------ translate

/// `str.maketrans(x, y=None, z=None)` (a static method).
fn str_maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "maketrans",
        params: &["x", "y", "z"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind_from(vm, a.pos, a.kw, &SIG)?;
    let out = vm.new_dict();
    let x = arg(&args, 0).cloned().unwrap_or(Value::None);
    match (arg(&args, 1), arg(&args, 2)) {
        (None, None) => {
            let pairs: Vec<(Value, Value)> = match x.payload() {
                Some(Payload::Dict(d)) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect(),
                _ => {
                    return Err(vm.type_error(
                        "if you give only one argument to maketrans it must be a dict",
                    ));
                }
            };
            for (k, v) in pairs {
                let key = match (&k, k.as_pystr()) {
                    (_, Some(p)) => {
                        let mut cs = p.s.chars();
                        match (cs.next(), cs.next()) {
                            (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                            _ => {
                                return Err(vm.value_error(
                                    "string keys in translate table must be of length 1",
                                ));
                            }
                        }
                    }
                    (Value::Int(_) | Value::Bool(_), None) => Value::Int(vm.index_value(&k)?),
                    _ => {
                        return Err(
                            vm.type_error("keys in translate table must be strings or integers")
                        );
                    }
                };
                super::dict_ops::insert(vm, &out, key, v)?;
            }
        }
        (y, z) => {
            let y = y.cloned().unwrap_or(Value::None);
            let xs = need_str(vm, &x, "maketrans() argument 1 ")?.to_string();
            let ys = need_str(vm, &y, "maketrans() argument 2 ")?.to_string();
            if algo::char_len(&xs) != algo::char_len(&ys) {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (c, d) in xs.chars().zip(ys.chars()) {
                let k = Value::Int(i64::from(u32::from(c)));
                super::dict_ops::insert(vm, &out, k, Value::Int(i64::from(u32::from(d))))?;
            }
            if let Some(z) = z {
                let zs = need_str(vm, z, "maketrans() argument 3 ")?.to_string();
                for c in zs.chars() {
                    super::dict_ops::insert(
                        vm,
                        &out,
                        Value::Int(i64::from(u32::from(c))),
                        Value::None,
                    )?;
                }
            }
        }
    }
    Ok(out)
}

fn str_translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "translate")?.s.to_string();
    let table = one_arg(vm, a, "str.translate")?.clone();
    let mut out = String::with_capacity(s.len());
    let lookup_error = vm.exc_types.lookup_error.clone();
    for c in s.chars() {
        let key = Value::Int(i64::from(u32::from(c)));
        let mapped = if let Some(Payload::Dict(_)) = table.payload() {
            super::dict_ops::lookup(vm, &table, &key)?
        } else {
            match vm.getitem(&table, &key) {
                Ok(v) => Some(v),
                Err(e) if vm.exc_is(&e, &lookup_error) => None,
                Err(e) => return Err(e),
            }
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(v) => match v.as_str() {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"));
                }
            },
        }
        vm.work(8)?;
        check_bytes(vm, out.len())?;
    }
    Ok(Value::string(out))
}

// ------------------------------------------------------------ registration

/// Install the str methods.
pub fn register(vm: &mut Vm) {
    let t = vm.types.str_.clone();
    let m = NativeKind::Method;
    add_method(&t, "__new__", str_new, NativeKind::StaticMethod);
    add_method(&t, "maketrans", str_maketrans, NativeKind::StaticMethod);
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("encode", str_encode),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
        ("swapcase", str_swapcase),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("islower", str_islower),
        ("isupper", str_isupper),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("isprintable", str_isprintable),
        ("isascii", str_isascii),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("expandtabs", str_expandtabs),
        ("format", str_format),
        ("format_map", str_format_map),
        ("__format__", str_dunder_format),
        ("translate", str_translate),
        ("__len__", op_len),
        ("__getitem__", op_getitem),
        ("__contains__", op_contains),
        ("__iter__", op_iter),
        ("__hash__", op_hash),
        ("__add__", op_add),
        ("__mul__", op_mul),
        ("__rmul__", op_rmul),
        ("__mod__", op_mod),
    ];
    for &(name, f) in methods {
        add_method(&t, name, f, m);
    }
    add_comparisons(&t, true);
}
