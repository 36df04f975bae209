//! Sorting, for `list.sort`, `sorted()` and the library (json's
//! `sort_keys`): stable, keys computed once before any item moves, Python's
//! `<` the only question asked, and the items left a permutation of
//! themselves whatever fails.
//!
//! Lists of one scalar kind (every key a small int, every key a str, every
//! key a float that is not NaN) are sorted by the standard library's stable
//! sort, whose order is total for them. Everything else goes through a merge
//! sort of our own, which never relies on the comparison being consistent
//! (a user's `__lt__` may be anything): it finds the runs already in order
//! (so sorted and reversed input costs n - 1 comparisons, as CPython's
//! timsort), extends short ones by binary insertion, and merges neighbours
//! level by level through a buffer holding only the left run.

use crate::bytecode::CmpOpKind;
use crate::object::{Payload, PyResult, Value};
use crate::vm::Vm;

/// Runs shorter than this are extended by binary insertion before merging.
const MIN_RUN: usize = 32;

/// Sort `items` by `key(item)` (or by the items), ascending, or descending
/// with `reverse` (still stable, as CPython's). When `key` raises, the items
/// are untouched; when a comparison raises, they are some permutation.
pub fn sort(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys = match key {
        None => None,
        // `key=itemgetter(k)`: `item[k]` for each item, read in place for
        // a tuple or list and an index in range.
        Some(f) if let Some(k) = super::operator_types::single_item(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(match item_at(it, &k) {
                    Some(v) => v,
                    None => vm.getitem(it, &k)?,
                });
            }
            Some(ks)
        }
        Some(f) => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(f, std::slice::from_ref(it))?);
            }
            Some(ks)
        }
    };
    if reverse {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let r = match keys {
        None => sort_plain(vm, items),
        Some(keys) => sort_keyed(vm, items, keys),
    };
    if reverse {
        items.reverse();
    }
    r
}

/// `seq[i]` for an exact tuple or list and an int index in range; None
/// for everything else (the general subscript decides, and raises).
fn item_at(seq: &Value, i: &Value) -> Option<Value> {
    let Value::Int(i) = *i else { return None };
    let i = usize::try_from(i).ok()?;
    match seq.payload()? {
        Payload::Tuple(t) => t.get(i).cloned(),
        Payload::List(l) => l.borrow().get(i).cloned(),
        _ => None,
    }
}

/// One kind of scalar shared by every key, whose order is total.
#[derive(Clone, Copy, PartialEq)]
enum Uniform {
    Int,
    Str,
    Float,
}

fn uniform<'a>(mut keys: impl Iterator<Item = &'a Value>) -> Option<Uniform> {
    let kind_of = |v: &Value| match v {
        Value::Int(_) => Some(Uniform::Int),
        Value::Float(f) if !f.is_nan() => Some(Uniform::Float),
        _ if v.as_str().is_some() => Some(Uniform::Str),
        _ => None,
    };
    let first = kind_of(keys.next()?)?;
    keys.all(|k| kind_of(k) == Some(first)).then_some(first)
}

/// The ordering of two keys of kind `u` (both are of it).
fn scalar_order(u: Uniform, a: &Value, b: &Value) -> std::cmp::Ordering {
    use std::cmp::Ordering::Equal;
    match (u, a, b) {
        (Uniform::Int, Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Uniform::Float, Value::Float(x), Value::Float(y)) => x.partial_cmp(y).unwrap_or(Equal),
        // Code point order is UTF-8 byte order.
        _ => a.as_str().unwrap_or("").cmp(b.as_str().unwrap_or("")),
    }
}

/// Charge a sort of `n` keys done in one uninterruptible call: about
/// n log2 n comparisons, of a few words each for texts.
fn charge(vm: &mut Vm, n: usize, u: Uniform) -> PyResult<()> {
    let n = n as u64;
    let per = if u == Uniform::Str { 4 } else { 1 };
    vm.afford(n * u64::from(64 - n.leading_zeros()) * per)
}

fn sort_plain(vm: &mut Vm, items: &mut [Value]) -> PyResult<()> {
    if let Some(u) = uniform(items.iter()) {
        charge(vm, items.len(), u)?;
        items.sort_by(|a, b| scalar_order(u, a, b));
        return Ok(());
    }
    merge_sort(vm, items)
}

fn sort_keyed(vm: &mut Vm, items: &mut Vec<Value>, keys: Vec<Value>) -> PyResult<()> {
    let mut pairs: Vec<(Value, Value)> = keys.into_iter().zip(items.drain(..)).collect();
    let r = match uniform(pairs.iter().map(|p| &p.0)) {
        Some(u) => charge(vm, pairs.len(), u).map(|()| {
            pairs.sort_by(|a, b| scalar_order(u, &a.0, &b.0));
        }),
        None => merge_sort(vm, &mut pairs),
    };
    items.extend(pairs.into_iter().map(|p| p.1));
    r
}

/// What the merge sort moves: an item (its own key) or a (key, item) pair.
trait Slot {
    fn key(&self) -> &Value;
    /// Move out, leaving a placeholder that drops nothing.
    fn take(&mut self) -> Self;
}

impl Slot for Value {
    fn key(&self) -> &Value {
        self
    }
    fn take(&mut self) -> Self {
        Value::take(self)
    }
}

impl Slot for (Value, Value) {
    fn key(&self) -> &Value {
        &self.0
    }
    fn take(&mut self) -> Self {
        (self.0.take(), self.1.take())
    }
}

/// `a < b` as the sort asks it.
fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    vm.work(1)?;
    if let Some(r) = quick_less(a, b) {
        return Ok(r);
    }
    let r = vm.compare(a, b, CmpOpKind::Lt)?;
    vm.truthy(&r)
}

/// `a < b` for builtin scalars of one kind, and for tuples of them (the
/// usual keys), without the general comparison; None for anything else.
fn quick_less(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        _ => match (a.payload()?, b.payload()?) {
            (Payload::Str(x), Payload::Str(y)) => Some(x.s < y.s),
            (Payload::Tuple(x), Payload::Tuple(y)) => tuple_less(x, y),
            _ => None,
        },
    }
}

/// Tuples compare at their first unequal items (CPython asks `==` first,
/// then `<` of that pair; for these scalars the answers are the same).
/// Floats give up when NaN is in play (there identity decides `==`).
fn tuple_less(x: &[Value], y: &[Value]) -> Option<bool> {
    for (p, q) in x.iter().zip(y) {
        let equal = match (p, q) {
            (Value::Int(m), Value::Int(n)) => m == n,
            (Value::Float(m), Value::Float(n)) if !m.is_nan() && !n.is_nan() => m == n,
            _ => match (p.as_str(), q.as_str()) {
                (Some(m), Some(n)) => m == n,
                _ => return None,
            },
        };
        if !equal {
            return quick_less(p, q);
        }
    }
    Some(x.len() < y.len())
}

/// Stable merge sort with a fallible comparison.
fn merge_sort<T: Slot>(vm: &mut Vm, v: &mut [T]) -> PyResult<()> {
    let n = v.len();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        if end < n {
            if less(vm, v[end].key(), v[start].key())? {
                // Strictly descending: reversed, it stays stable.
                end += 1;
                while end < n && less(vm, v[end].key(), v[end - 1].key())? {
                    end += 1;
                }
                v[start..end].reverse();
            } else {
                end += 1;
                while end < n && !less(vm, v[end].key(), v[end - 1].key())? {
                    end += 1;
                }
            }
        }
        let target = (start + MIN_RUN).min(n);
        if end < target {
            insertion_sort(vm, &mut v[start..target], end - start)?;
            end = target;
        }
        runs.push((start, end));
        start = end;
    }
    let mut buf: Vec<T> = Vec::new();
    while runs.len() > 1 {
        let mut next = Vec::with_capacity(runs.len() / 2 + 1);
        for pair in runs.chunks(2) {
            match *pair {
                [(lo, mid), (_, hi)] => {
                    merge(vm, &mut v[lo..hi], mid - lo, &mut buf)?;
                    next.push((lo, hi));
                }
                _ => next.extend_from_slice(pair),
            }
        }
        runs = next;
    }
    Ok(())
}

/// Binary insertion of `v[sorted..]` into the sorted `v[..sorted]`; an equal
/// key goes after its equals (stability).
fn insertion_sort<T: Slot>(vm: &mut Vm, v: &mut [T], sorted: usize) -> PyResult<()> {
    for i in sorted.max(1)..v.len() {
        let (mut lo, mut hi) = (0, i);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if less(vm, v[i].key(), v[mid].key())? {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        v[lo..=i].rotate_right(1);
    }
    Ok(())
}

/// Merge the sorted `v[..mid]` and `v[mid..]`. The left run moves to `buf`
/// and back; on an error, what is left of it fills the holes, so nothing is
/// lost or duplicated.
fn merge<T: Slot>(vm: &mut Vm, v: &mut [T], mid: usize, buf: &mut Vec<T>) -> PyResult<()> {
    if !less(vm, v[mid].key(), v[mid - 1].key())? {
        return Ok(());
    }
    buf.clear();
    buf.extend(v[..mid].iter_mut().map(Slot::take));
    let (mut i, mut j, mut k) = (0, mid, 0);
    let mut result = Ok(());
    while i < buf.len() && j < v.len() {
        match less(vm, v[j].key(), buf[i].key()) {
            Ok(true) => {
                let x = v[j].take();
                v[k] = x;
                j += 1;
            }
            Ok(false) => {
                v[k] = buf[i].take();
                i += 1;
            }
            Err(e) => {
                result = Err(e);
                break;
            }
        }
        k += 1;
    }
    // The holes left are v[k..j), exactly as many as buf[i..].
    for x in buf.drain(i..) {
        v[k] = x;
        k += 1;
    }
    result
}
