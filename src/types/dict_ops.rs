//! Dict and set operations that need the VM: hashing keys and comparing them
//! with Python equality (which may run `__eq__`).
//!
//! A lookup takes a shared borrow of the table while user `__eq__` may run; a
//! mutation attempted by that code finds the table borrowed and raises
//! RuntimeError instead of corrupting it or panicking.

use crate::object::cell::{PyCell, PyRefMut};

use crate::object::{ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::ops::fast_eq;

use crate::object::dict::Dict;

/// Index of a str key (by identity or text), without running Python code.
#[inline]
pub fn find_str(d: &Dict, name: &ObjRef) -> Option<usize> {
    let Payload::Str(s) = name.payload() else {
        return None;
    };
    let h = super::str::str_hash(s);
    d.find(h, &mut |k: &Value| match k {
        Value::Obj(o) => o.is(name) || matches!(o.payload(), Payload::Str(t) if t.s == s.s),
        _ => false,
    })
}

/// The table of a dict value.
fn table(v: &Value) -> Option<TableRef<'_>> {
    match v.payload()? {
        Payload::Dict(d) => Some(TableRef::Cell(d)),
        _ => None,
    }
}

enum TableRef<'a> {
    Cell(&'a PyCell<Dict>),
}

/// Run a probe of a table with Python equality against `key` as its
/// comparison: identity first, as CPython's lookup (a NaN key finds itself),
/// then the fast equalities, then `==` (which may run `__eq__`). An error
/// from `__eq__` stops the comparisons and is returned after the probe.
pub(crate) fn probe_with_eq<R>(
    vm: &mut Vm,
    key: &Value,
    probe: impl FnOnce(&mut dyn FnMut(&Value) -> bool) -> R,
) -> PyResult<R> {
    let mut err = None;
    let mut eq = |k: &Value| -> bool {
        if err.is_some() {
            return false;
        }
        if k.is(key) {
            return true;
        }
        match fast_eq(k, key) {
            Some(r) => r,
            None => match vm.eq(k, key) {
                Ok(r) => r,
                Err(e) => {
                    err = Some(e);
                    false
                }
            },
        }
    };
    let r = probe(&mut eq);
    match err {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

/// Find `key`; the entry index.
fn find(vm: &mut Vm, d: &Dict, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    probe_with_eq(vm, key, |eq| d.find(hash, eq))
}

/// Whether the dict `d` holds `key`, whose hash is known.
pub(crate) fn dict_contains_hashed(
    vm: &mut Vm,
    d: &PyCell<Dict>,
    container: &Value,
    hash: i64,
    key: &Value,
) -> PyResult<bool> {
    let Ok(t) = d.try_borrow() else {
        return Err(busy_error(vm, container, "changed size during iteration"));
    };
    Ok(find(vm, &t, hash, key)?.is_some())
}

/// `container[key]` lookup for dicts; for sets the stored key. None if absent.
pub fn lookup(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Option<Value>> {
    let h = vm.hash(key)?;
    if let Some(s) = super::set_ops::set_ref(container) {
        return super::set_ops::find_hashed(vm, s, h, key);
    }
    match table(container) {
        Some(TableRef::Cell(c)) => {
            let Ok(d) = c.try_borrow() else {
                return Err(busy_error(vm, container, "changed size during iteration"));
            };
            let i = find(vm, &d, h, key)?;
            Ok(i.and_then(|i| d.value_at(i).cloned()))
        }
        None => Ok(None),
    }
}

/// The RuntimeError for a table that is in use (a lookup's `__eq__` or an
/// iteration is running over it): "dictionary {what}", or for a set the
/// message its other mutators give.
#[cold]
fn busy_error(vm: &mut Vm, container: &Value, what: &str) -> crate::object::Exc {
    match container.payload() {
        Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
            vm.runtime_error("Set changed size during iteration")
        }
        _ => vm.runtime_error(format!("dictionary {what}")),
    }
}

/// What an update of `key` needs: its hash, its entry (None when absent),
/// and the table borrowed for writing (the lookup's `__eq__` has run).
fn probe_for_update<'a>(
    vm: &mut Vm,
    container: &'a Value,
    key: &Value,
) -> PyResult<(i64, Option<usize>, PyRefMut<'a, Dict>)> {
    crate::freeze::check_mutable(vm, container)?;
    let h = vm.hash(key)?;
    let Some(TableRef::Cell(c)) = table(container) else {
        return Err(vm.type_error("object does not support item assignment"));
    };
    let idx = {
        let Ok(d) = c.try_borrow() else {
            return Err(busy_error(vm, container, "changed size during iteration"));
        };
        find(vm, &d, h, key)?
    };
    let Ok(d) = c.try_borrow_mut() else {
        return Err(busy_error(vm, container, "mutated during update"));
    };
    Ok((h, idx, d))
}

/// Insert or replace (the first key stays, as in Python).
pub fn insert(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    if super::set_ops::set_ref(container).is_some() {
        crate::freeze::check_mutable(vm, container)?;
        return super::set_ops::add(vm, container, key);
    }
    let (h, idx, mut d) = probe_for_update(vm, container, &key)?;
    match idx {
        Some(i) => {
            let old = d.set_value_at(i, value);
            drop(d);
            drop(old);
        }
        None => {
            d.push_new(h, key, value);
        }
    }
    Ok(())
}

/// `d[key] = d.get(key, 0) + 1` with one hash and one probe, when the count
/// is missing or a small int (Counter's loop). Otherwise nothing is stored
/// and the old value is returned, for the caller to add with Python's `+`.
pub fn add_one(vm: &mut Vm, container: &Value, key: Value) -> PyResult<Option<Value>> {
    let (h, idx, mut d) = probe_for_update(vm, container, &key)?;
    match idx {
        Some(i) => match d.value_at(i) {
            Some(Value::Int(n)) if *n < i64::MAX => {
                let n = *n;
                d.set_value_at(i, Value::Int(n + 1));
                Ok(None)
            }
            old => Ok(old.cloned()),
        },
        None => {
            d.push_new(h, key, Value::Int(1));
            Ok(None)
        }
    }
}

/// Remove `key`; its value, or None when absent.
pub fn remove(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Option<Value>> {
    crate::freeze::check_mutable(vm, container)?;
    if super::set_ops::set_ref(container).is_some() {
        return super::set_ops::discard(vm, container, key);
    }
    let h = vm.hash(key)?;
    let Some(TableRef::Cell(c)) = table(container) else {
        return Ok(None);
    };
    let idx = {
        let Ok(d) = c.try_borrow() else {
            return Err(busy_error(vm, container, "changed size during iteration"));
        };
        find(vm, &d, h, key)?
    };
    let Some(i) = idx else { return Ok(None) };
    let Ok(mut d) = c.try_borrow_mut() else {
        return Err(busy_error(vm, container, "mutated during update"));
    };
    Ok(d.remove_at(i).map(|(_, v)| v))
}

/// Dict equality: same keys, equal values.
pub fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let items: Vec<(Value, Value)> = match a.payload() {
        Some(Payload::Dict(d)) => d
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => return Ok(false),
    };
    let blen = super::seq_ops::len(b).unwrap_or(-1);
    if items.len() as i64 != blen {
        return Ok(false);
    }
    for (k, v) in items {
        match lookup(vm, b, &k)? {
            Some(w) => {
                if !v.is(&w) && !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
