//! Set operations that need the VM (hashing, Python equality), each done by
//! the algorithm CPython 3.11 uses for it, so that the keys of the result land
//! in the slots CPython's would and the set iterates and prints in CPython's
//! order (the table itself is `object::set_table`).
//!
//! What decides a layout, besides the keys: which set is walked and which is
//! probed (an intersection walks the smaller operand), whether a result is
//! built by merging a whole table (one resize up front, then the slots copied
//! or reinserted) or key by key, and whether removals are followed by a
//! rebuild. Each function says which it does.
//!
//! Borrows: a lookup holds a shared borrow of the table while `__eq__` runs,
//! so that code finds the set busy if it tries to change it (RuntimeError,
//! never a panic). Keys of an operand are copied out before any comparison
//! runs, so an operand changed by `__eq__` is not walked while it changes.

use crate::object::cell::{PyCell, PyRef, PyRefMut};
use crate::object::set_table::SetTable;
use crate::object::{ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::dict_ops::{dict_contains_hashed, probe_with_eq};

/// The table of a set or frozenset (or of an instance of a subclass of one).
#[derive(Clone, Copy)]
pub(crate) enum SetRef<'a> {
    Cell(&'a PyCell<SetTable>),
    Plain(&'a SetTable),
}

/// A table borrowed for reading.
pub(crate) enum SetRead<'a> {
    Cell(PyRef<'a, SetTable>),
    Plain(&'a SetTable),
}

impl std::ops::Deref for SetRead<'_> {
    type Target = SetTable;
    fn deref(&self) -> &SetTable {
        match self {
            SetRead::Cell(r) => r,
            SetRead::Plain(t) => t,
        }
    }
}

/// The table of `v` when it is a set or frozenset (or a subclass instance).
pub(crate) fn set_ref(v: &Value) -> Option<SetRef<'_>> {
    match v.payload()? {
        Payload::Set(c) => Some(SetRef::Cell(c)),
        Payload::FrozenSet(t) => Some(SetRef::Plain(t)),
        Payload::Instance(_) => set_ref(v.instance_base()?),
        _ => None,
    }
}

/// The set or frozenset value itself (the base of a subclass instance).
fn set_value(v: &Value) -> &Value {
    match v.instance_base() {
        Some(b) if set_ref(b).is_some() => b,
        _ => v,
    }
}

/// Whether `a` and `b` are the same set (through subclass instances).
fn same_set(a: &Value, b: &Value) -> bool {
    set_value(a).is(set_value(b))
}

#[cold]
fn busy(vm: &mut Vm) -> crate::object::Exc {
    vm.runtime_error("Set changed size during iteration")
}

/// Borrow a table for reading (RuntimeError while it is being changed).
pub(crate) fn read<'a>(vm: &mut Vm, s: SetRef<'a>) -> PyResult<SetRead<'a>> {
    match s {
        SetRef::Cell(c) => match c.try_borrow() {
            Ok(r) => Ok(SetRead::Cell(r)),
            Err(_) => Err(busy(vm)),
        },
        SetRef::Plain(t) => Ok(SetRead::Plain(t)),
    }
}

/// Borrow a set's table for writing (RuntimeError while a lookup or an
/// iteration holds it; TypeError when it is frozen).
pub(crate) fn write<'a>(vm: &mut Vm, c: &'a PyCell<SetTable>) -> PyResult<PyRefMut<'a, SetTable>> {
    c.try_borrow_mut().map_err(|e| {
        crate::freeze::guard::borrow_error(vm, e, "set", "Set changed size during iteration")
    })
}

/// The cell of a (mutable) set value.
fn cell(v: &Value) -> Option<&PyCell<SetTable>> {
    match set_ref(v)? {
        SetRef::Cell(c) => Some(c),
        SetRef::Plain(_) => None,
    }
}

/// Keys with their hashes, copied out in slot order.
fn snapshot(t: &SetTable) -> Vec<(i64, Value)> {
    t.keys_hashed().map(|k| (k.hash, k.key.clone())).collect()
}

/// A new set object holding `t`.
pub(crate) fn new_set(t: SetTable) -> Value {
    Value::Obj(ObjRef::new(Payload::Set(PyCell::new(t))))
}

/// A new frozenset object holding `t`.
pub(crate) fn new_frozenset(t: SetTable) -> Value {
    Value::Obj(ObjRef::new(Payload::FrozenSet(t)))
}

/// The table of a set object made here (no one else holds it).
pub(crate) fn take(v: &Value) -> SetTable {
    match v.payload() {
        Some(Payload::Set(c)) => c.take(),
        _ => SetTable::new(),
    }
}

/// The slot of `key` (hash known) in `t`: `Ok` when present, else `Err`
/// with where it would go.
fn probe(vm: &mut Vm, t: &SetTable, hash: i64, key: &Value) -> PyResult<Result<usize, usize>> {
    probe_with_eq(vm, key, |eq| t.find_or_free(hash, eq))
}

/// The stored key equal to `key` (hash known), if any.
pub(crate) fn find_hashed(
    vm: &mut Vm,
    s: SetRef<'_>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<Value>> {
    let t = read(vm, s)?;
    Ok(match probe(vm, &t, hash, key)? {
        Ok(i) => t.key_at(i).cloned(),
        Err(_) => None,
    })
}

/// Whether the set `s` holds `key` (hash known).
pub(crate) fn contains_hashed(
    vm: &mut Vm,
    s: SetRef<'_>,
    hash: i64,
    key: &Value,
) -> PyResult<bool> {
    let t = read(vm, s)?;
    Ok(probe(vm, &t, hash, key)?.is_ok())
}

/// Whether the set `s` holds `key`.
pub(crate) fn contains(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<bool> {
    let Some(r) = set_ref(s) else {
        return Ok(false);
    };
    let h = vm.hash(key)?;
    contains_hashed(vm, r, h, key)
}

/// Add `key` (hash known) to the set in `c` unless an equal key is there.
pub(crate) fn add_hashed(vm: &mut Vm, c: &PyCell<SetTable>, hash: i64, key: Value) -> PyResult<()> {
    let at = {
        let Ok(t) = c.try_borrow() else {
            return Err(busy(vm));
        };
        match probe(vm, &t, hash, &key)? {
            Ok(_) => return Ok(()),
            Err(at) => at,
        }
    };
    // Nothing ran between the probe and here: the free slot is still free.
    write(vm, c)?.insert_at(at, hash, key);
    Ok(())
}

/// `s.add(key)` for a set value (the caller has checked it is not frozen).
pub(crate) fn add(vm: &mut Vm, s: &Value, key: Value) -> PyResult<()> {
    let h = vm.hash(&key)?;
    match cell(s) {
        Some(c) => add_hashed(vm, c, h, key),
        None => Ok(()),
    }
}

/// Add `key` (hash known) to a table no Python code can reach.
fn add_to(vm: &mut Vm, t: &mut SetTable, hash: i64, key: Value) -> PyResult<()> {
    if let Err(at) = probe(vm, t, hash, &key)? {
        t.insert_at(at, hash, key);
    }
    Ok(())
}

/// Remove `key` (hash known) from the set in `c`; the removed key.
pub(crate) fn discard_hashed(
    vm: &mut Vm,
    c: &PyCell<SetTable>,
    hash: i64,
    key: &Value,
) -> PyResult<Option<Value>> {
    let at = {
        let Ok(t) = c.try_borrow() else {
            return Err(busy(vm));
        };
        match probe(vm, &t, hash, key)? {
            Ok(at) => at,
            Err(_) => return Ok(None),
        }
    };
    let old = write(vm, c)?.remove_at(at);
    Ok(old)
}

/// `s.discard(key)`: the removed key, None when absent.
pub(crate) fn discard(vm: &mut Vm, s: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    match cell(s) {
        Some(c) => discard_hashed(vm, c, h, key),
        None => Ok(None),
    }
}

/// A frozenset with the keys of the set `v`, to look a set up by value (as
/// CPython's `set.__contains__`, `discard` and `remove` do with a set key).
pub(crate) fn frozen_key(v: &Value) -> Option<Value> {
    match v.payload()? {
        Payload::Set(c) => Some(new_frozenset(c.borrow().copy())),
        _ => None,
    }
}

/// `so |= other` for any iterable (CPython's `set_update_internal`): a set
/// operand is merged whole (one resize first; slot for slot or reinserted
/// when `so` is empty), a dict's keys go in after one resize for their
/// number, anything else is added item by item.
pub(crate) fn update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let Some(c) = cell(so) else {
        return Ok(());
    };
    if let Some(o) = set_ref(other) {
        if same_set(so, other) {
            return Ok(());
        }
        let src = read(vm, o)?;
        let items = {
            let mut t = write(vm, c)?;
            if t.merge_clean(&src) {
                return Ok(());
            }
            snapshot(&src)
        };
        drop(src);
        vm.work(items.len())?;
        for (h, k) in items {
            add_hashed(vm, c, h, k)?;
        }
        return Ok(());
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        let items: Vec<(i64, Value)> = {
            let Ok(d) = d.try_borrow() else {
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            };
            d.keys_hashed().map(|k| (k.hash, k.key.clone())).collect()
        };
        write(vm, c)?.reserve_for(items.len());
        vm.work(items.len())?;
        for (h, k) in items {
            add_hashed(vm, c, h, k)?;
        }
        return Ok(());
    }
    vm.each(other, |vm, x| {
        let h = vm.hash(&x)?;
        add_hashed(vm, c, h, x)?;
        Ok(true)
    })
}

/// A new set of the items of `iterable` (`set(iterable)`).
pub(crate) fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let s = new_set(SetTable::new());
    update(vm, &s, iterable)?;
    Ok(s)
}

/// `so.copy()`'s table: a new table with `so` merged into it.
pub(crate) fn copy_table(vm: &mut Vm, so: &Value) -> PyResult<SetTable> {
    match set_ref(so) {
        Some(r) => Ok(read(vm, r)?.copy()),
        None => Ok(SetTable::new()),
    }
}

/// `so & other` (CPython's `set_intersection`): for a set operand the
/// smaller of the two is walked (`other` when the sizes tie) and the larger
/// probed; any other iterable is walked and `so` probed. Matches are added
/// one by one to a new table.
pub(crate) fn intersection(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    if same_set(so, other) {
        return copy_table(vm, so);
    }
    let Some(sr) = set_ref(so) else {
        return Ok(SetTable::new());
    };
    let mut out = SetTable::new();
    if let Some(or) = set_ref(other) {
        let (ls, lo) = (read(vm, sr)?.len(), read(vm, or)?.len());
        let (big, small) = if lo > ls { (or, sr) } else { (sr, or) };
        let items = snapshot(&*read(vm, small)?);
        vm.work(items.len())?;
        for (h, k) in items {
            if contains_hashed(vm, big, h, &k)? {
                add_to(vm, &mut out, h, k)?;
            }
        }
        return Ok(out);
    }
    vm.each(other, |vm, x| {
        let h = vm.hash(&x)?;
        if contains_hashed(vm, sr, h, &x)? {
            add_to(vm, &mut out, h, x)?;
        }
        Ok(true)
    })?;
    Ok(out)
}

/// `so -= other` (CPython's `set_difference_update_internal`): the keys of
/// a set operand are removed in its slot order (of its intersection with
/// `so` when it is over eight times larger), any other iterable's items one
/// by one; then the table is rebuilt if over a quarter of it is dummies.
pub(crate) fn difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let Some(c) = cell(so) else {
        return Ok(());
    };
    if same_set(so, other) {
        let old = write(vm, c)?.clear();
        drop(old);
        return Ok(());
    }
    if let Some(or) = set_ref(other) {
        let (ls, lo) = (c.borrow().len(), read(vm, or)?.len());
        let items = if (lo >> 3) > ls {
            snapshot(&intersection(vm, so, other)?)
        } else {
            snapshot(&*read(vm, or)?)
        };
        vm.work(items.len())?;
        for (h, k) in items {
            discard_hashed(vm, c, h, &k)?;
        }
    } else {
        vm.each(other, |vm, x| {
            let h = vm.hash(&x)?;
            discard_hashed(vm, c, h, &x)?;
            Ok(true)
        })?;
    }
    write(vm, c)?.squeeze_dummies();
    Ok(())
}

/// `so - other` (CPython's `set_difference`): when `other` is a set or a
/// dict and `so` is not over four times its size, `so` is walked and the
/// keys missing from `other` added to a new table; otherwise `so` is copied
/// and `other`'s items removed from the copy.
pub(crate) fn difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let Some(sr) = set_ref(so) else {
        return Ok(SetTable::new());
    };
    let other_len = match (set_ref(other), other.payload()) {
        (Some(or), _) => Some(read(vm, or)?.len()),
        (None, Some(Payload::Dict(d))) => Some(d.borrow().len()),
        _ => None,
    };
    let ls = read(vm, sr)?.len();
    match other_len {
        Some(n) if (ls >> 2) <= n => {}
        _ => {
            let r = new_set(copy_table(vm, so)?);
            difference_update(vm, &r, other)?;
            return Ok(take(&r));
        }
    }
    let items = snapshot(&*read(vm, sr)?);
    vm.work(items.len())?;
    let mut out = SetTable::new();
    for (h, k) in items {
        let found = match (set_ref(other), other.payload()) {
            (Some(or), _) => contains_hashed(vm, or, h, &k)?,
            (None, Some(Payload::Dict(d))) => dict_contains_hashed(vm, d, other, h, &k)?,
            _ => false,
        };
        if !found {
            add_to(vm, &mut out, h, k)?;
        }
    }
    Ok(out)
}

/// `so ^= other` (CPython's `set_symmetric_difference_update`): each key of
/// `other` (a dict's in its order, a set's in slot order, any other
/// iterable made a set first) is removed from `so` if there, else added.
pub(crate) fn symmetric_difference_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let Some(c) = cell(so) else {
        return Ok(());
    };
    if same_set(so, other) {
        let old = write(vm, c)?.clear();
        drop(old);
        return Ok(());
    }
    let items = if let Some(Payload::Dict(d)) = other.payload() {
        let Ok(d) = d.try_borrow() else {
            return Err(vm.runtime_error("dictionary changed size during iteration"));
        };
        d.keys_hashed().map(|k| (k.hash, k.key.clone())).collect()
    } else if let Some(or) = set_ref(other) {
        snapshot(&*read(vm, or)?)
    } else {
        let o = from_iterable(vm, other)?;
        snapshot(&take(&o))
    };
    vm.work(items.len())?;
    for (h, k) in items {
        if discard_hashed(vm, c, h, &k)?.is_none() {
            add_hashed(vm, c, h, k)?;
        }
    }
    Ok(())
}

/// `so ^ other` (CPython's `set_symmetric_difference`): a new set of
/// `other`'s items, then `^=` with `so`.
pub(crate) fn symmetric_difference(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let r = from_iterable(vm, other)?;
    symmetric_difference_update(vm, &r, so)?;
    Ok(take(&r))
}

/// `so | other` (CPython's `set_or`): a copy of `so` updated with `other`.
pub(crate) fn union(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<SetTable> {
    let r = new_set(copy_table(vm, so)?);
    if !same_set(so, other) {
        update(vm, &r, other)?;
    }
    Ok(take(&r))
}

/// `so &= other` (CPython's `set_intersection_update`): the intersection
/// replaces the table (the finger of `pop` stays).
pub(crate) fn intersection_update(vm: &mut Vm, so: &Value, other: &Value) -> PyResult<()> {
    let t = intersection(vm, so, other)?;
    replace(vm, so, t)
}

/// Put `t` in place of the table of the set `so` (keeping its finger).
pub(crate) fn replace(vm: &mut Vm, so: &Value, t: SetTable) -> PyResult<()> {
    if let Some(c) = cell(so) {
        let old = write(vm, c)?.replace_with(t);
        drop(old);
    }
    Ok(())
}
