//! `_heapq`, the accelerator of `heapq` (src/stdlib/heapq.py adds merge,
//! nlargest and nsmallest in Python): heappush, heappop, heapify,
//! heapreplace, heappushpop and the max-heap privates, on lists, with
//! CPython's sift algorithms so that the same comparisons run in the same
//! order.
//!
//! Invariants: items are compared with the VM's `<` (user `__lt__` runs,
//! its errors propagate); no borrow of the list is held while it runs; a
//! list whose size changes during a comparison raises RuntimeError, as in
//! CPython, and every index is checked again after a comparison, so a list
//! mutated by `__lt__` can give wrong orders but never a panic.

use crate::bytecode::CmpOpKind;
use crate::object::cell::{PyCell, PyRefMut};
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::def;

type ListCell = PyCell<Vec<Value>>;

/// `a < b` with the fast cases inline.
#[inline]
pub(crate) fn less(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(x < y),
        (Value::Float(x), Value::Float(y)) => Ok(x < y),
        _ => {
            if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                return Ok(x < y);
            }
            let r = vm.compare(a, b, CmpOpKind::Lt)?;
            vm.truthy(&r)
        }
    }
}

/// The list a heap function works on (a list, or the list inside an
/// instance of a list subclass).
fn heap_list<'a>(vm: &mut Vm, v: &'a Value, fname: &str, which: &str) -> PyResult<&'a ListCell> {
    let target = v.instance_base().unwrap_or(v);
    match target.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => {
            // CPython's argument parser names None as "None".
            let tn = if v.is_none() {
                "None".to_string()
            } else {
                vm.type_name(v)
            };
            Err(vm.type_error(format!("{fname}() argument{which} must be list, not {tn}")))
        }
    }
}

fn items_mut<'a>(vm: &mut Vm, l: &'a ListCell) -> PyResult<PyRefMut<'a, Vec<Value>>> {
    l.try_borrow_mut().map_err(|e| {
        crate::freeze::guard::borrow_error(vm, e, "list", "list changed size during iteration")
    })
}

fn len_of(vm: &mut Vm, l: &ListCell) -> PyResult<usize> {
    match l.try_borrow() {
        Ok(v) => Ok(v.len()),
        Err(_) => Err(vm.runtime_error("list changed size during iteration")),
    }
}

/// Items `i` and `j` (cloned), or RuntimeError when the list shrank.
fn two(vm: &mut Vm, l: &ListCell, i: usize, j: usize) -> PyResult<(Value, Value)> {
    let r = match l.try_borrow() {
        Ok(v) => match (v.get(i), v.get(j)) {
            (Some(a), Some(b)) => Some((a.clone(), b.clone())),
            _ => None,
        },
        Err(_) => None,
    };
    r.ok_or_else(|| vm.runtime_error("list changed size during iteration"))
}

fn swap(vm: &mut Vm, l: &ListCell, i: usize, j: usize) -> PyResult<()> {
    let mut v = items_mut(vm, l)?;
    if i < v.len() && j < v.len() {
        v.swap(i, j);
    }
    Ok(())
}

/// Whether the order `a` before `b` holds for this heap (min: `a < b`;
/// max: `b < a`).
#[inline]
fn before(vm: &mut Vm, a: &Value, b: &Value, max: bool) -> PyResult<bool> {
    if max { less(vm, b, a) } else { less(vm, a, b) }
}

/// `a < b` when no Python code is needed to decide it (ints, floats,
/// strs of one kind).
#[inline]
fn fast_less(a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x < y),
        (Value::Float(x), Value::Float(y)) => Some(x < y),
        (Value::Obj(x), Value::Obj(y)) => match (x.payload(), y.payload()) {
            (Payload::Str(p), Payload::Str(q)) => Some(p.s < q.s),
            // `(priority, item)` entries: the first items that differ
            // decide, as tuple comparison does, when the scalars compare
            // without Python code.
            (Payload::Tuple(p), Payload::Tuple(q)) => {
                for (u, w) in p.iter().zip(q.iter()) {
                    if !scalar(u) || !scalar(w) {
                        return None;
                    }
                    if !crate::vm::ops::fast_eq(u, w)? {
                        return fast_less(u, w);
                    }
                }
                Some(p.len() < q.len())
            }
            _ => None,
        },
        _ => None,
    }
}

/// Whether `v` is a value whose `==` and `<` with another such value run
/// no Python code and agree with `fast_less` (ints, floats but NaN, whose
/// identity tuple comparison looks at first, strs).
#[inline]
fn scalar(v: &Value) -> bool {
    match v {
        Value::Int(_) => true,
        Value::Float(f) => !f.is_nan(),
        Value::Obj(o) => matches!(o.payload(), Payload::Str(_)),
        _ => false,
    }
}

/// `before` decided without Python code, or None.
#[inline]
fn fast_before(a: &Value, b: &Value, max: bool) -> Option<bool> {
    if max {
        fast_less(b, a)
    } else {
        fast_less(a, b)
    }
}

/// The fast layer of `sift_down`: sift in one borrow while the items
/// compare without Python code; returns where it stopped (`None`: done).
fn sift_down_fast(l: &ListCell, start: usize, mut pos: usize, max: bool) -> (Option<usize>, usize) {
    let Ok(mut v) = l.try_borrow_mut() else {
        return (Some(pos), 0);
    };
    let mut steps = 0;
    while pos > start && pos < v.len() {
        let parent = (pos - 1) >> 1;
        match fast_before(&v[pos], &v[parent], max) {
            Some(true) => {
                v.swap(parent, pos);
                pos = parent;
                steps += 1;
            }
            Some(false) => return (None, steps),
            None => return (Some(pos), steps),
        }
    }
    (None, steps)
}

/// Move the item at `pos` up towards `start` (CPython's `siftdown`).
fn sift_down(vm: &mut Vm, l: &ListCell, start: usize, pos: usize, max: bool) -> PyResult<()> {
    let (left, steps) = sift_down_fast(l, start, pos, max);
    vm.work(steps)?;
    match left {
        None => Ok(()),
        Some(pos) => sift_down_slow(vm, l, start, pos, max),
    }
}

#[cold]
#[inline(never)]
fn sift_down_slow(
    vm: &mut Vm,
    l: &ListCell,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let size = len_of(vm, l)?;
    if pos >= size {
        return Err(vm.index_error("list index out of range"));
    }
    while pos > start {
        vm.work(1)?;
        let parent = (pos - 1) >> 1;
        let (newitem, p) = two(vm, l, pos, parent)?;
        let lt = before(vm, &newitem, &p, max)?;
        if len_of(vm, l)? != size {
            return Err(vm.runtime_error("list changed size during iteration"));
        }
        if !lt {
            break;
        }
        swap(vm, l, parent, pos)?;
        pos = parent;
    }
    Ok(())
}

/// The fast layer of `sift_up`'s descent: in one borrow while the
/// children compare without Python code; the position reached, and
/// whether it reached a leaf.
fn sift_up_fast(l: &ListCell, mut pos: usize, max: bool) -> (usize, bool, usize) {
    let Ok(mut v) = l.try_borrow_mut() else {
        return (pos, false, 0);
    };
    let end = v.len();
    let limit = end >> 1;
    let mut steps = 0;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            match fast_before(&v[child], &v[child + 1], max) {
                Some(true) => {}
                Some(false) => child += 1,
                None => return (pos, false, steps),
            }
        }
        v.swap(child, pos);
        pos = child;
        steps += 1;
    }
    (pos, true, steps)
}

/// Move the item at `pos` down to a leaf, then back up (CPython's `siftup`).
fn sift_up(vm: &mut Vm, l: &ListCell, pos: usize, max: bool) -> PyResult<()> {
    let start = pos;
    let (pos, leaf, steps) = sift_up_fast(l, pos, max);
    vm.work(steps)?;
    if leaf {
        return sift_down(vm, l, start, pos, max);
    }
    sift_up_slow(vm, l, start, pos, max)
}

#[cold]
#[inline(never)]
fn sift_up_slow(
    vm: &mut Vm,
    l: &ListCell,
    start: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let end = len_of(vm, l)?;
    let limit = end >> 1;
    while pos < limit {
        vm.work(1)?;
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = two(vm, l, child, child + 1)?;
            let lt = before(vm, &a, &b, max)?;
            if !lt {
                child += 1;
            }
            if len_of(vm, l)? != end {
                return Err(vm.runtime_error("list changed size during iteration"));
            }
        }
        swap(vm, l, child, pos)?;
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

fn two_args<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x, y] => Ok((x, y)),
        _ => Err(vm.type_error(format!("{name} expected 2 arguments, got {}", a.pos.len()))),
    }
}

fn one_arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    match a.pos {
        [x] => Ok(x),
        _ => Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

fn heappush(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (h, item) = two_args(vm, a, "heappush")?;
    let l = heap_list(vm, h, "heappush", " 1")?;
    let n = {
        let mut v = items_mut(vm, l)?;
        v.push(item.clone());
        v.len()
    };
    sift_down(vm, l, 0, n - 1, false)?;
    Ok(Value::None)
}

fn pop_common(vm: &mut Vm, a: &Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, a, name)?;
    let l = heap_list(vm, h, name, "")?;
    let (last, empty) = {
        let mut v = items_mut(vm, l)?;
        let Some(last) = v.pop() else {
            drop(v);
            return Err(vm.index_error("index out of range"));
        };
        let empty = v.is_empty();
        (last, empty)
    };
    if empty {
        return Ok(last);
    }
    let top = {
        let mut v = items_mut(vm, l)?;
        std::mem::replace(&mut v[0], last)
    };
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pop_common(vm, a, "heappop", false)
}

fn heappop_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pop_common(vm, a, "_heappop_max", true)
}

fn replace_common(vm: &mut Vm, a: &Args, name: &str, max: bool) -> PyResult<Value> {
    let (h, item) = two_args(vm, a, name)?;
    let l = heap_list(vm, h, name, " 1")?;
    let top = {
        let mut v = items_mut(vm, l)?;
        if v.is_empty() {
            drop(v);
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], item.clone())
    };
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    replace_common(vm, a, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    replace_common(vm, a, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (h, item) = two_args(vm, a, "heappushpop")?;
    let l = heap_list(vm, h, "heappushpop", " 1")?;
    let first = match l.try_borrow() {
        Ok(v) => v.first().cloned(),
        Err(_) => return Err(vm.runtime_error("list changed size during iteration")),
    };
    let Some(first) = first else {
        return Ok(item.clone());
    };
    if !less(vm, &first, item)? {
        return Ok(item.clone());
    }
    let top = {
        let mut v = items_mut(vm, l)?;
        if v.is_empty() {
            drop(v);
            return Err(vm.index_error("index out of range"));
        }
        std::mem::replace(&mut v[0], item.clone())
    };
    sift_up(vm, l, 0, false)?;
    Ok(top)
}

fn heapify_common(vm: &mut Vm, a: &Args, name: &str, max: bool) -> PyResult<Value> {
    let h = one_arg(vm, a, name)?;
    let l = heap_list(vm, h, name, "")?;
    let n = len_of(vm, l)?;
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::None)
}

fn heapify(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    heapify_common(vm, a, "heapify", false)
}

fn heapify_max(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    heapify_common(vm, a, "_heapify_max", true)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let table: &[(&'static str, crate::vm::NativeFn)] = &[
        ("heappush", heappush),
        ("heappop", heappop),
        ("heapify", heapify),
        ("heapreplace", heapreplace),
        ("heappushpop", heappushpop),
        ("_heappop_max", heappop_max),
        ("_heapify_max", heapify_max),
        ("_heapreplace_max", heapreplace_max),
    ];
    for (name, f) in table {
        def(vm, d, name, *f)?;
    }
    Ok(())
}
