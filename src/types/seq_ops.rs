//! Operators on builtin containers: concatenation and repetition, comparison,
//! `len`, `in`, and subscripting with ints and slices for str, bytes, list,
//! tuple, range and dict; set algebra. Each function returns None/false when
//! the operands are not its business, so the caller can try the next protocol.

use crate::object::cell::PyCell;
use std::cmp::Ordering;

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::{Args, ObjRef, Payload, PyResult, Value, ViewKind};
use crate::vm::Vm;
use crate::vm::ops::fast_eq;

use super::num;
use crate::object::dict::Dict;

/// Most items a single container operation may produce (refused beyond).
pub const MAX_ITEMS: usize = 1 << 28;

/// Resolve slice bounds against a length (CPython's PySlice_AdjustIndices).
/// Returns (start, stop, step, count).
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: i64) -> PyResult<(i64, i64, i64, usize)> {
    // A huge step is clamped as the bounds are (CPython clamps it to the
    // index range), and never to i64::MIN, whose negation overflows.
    let step = match &s[2] {
        Value::None => 1,
        v => vm
            .index_value(v)
            .or_else(|e| big_index(vm, v, e))?
            .max(-i64::MAX),
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let (lo_def, hi_def) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            let v = v + len;
            if v < 0 {
                if step < 0 { -1 } else { 0 }
            } else {
                v
            }
        } else if v >= len {
            if step < 0 { len - 1 } else { len }
        } else {
            v
        }
    };
    let start = match &s[0] {
        Value::None => lo_def,
        v => {
            let i = vm.index_value(v).or_else(|e| big_index(vm, v, e))?;
            clamp(i)
        }
    };
    let stop = match &s[1] {
        Value::None => hi_def,
        v => {
            let i = vm.index_value(v).or_else(|e| big_index(vm, v, e))?;
            clamp(i)
        }
    };
    let count = if step > 0 {
        if stop > start {
            ((stop - start - 1) / step + 1) as usize
        } else {
            0
        }
    } else if start > stop {
        ((start - stop - 1) / (-step) + 1) as usize
    } else {
        0
    };
    Ok((start, stop, step, count))
}

/// Slice bounds may be huge ints: clamp them instead of failing.
fn big_index(vm: &mut Vm, v: &Value, e: crate::object::Exc) -> PyResult<i64> {
    match v.to_bigint() {
        Some(b) => Ok(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN / 2
        } else {
            i64::MAX / 2
        }),
        None => {
            let _ = vm;
            Err(e)
        }
    }
}

fn norm_index(i: i64, len: usize) -> Option<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j >= 0 && j < n {
        Some(j as usize)
    } else {
        None
    }
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match o.payload() {
            // Beyond a machine word either way, as CPython's ssize_t.
            Payload::BigInt(_) => {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            Payload::Instance(_) if vm.lookup_special_str(v, "__index__").is_some() => {
                let r = vm.index_object(v)?;
                repeat_count(vm, &r)
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `a op b` for containers; Ok(None) when not applicable.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<Option<Value>> {
    let (pa, pb) = (a.payload(), b.payload());
    match kind {
        BinOpKind::Add => match (pa, pb) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                vm.reserve_memory((x.s.len() + y.s.len()) as u64)?;
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                Ok(Some(Value::string(s)))
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) => {
                let n = x.borrow().len() + y.borrow().len();
                vm.reserve_memory((n * std::mem::size_of::<Value>()) as u64)?;
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                vm.reserve_memory(((x.len() + y.len()) * std::mem::size_of::<Value>()) as u64)?;
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (Some(Payload::Bytes(x)), _) if super::buffer::is_bytes_like(b) => {
                let y = super::buffer::bytes_like(b).unwrap_or_default();
                vm.reserve_memory((x.len() + y.len()) as u64)?;
                let mut v = x.to_vec();
                v.extend_from_slice(&y);
                Ok(Some(Value::Obj(ObjRef::new(Payload::Bytes(v.into())))))
            }
            _ => Ok(None),
        },
        BinOpKind::Mul => {
            // Only str, bytes, list and tuple repeat: the count is read
            // (and a huge one refused) only beside one of them.
            let repeats = |p: Option<&Payload>| {
                matches!(
                    p,
                    Some(
                        Payload::Str(_) | Payload::Bytes(_) | Payload::List(_) | Payload::Tuple(_)
                    )
                )
            };
            let (seq, n) = if repeats(pa) {
                match repeat_count(vm, b)? {
                    Some(n) => (a, n),
                    None => return Ok(None),
                }
            } else if repeats(pb) {
                match repeat_count(vm, a)? {
                    Some(n) => (b, n),
                    None => return Ok(None),
                }
            } else {
                return Ok(None);
            };
            let n = n.max(0) as usize;
            let len = len(seq).unwrap_or(0) as usize;
            // With a memory cap, a result that would break it is refused
            // before anything is allocated.
            let item_bytes = match seq.payload() {
                Some(Payload::Str(s)) => s.s.len(),
                Some(Payload::Bytes(b)) => b.len(),
                _ => len.saturating_mul(std::mem::size_of::<Value>()),
            };
            vm.reserve_memory(item_bytes.saturating_mul(n) as u64)?;
            // One copy of the whole result: about 8 bytes a nanosecond.
            vm.afford((item_bytes.saturating_mul(n) / 8) as u64)?;
            if len.saturating_mul(n) > MAX_ITEMS
                && matches!(
                    seq.payload(),
                    Some(Payload::Str(_))
                        | Some(Payload::List(_))
                        | Some(Payload::Tuple(_))
                        | Some(Payload::Bytes(_))
                )
            {
                return Err(vm.memory_error("repeated sequence is too large"));
            }

            match seq.payload() {
                Some(Payload::Str(s)) => Ok(Some(Value::string(s.s.as_str().repeat(n)))),
                Some(Payload::Bytes(s)) => Ok(Some(Value::Obj(ObjRef::new(Payload::Bytes(
                    s.repeat(n).into(),
                ))))),
                Some(Payload::List(l)) => {
                    let l = l.borrow();
                    let mut v = Vec::with_capacity(l.len() * n);
                    for _ in 0..n {
                        v.extend(l.iter().cloned());
                    }
                    Ok(Some(Value::list(v)))
                }
                Some(Payload::Tuple(t)) => {
                    let mut v = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        v.extend(t.iter().cloned());
                    }
                    Ok(Some(Value::tuple(v)))
                }
                _ => Ok(None),
            }
        }
        BinOpKind::Mod => match pa {
            Some(Payload::Str(s)) => {
                let s = s.s.to_string();
                crate::builtins::strformat::percent_format(vm, &s, b).map(Some)
            }
            Some(Payload::Bytes(_)) => {
                let pos = [a.clone(), b.clone()];
                super::bytes_text::op_mod(vm, &Args { pos: &pos, kw: &[] }).map(Some)
            }
            _ => Ok(None),
        },
        BinOpKind::Or | BinOpKind::And | BinOpKind::Sub | BinOpKind::Xor => {
            let set_a = matches!(pa, Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)));
            let set_b = matches!(pb, Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)));
            if set_a && set_b {
                let frozen = matches!(pa, Some(Payload::FrozenSet(_)));
                let r = super::set::set_algebra(vm, a, b, kind)?;
                return Ok(Some(if frozen {
                    Value::Obj(ObjRef::new(Payload::FrozenSet(r)))
                } else {
                    Value::Obj(ObjRef::new(Payload::Set(PyCell::new(r))))
                }));
            }
            if kind == BinOpKind::Or
                && let (Some(Payload::Dict(x)), Some(Payload::Dict(_))) = (pa, pb)
            {
                let d = Value::Obj(ObjRef::new(Payload::Dict(PyCell::new(x.borrow().copy()))));
                vm.dict_merge(&d, b, None)?;
                return Ok(Some(d));
            }
            Ok(None)
        }
        _ => Ok(None),
    }
}

/// Lexicographic comparison of two item lists.
fn seq_cmp(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOpKind) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        // Identity first, as CPython's PyObject_RichCompareBool: a list
        // holding a NaN equals itself.
        if !x[i].is(&y[i]) && !vm.eq(&x[i], &y[i])? {
            return match op {
                CmpOpKind::Eq => Ok(false),
                CmpOpKind::Ne => Ok(true),
                _ => {
                    let r = vm.compare(&x[i], &y[i], op)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    let o = x.len().cmp(&y.len());
    Ok(ord_matches(o, op))
}

fn ord_matches(o: Ordering, op: CmpOpKind) -> bool {
    match op {
        CmpOpKind::Lt => o == Ordering::Less,
        CmpOpKind::Le => o != Ordering::Greater,
        CmpOpKind::Eq => o == Ordering::Equal,
        CmpOpKind::Ne => o != Ordering::Equal,
        CmpOpKind::Gt => o == Ordering::Greater,
        CmpOpKind::Ge => o != Ordering::Less,
    }
}

/// A keys or items view: these compare with sets as sets.
fn is_set_view(p: &Payload) -> bool {
    matches!(p, Payload::DictView(_, ViewKind::Keys | ViewKind::Items))
}

fn is_set(p: &Payload) -> bool {
    matches!(p, Payload::Set(_) | Payload::FrozenSet(_))
}

/// Rich comparison between builtin values; Ok(None) when unsupported.
pub fn compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<Option<bool>> {
    if let Some(o) = num::compare(a, b) {
        return Ok(Some(match o {
            Some(o) => ord_matches(o, op),
            None => op == CmpOpKind::Ne,
        }));
    }
    let (pa, pb) = (a.payload(), b.payload());
    let r = match (pa, pb) {
        (Some(Payload::Str(x)), Some(Payload::Str(y))) => ord_matches(x.s.cmp(&y.s), op),
        (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => ord_matches(x.cmp(y), op),
        (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
            let (x, y) = (x.clone(), y.clone());
            seq_cmp(vm, &x, &y, op)?
        }
        (Some(Payload::List(x)), Some(Payload::List(y))) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            seq_cmp(vm, &x, &y, op)?
        }
        (Some(Payload::Range(x)), Some(Payload::Range(y)))
            if matches!(op, CmpOpKind::Eq | CmpOpKind::Ne) =>
        {
            let same = x.len() == y.len()
                && (x.is_empty() || (x.start == y.start && (x.len() == 1 || x.step == y.step)));
            same == (op == CmpOpKind::Eq)
        }
        (Some(Payload::Slice(x)), Some(Payload::Slice(y))) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            seq_cmp(vm, &x, &y, op)?
        }
        (Some(Payload::Dict(_)), Some(Payload::Dict(_)))
            if matches!(op, CmpOpKind::Eq | CmpOpKind::Ne) =>
        {
            super::dict_ops::dict_eq(vm, a, b)? == (op == CmpOpKind::Eq)
        }
        (
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_)),
        ) => super::set::set_compare(vm, a, b, op)?,
        (Some(x), Some(y))
            if matches!(op, CmpOpKind::Eq | CmpOpKind::Ne)
                && is_set_view(x)
                && (is_set_view(y) || is_set(y))
                || matches!(op, CmpOpKind::Eq | CmpOpKind::Ne) && is_set(x) && is_set_view(y) =>
        {
            let xs = vm.collect(a)?;
            let ys = vm.collect(b)?;
            let sa = vm.new_set(xs)?;
            let sb = vm.new_set(ys)?;
            super::set::set_compare(vm, &sa, &sb, op)?
        }
        _ => match op {
            CmpOpKind::Eq | CmpOpKind::Ne => match fast_eq(a, b) {
                Some(r) => r == (op == CmpOpKind::Eq),
                None => return Ok(None),
            },
            _ => return Ok(None),
        },
    };
    Ok(Some(r))
}

/// `len(v)` for builtin containers.
#[inline]
pub fn len(v: &Value) -> Option<i64> {
    Some(match v.payload()? {
        Payload::Str(s) => s.nchars as i64,
        Payload::Bytes(b) => b.len() as i64,
        Payload::Tuple(t) => t.len() as i64,
        Payload::List(l) => l.borrow().len() as i64,
        Payload::Dict(d) => d.borrow().len() as i64,
        Payload::Set(d) => d.borrow().len() as i64,
        Payload::FrozenSet(d) => d.len() as i64,
        Payload::Range(r) => i64::try_from(r.len()).unwrap_or(i64::MAX),
        Payload::DictView(d, _) => match d.payload() {
            Payload::Dict(d) => d.borrow().len() as i64,
            _ => 0,
        },
        _ => return None,
    })
}

/// `item in container` for builtin containers.
pub fn contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Some(p) = container.payload() else {
        return Ok(None);
    };
    if let Payload::Bytes(b) = p {
        vm.work(b.len())?;
    }
    Ok(Some(match p {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => {
                vm.work(s.s.len())?;
                s.s.contains(sub)
            }
            None => {
                let tn = vm.type_name(item);
                return Err(vm.type_error(format!(
                    "'in <string>' requires string as left operand, not {tn}"
                )));
            }
        },
        Payload::Bytes(b) => match super::buffer::bytes_like(item) {
            Some(sub) => sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]),
            None => {
                if !super::buffer::is_index_like(vm, item) {
                    let tn = vm.type_name(item);
                    return Err(
                        vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
                    );
                }
                let x = super::bytearray::byte_value(vm, item)?;
                b.contains(&x)
            }
        },
        Payload::Tuple(t) => {
            let t = t.clone();
            for x in t.iter() {
                if x.is(item) || vm.eq(x, item)? {
                    return Ok(Some(true));
                }
            }
            false
        }
        Payload::List(l) => {
            let mut i = 0;
            loop {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => break false,
                };
                if x.is(item) || vm.eq(&x, item)? {
                    break true;
                }
                i += 1;
            }
        }
        Payload::Dict(_) => super::dict_ops::lookup(vm, container, item)?.is_some(),
        Payload::Set(_) | Payload::FrozenSet(_) => {
            // A set is looked for as the frozenset of its items, as
            // CPython's sets do (`{1} in {frozenset({1})}`).
            match super::set_ops::frozen_key(item) {
                Some(k) => super::set_ops::contains(vm, container, &k)?,
                None => super::set_ops::contains(vm, container, item)?,
            }
        }
        Payload::DictView(d, ViewKind::Keys) => {
            super::dict_ops::lookup(vm, &Value::Obj(d.clone()), item)?.is_some()
        }
        Payload::DictView(d, ViewKind::Items) => {
            let Some(Payload::Tuple(kv)) = item.payload() else {
                return Ok(Some(false));
            };
            if kv.len() != 2 {
                return Ok(Some(false));
            }
            let kv = kv.clone();
            match super::dict_ops::lookup(vm, &Value::Obj(d.clone()), &kv[0])? {
                Some(v) => vm.eq(&v, &kv[1])?,
                None => false,
            }
        }
        Payload::Range(r) => match super::range::contains(r, item) {
            Some(found) => found,
            None => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

fn bad_index_type(vm: &mut Vm, what: &str, key: &Value) -> crate::object::Exc {
    let tn = vm.type_name(key);
    if what == "string" {
        // CPython 3.11's str words it differently from the other sequences.
        return vm.type_error(format!("string indices must be integers, not '{tn}'"));
    }
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {tn}"
    ))
}

fn as_index(vm: &mut Vm, key: &Value) -> PyResult<Option<i64>> {
    match key {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match o.payload() {
            Payload::BigInt(_) => {
                Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
            }
            Payload::Instance(_) if vm.lookup_special_str(key, "__index__").is_some() => {
                vm.index_value(key).map(Some)
            }
            _ => Ok(None),
        },
        _ => Ok(None),
    }
}

/// `container[key]` for builtin containers; Ok(None) when not applicable.
pub fn getitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Option<Value>> {
    let Some(p) = container.payload() else {
        return Ok(None);
    };
    let slice = match key.payload() {
        Some(Payload::Slice(s)) => Some(s.clone()),
        _ => None,
    };
    if let Payload::Range(r) = p {
        let r = *r;
        return super::range::getitem(vm, &r, key).map(Some);
    }
    match p {
        Payload::List(_) | Payload::Tuple(_) | Payload::Str(_) | Payload::Bytes(_) => {}
        Payload::Dict(_) => {
            return match super::dict_ops::lookup(vm, container, key)? {
                Some(v) => Ok(Some(v)),
                None => Err(vm.key_error(key.clone())),
            };
        }
        _ => return Ok(None),
    }
    let what = match p {
        Payload::List(_) => "list",
        Payload::Tuple(_) => "tuple",
        Payload::Str(_) => "string",
        Payload::Bytes(_) => "byte",
        _ => "range",
    };
    let n = len(container).unwrap_or(0);
    if let Some(s) = slice {
        let (start, _, step, count) = slice_indices(vm, &s, n)?;
        // The result (and, for text, what slicing it takes on the way) is
        // refused before it is built when it would pass the memory cap.
        let bytes = match p {
            Payload::Str(s) if s.is_ascii() => count,
            Payload::Str(s) => s.s.len().saturating_mul(4).saturating_add(count * 4),
            Payload::Bytes(_) => count,
            _ => count.saturating_mul(std::mem::size_of::<Value>()),
        };
        vm.reserve_memory(bytes as u64)?;
        vm.work(count)?;
        let idx = (0..count).map(move |k| (start + k as i64 * step) as usize);
        // A contiguous slice (step 1) is one copy of a range of the items.
        let run = (step == 1).then(|| {
            let lo = start.max(0) as usize;
            lo..lo + count
        });
        return Ok(Some(match p {
            Payload::List(l) => {
                let l = l.borrow();
                match run.and_then(|r| l.get(r)) {
                    Some(items) => Value::list(items.to_vec()),
                    None => Value::list(idx.filter_map(|i| l.get(i).cloned()).collect()),
                }
            }
            Payload::Tuple(t) => {
                if step == 1 && count == t.len() {
                    container.clone()
                } else if let Some(items) = run.and_then(|r| t.get(r)) {
                    Value::tuple(items.to_vec())
                } else {
                    Value::tuple(idx.filter_map(|i| t.get(i).cloned()).collect())
                }
            }
            Payload::Str(s) => {
                if s.is_ascii() {
                    let b = s.s.as_bytes();
                    if let Some(part) = run.and_then(|r| s.s.get(r)) {
                        return Ok(Some(Value::string(part.to_owned())));
                    }
                    let out: Vec<u8> = idx.filter_map(|i| b.get(i).copied()).collect();
                    // ASCII bytes are UTF-8: no copy.
                    Value::string(String::from_utf8(out).unwrap_or_default())
                } else if let Some(r) = run {
                    // Walk to the first character and take `count` of them:
                    // no table of every character of the string.
                    let from =
                        s.s.char_indices()
                            .nth(r.start)
                            .map_or(s.s.len(), |(b, _)| b);
                    let tail = &s.s[from..];
                    let to = tail
                        .char_indices()
                        .nth(count)
                        .map_or(tail.len(), |(b, _)| b);
                    Value::string(tail[..to].to_owned())
                } else {
                    let chars: Vec<char> = s.s.chars().collect();
                    Value::string(idx.filter_map(|i| chars.get(i)).collect())
                }
            }
            Payload::Bytes(b) => {
                let out: Vec<u8> = match run.and_then(|r| b.get(r)) {
                    Some(part) => part.to_vec(),
                    None => idx.filter_map(|i| b.get(i).copied()).collect(),
                };
                Value::Obj(ObjRef::new(Payload::Bytes(out.into())))
            }
            _ => return Ok(None),
        }));
    }
    let Some(i) = as_index(vm, key)? else {
        return Err(bad_index_type(vm, what, key));
    };
    // The length again: the key's `__index__` may have changed the list.
    let n = len(container).unwrap_or(0);
    let Some(j) = norm_index(i, n as usize) else {
        let msg = match p {
            Payload::Bytes(_) => "index out of range",
            _ => return Err(vm.index_error(format!("{what} index out of range"))),
        };
        return Err(vm.index_error(msg));
    };
    Ok(Some(match p {
        Payload::List(l) => l.borrow().get(j).cloned().unwrap_or(Value::None),
        Payload::Tuple(t) => t[j].clone(),
        Payload::Str(s) => {
            if s.is_ascii() {
                vm.char_str(s.s.as_bytes().get(j).map(|b| *b as char).unwrap_or(' '))
            } else {
                match s.s.chars().nth(j) {
                    Some(c) => vm.char_str(c),
                    None => Value::str(""),
                }
            }
        }
        Payload::Bytes(b) => Value::Int(b[j] as i64),
        _ => return Ok(None),
    }))
}

/// `container[key] = value`; false when not applicable.
pub fn setitem(vm: &mut Vm, container: &Value, key: &Value, value: &Value) -> PyResult<bool> {
    match container.payload() {
        Some(Payload::Dict(_)) => {
            super::dict_ops::insert(vm, container, key.clone(), value.clone())?;
            Ok(true)
        }
        Some(Payload::List(l)) => {
            crate::freeze::check_mutable(vm, container)?;
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = s.clone();
                let n = l.borrow().len() as i64;
                let (start, stop, step, count) = slice_indices(vm, &s, n)?;
                let items = match value.payload() {
                    Some(Payload::List(_) | Payload::Tuple(_)) => vm.collect(value)?,
                    _ => match vm.try_iter(value)? {
                        Some(it) => vm.collect(&it)?,
                        None if step == 1 => {
                            return Err(vm.type_error("can only assign an iterable"));
                        }
                        None => return Err(vm.type_error("must assign iterable to extended slice")),
                    },
                };
                let mut l = l.borrow_mut();
                if step == 1 {
                    let stop = stop.max(start) as usize;
                    let start = (start as usize).min(l.len());
                    let end = stop.min(l.len()).max(start);
                    let removed: Vec<Value> = l.splice(start..end, items).collect();
                    drop(l);
                    drop(removed);
                } else {
                    if items.len() != count {
                        drop(l);
                        return Err(vm.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {count}",
                            items.len()
                        )));
                    }
                    for (k, it) in items.into_iter().enumerate() {
                        let i = (start + k as i64 * step) as usize;
                        if let Some(slot) = l.get_mut(i) {
                            *slot = it;
                        }
                    }
                }
                return Ok(true);
            }
            let Some(i) = as_index(vm, key)? else {
                return Err(bad_index_type(vm, "list", key));
            };
            let n = l.borrow().len();
            let Some(j) = norm_index(i, n) else {
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = std::mem::replace(&mut l.borrow_mut()[j], value.clone());
            drop(old);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `del container[key]`; false when not applicable.
pub fn delitem(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<bool> {
    match container.payload() {
        Some(Payload::Dict(_)) => {
            if super::dict_ops::remove(vm, container, key)?.is_none() {
                return Err(vm.key_error(key.clone()));
            }
            Ok(true)
        }
        Some(Payload::List(l)) => {
            crate::freeze::check_mutable(vm, container)?;
            if let Some(Payload::Slice(s)) = key.payload() {
                let s = s.clone();
                let n = l.borrow().len() as i64;
                let (start, _, step, count) = slice_indices(vm, &s, n)?;
                if count == 0 {
                    return Ok(true);
                }
                // One pass whatever the step (removing items one by one
                // would move the tail once per item). The lowest index and
                // a positive stride describe the same set of items.
                let (lo, stride) = if step > 0 {
                    (start as usize, step as usize)
                } else {
                    (
                        (start + (count as i64 - 1) * step) as usize,
                        step.unsigned_abs() as usize,
                    )
                };
                let mut l = l.borrow_mut();
                let removed: Vec<Value> = if stride == 1 {
                    let hi = (lo + count).min(l.len());
                    l.drain(lo.min(hi)..hi).collect()
                } else {
                    let mut removed = Vec::with_capacity(count);
                    let mut kept = Vec::with_capacity(l.len().saturating_sub(count));
                    for (i, v) in l.drain(..).enumerate() {
                        if i >= lo && (i - lo) % stride == 0 && (i - lo) / stride < count {
                            removed.push(v);
                        } else {
                            kept.push(v);
                        }
                    }
                    *l = kept;
                    removed
                };
                drop(l);
                drop(removed);
                return Ok(true);
            }
            let Some(i) = as_index(vm, key)? else {
                return Err(bad_index_type(vm, "list", key));
            };
            let n = l.borrow().len();
            let Some(j) = norm_index(i, n) else {
                return Err(vm.index_error("list assignment index out of range"));
            };
            let old = l.borrow_mut().remove(j);
            drop(old);
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// A new dict object holding `d`.
pub fn dict_value(d: Dict) -> Value {
    Value::Obj(ObjRef::new(Payload::Dict(PyCell::new(d))))
}
