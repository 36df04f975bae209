//! The text-like methods of bytes and bytearray that str also has
//! (partition, splitlines, expandtabs, center/ljust/rjust/zfill, title,
//! capitalize, istitle, removeprefix/removesuffix, translate/maketrans) and
//! printf-style `%` formatting of bytes, written from the Python
//! documentation ("Bytes and Bytearray Operations") and checked against
//! CPython 3.11 by tests/python/bytes__*.py.
//!
//! Invariants:
//! - Every method here is shared by bytes and bytearray: `self` is read
//!   with bytes.rs's `this` and results are built with `out`, so a
//!   bytearray's results are bytearrays.
//! - Case and whitespace are ASCII only, as for bytes in CPython.
//! - A result whose size follows from the arguments (a width, a tab size)
//!   is reserved with `Vm::reserve_memory` before it is built; walks over
//!   the receiver charge `Vm::work`.

use crate::object::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

use super::buffer::bytes_like;
use super::bytes::{need_bytes, out, qual, this};
use super::tuple::{Sig, Style, bind, int_arg, no_args, one_arg};

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

// ----- partition -------------------------------------------------------------

fn partition_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<Value> {
    let b = this(vm, a, name)?.into_owned();
    let sep_value = one_arg(vm, a, &qual(a, name))?.clone();
    let sep = need_bytes(vm, &sep_value)?.into_owned();
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    vm.work(b.len())?;
    let at = if rev {
        b.windows(sep.len()).rposition(|w| w == sep.as_slice())
    } else {
        b.windows(sep.len()).position(|w| w == sep.as_slice())
    };
    let parts = match at {
        Some(i) => [
            b.get(..i).unwrap_or(&[]).to_vec(),
            sep.clone(),
            b.get(i + sep.len()..).unwrap_or(&[]).to_vec(),
        ],
        None if rev => [Vec::new(), Vec::new(), b.clone()],
        None => [b.clone(), Vec::new(), Vec::new()],
    };
    let mut items: Vec<Value> = parts.into_iter().map(|p| out(a, p)).collect();
    if at.is_some() && !super::bytearray::is_bytearray(&a.pos[0]) {
        // bytes gives back the separator object itself.
        items[1] = sep_value;
    }
    Ok(Value::tuple(items))
}

pub(crate) fn partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, "partition", false)
}

pub(crate) fn rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, "rpartition", true)
}

// ----- splitlines, expandtabs --------------------------------------------------

pub(crate) fn splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "splitlines")?.into_owned();
    const SIG: Sig = Sig {
        name: "splitlines",
        params: &["keepends"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let keep = int_arg(vm, arg(&args, 0), 0)? != 0;
    vm.work(b.len())?;
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end = match (b.get(i), b.get(i + 1)) {
            (Some(b'\r'), Some(b'\n')) => i + 2,
            (Some(b'\r' | b'\n'), _) => i + 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let stop = if keep { end } else { i };
        lines.push(b.get(start..stop).unwrap_or(&[]).to_vec());
        start = end;
        i = end;
    }
    if start < b.len() {
        lines.push(b.get(start..).unwrap_or(&[]).to_vec());
    }
    Ok(Value::list(lines.into_iter().map(|l| out(a, l)).collect()))
}

/// The length of `b.expandtabs(tab)` (columns restart after `\n`, `\r`).
fn expanded_len(b: &[u8], tab: usize) -> usize {
    let (mut n, mut col) = (0usize, 0usize);
    for &c in b {
        match c {
            b'\t' => {
                let k = if tab == 0 { 0 } else { tab - col % tab };
                n = n.saturating_add(k);
                col = col.saturating_add(k);
            }
            b'\n' | b'\r' => {
                n += 1;
                col = 0;
            }
            _ => {
                n += 1;
                col += 1;
            }
        }
    }
    n
}

pub(crate) fn expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "expandtabs")?.into_owned();
    const SIG: Sig = Sig {
        name: "expandtabs",
        params: &["tabsize"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    if let Some(Payload::BigInt(_)) = arg(&args, 0).and_then(Value::payload) {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let tab = usize::try_from(int_arg(vm, arg(&args, 0), 8)?).unwrap_or(0);
    vm.work(b.len())?;
    let n = expanded_len(&b, tab);
    if n > isize::MAX as usize / 2 {
        return Err(vm.overflow_error("result too long"));
    }
    super::tuple::check_items(vm, n)?;
    vm.reserve_memory(n as u64)?;
    vm.work(n)?;
    let mut r = Vec::with_capacity(n);
    let mut col = 0usize;
    for &c in &b {
        match c {
            b'\t' => {
                let k = if tab == 0 { 0 } else { tab - col % tab };
                r.resize(r.len() + k, b' ');
                col += k;
            }
            b'\n' | b'\r' => {
                r.push(c);
                col = 0;
            }
            _ => {
                r.push(c);
                col += 1;
            }
        }
    }
    Ok(out(a, r))
}

// ----- padding -----------------------------------------------------------------

/// `(width, fill)` of center/ljust/rjust.
fn pad_args(vm: &mut Vm, a: &Args, name: &'static str) -> PyResult<(usize, u8)> {
    let sig = Sig {
        name,
        params: &["width", "fillchar"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &sig)?;
    let width = int_arg(vm, arg(&args, 0), 0)?;
    let fill = match arg(&args, 1) {
        None => b' ',
        Some(v) => match bytes_like(v) {
            Some(f) if f.len() == 1 => f[0],
            _ => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    Ok((usize::try_from(width).unwrap_or(0), fill))
}

/// `b` with `left` and `right` copies of `fill` around it.
fn padded(vm: &mut Vm, a: &Args, b: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Value> {
    let n = b.len() + left + right;
    super::tuple::check_items(vm, n)?;
    vm.reserve_memory(n as u64)?;
    vm.work(n)?;
    let mut r = Vec::with_capacity(n);
    r.resize(left, fill);
    r.extend_from_slice(b);
    r.resize(n, fill);
    Ok(out(a, r))
}

pub(crate) fn center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "center")?.into_owned();
    let (width, fill) = pad_args(vm, a, "center")?;
    let marg = width.saturating_sub(b.len());
    let left = marg / 2 + (marg & width & 1);
    padded(vm, a, &b, left, marg - left, fill)
}

pub(crate) fn ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "ljust")?.into_owned();
    let (width, fill) = pad_args(vm, a, "ljust")?;
    padded(vm, a, &b, 0, width.saturating_sub(b.len()), fill)
}

pub(crate) fn rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "rjust")?.into_owned();
    let (width, fill) = pad_args(vm, a, "rjust")?;
    padded(vm, a, &b, width.saturating_sub(b.len()), 0, fill)
}

pub(crate) fn zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "zfill")?.into_owned();
    let w = one_arg(vm, a, &qual(a, "zfill"))?;
    let width = usize::try_from(int_arg(vm, Some(w), 0)?).unwrap_or(0);
    let fill = width.saturating_sub(b.len());
    let (sign, rest) = match b.first() {
        Some(&s @ (b'+' | b'-')) => (Some(s), b.get(1..).unwrap_or(&[])),
        _ => (None, &b[..]),
    };
    let n = b.len() + fill;
    super::tuple::check_items(vm, n)?;
    vm.reserve_memory(n as u64)?;
    vm.work(n)?;
    let mut r = Vec::with_capacity(n);
    r.extend(sign);
    r.resize(r.len() + fill, b'0');
    r.extend_from_slice(rest);
    Ok(out(a, r))
}

// ----- case ----------------------------------------------------------------------

/// `title()`: a letter after a non-letter is upper-cased, others lowered.
fn titled(b: &[u8]) -> Vec<u8> {
    let mut prev_cased = false;
    b.iter()
        .map(|&c| {
            let r = if prev_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev_cased = c.is_ascii_alphabetic();
            r
        })
        .collect()
}

pub(crate) fn title(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "title")?.into_owned();
    no_args(vm, a, &qual(a, "title"))?;
    vm.work(b.len())?;
    Ok(out(a, titled(&b)))
}

pub(crate) fn capitalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "capitalize")?.into_owned();
    no_args(vm, a, &qual(a, "capitalize"))?;
    vm.work(b.len())?;
    let mut r = b.to_ascii_lowercase();
    if let Some(c) = r.first_mut() {
        c.make_ascii_uppercase();
    }
    Ok(out(a, r))
}

pub(crate) fn istitle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "istitle")?.into_owned();
    no_args(vm, a, &qual(a, "istitle"))?;
    vm.work(b.len())?;
    let (mut cased, mut prev_cased) = (false, false);
    for &c in b.iter() {
        if c.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}

// ----- affixes, translate ------------------------------------------------------

fn remove_affix(vm: &mut Vm, a: &Args, name: &str, prefix: bool) -> PyResult<Value> {
    let b = this(vm, a, name)?.into_owned();
    let p = one_arg(vm, a, &qual(a, name))?;
    let p = need_bytes(vm, p)?.into_owned();
    let r = if prefix {
        b.strip_prefix(p.as_slice())
    } else {
        b.strip_suffix(p.as_slice())
    };
    if let (Some(r), false) = (r, super::bytearray::is_bytearray(&a.pos[0])) {
        // bytes returns itself when nothing is removed, as CPython does.
        if r.len() == b.len() {
            return Ok(a.pos[0].clone());
        }
    }
    Ok(out(a, r.unwrap_or(&b).to_vec()))
}

pub(crate) fn removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    remove_affix(vm, a, "removeprefix", true)
}

pub(crate) fn removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    remove_affix(vm, a, "removesuffix", false)
}

pub(crate) fn translate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let b = this(vm, a, "translate")?.into_owned();
    let pos = a.pos.get(1..).unwrap_or(&[]);
    let mut delete_kw = None;
    for (k, v) in a.kw {
        match crate::vm::eval::name_text(k).as_str() {
            "delete" if pos.len() < 2 => delete_kw = Some(v.clone()),
            other => {
                let msg = if other == "delete" {
                    "translate() got multiple values for argument 'delete'".to_string()
                } else {
                    format!("'{other}' is an invalid keyword argument for translate()")
                };
                return Err(vm.type_error(msg));
            }
        }
    }
    if pos.is_empty() {
        return Err(vm.type_error("translate() takes at least 1 positional argument (0 given)"));
    }
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let table = match &pos[0] {
        Value::None => None,
        t => {
            let t = need_bytes(vm, t)?.into_owned();
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match pos.get(1).cloned().or(delete_kw) {
        None => Vec::new(),
        Some(d) => need_bytes(vm, &d)?.into_owned(),
    };
    vm.work(b.len())?;
    let mut gone = [false; 256];
    for &d in &delete {
        gone[usize::from(d)] = true;
    }
    let r: Vec<u8> = b
        .iter()
        .filter(|&&c| !gone[usize::from(c)])
        .map(|&c| table.as_ref().map_or(c, |t| t[usize::from(c)]))
        .collect();
    Ok(out(a, r))
}

/// `bytes.maketrans(frm, to)` (a static method of bytes and bytearray).
pub(crate) fn maketrans(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "maketrans",
        params: &["frm", "to"],
        required: 2,
        style: Style::Positional,
    };
    let args = super::tuple::bind_from(vm, a.pos, a.kw, &SIG)?;
    let frm = need_bytes(vm, arg(&args, 0).unwrap_or(&Value::None))?.into_owned();
    let to = need_bytes(vm, arg(&args, 1).unwrap_or(&Value::None))?.into_owned();
    if frm.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (&f, &x) in frm.iter().zip(&to) {
        t[usize::from(f)] = x;
    }
    Ok(super::bytes::bytes_value(t))
}

// ----- printf-style formatting ------------------------------------------------

/// Bytes as the latin-1 text the `%` machinery works on (one char a byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&c| char::from(c)).collect()
}

/// `self % args` for bytes and bytearray.
pub(crate) fn op_mod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let fmt = this(vm, a, "__mod__")?.into_owned();
    let args = one_arg(vm, a, &qual(a, "__mod__"))?.clone();
    vm.work(fmt.len())?;
    let text = crate::builtins::strformat::percent_render(vm, &latin1(&fmt), &args, true)?;
    let r: Vec<u8> = text.chars().map(|c| c as u32 as u8).collect();
    Ok(out(a, r))
}

/// `args % self`: only another bytes format would take it, and that one's
/// `__mod__` runs first.
pub(crate) fn op_rmod(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this(vm, a, "__rmod__")?;
    one_arg(vm, a, &qual(a, "__rmod__"))?;
    Ok(vm.not_implemented())
}

/// A bytes format's `%s`/`%b`, `%r`/`%a` or `%c` of `v`, as latin-1 text;
/// None for the numeric conversions (rendered as for str).
pub(crate) fn percent_bytes_conv(vm: &mut Vm, conv: char, v: &Value) -> PyResult<Option<String>> {
    match conv {
        's' | 'b' => {
            if let Some(b) = bytes_like(v) {
                return Ok(Some(latin1(&b)));
            }
            if let Some(f) = vm.lookup_special_str(v, "__bytes__") {
                let r = vm.call(&f, std::slice::from_ref(v))?;
                if let Some(b) = bytes_like(&r) {
                    return Ok(Some(latin1(&b)));
                }
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
            )))
        }
        'r' | 'a' => crate::builtins::strformat::ascii_of(vm, v).map(Some),
        'c' => {
            if let Some(b) = bytes_like(v) {
                if b.len() == 1 {
                    return Ok(Some(latin1(&b)));
                }
            } else if let Some(i) = v.to_bigint() {
                return match u8::try_from(i) {
                    Ok(c) => Ok(Some(char::from(c).to_string())),
                    Err(_) => Err(vm.overflow_error("%c arg not in range(256)")),
                };
            }
            Err(vm.type_error("%c requires an integer in range(256) or a single byte"))
        }
        _ => Ok(None),
    }
}
