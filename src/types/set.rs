//! set and frozenset: algebra, comparison and methods.

use crate::object::cell::PyCell;

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

use super::dict_ops;
use super::registry::add_method;
use crate::object::dict::Dict;

fn items(v: &Value) -> Vec<(i64, Value)> {
    match v.payload() {
        Some(Payload::Set(d)) => d
            .borrow()
            .keys_hashed()
            .map(|k| (k.hash, k.key.clone()))
            .collect(),
        Some(Payload::FrozenSet(d)) => d.keys_hashed().map(|k| (k.hash, k.key.clone())).collect(),
        _ => Vec::new(),
    }
}

fn has(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<bool> {
    Ok(dict_ops::lookup(vm, s, k)?.is_some())
}

/// `a op b` for two sets: the resulting table.
pub fn set_algebra(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<Dict> {
    let out = Value::Obj(ObjRef::new(Payload::Set(PyCell::new(Dict::new()))));
    match kind {
        BinOpKind::Or => {
            for (_, k) in items(a).into_iter().chain(items(b)) {
                vm.set_add(&out, k)?;
            }
        }
        BinOpKind::And => {
            for (_, k) in items(a) {
                if has(vm, b, &k)? {
                    vm.set_add(&out, k)?;
                }
            }
        }
        BinOpKind::Sub => {
            for (_, k) in items(a) {
                if !has(vm, b, &k)? {
                    vm.set_add(&out, k)?;
                }
            }
        }
        _ => {
            for (_, k) in items(a) {
                if !has(vm, b, &k)? {
                    vm.set_add(&out, k)?;
                }
            }
            for (_, k) in items(b) {
                if !has(vm, a, &k)? {
                    vm.set_add(&out, k)?;
                }
            }
        }
    }
    let r = match out.payload() {
        Some(Payload::Set(d)) => d.borrow().copy(),
        _ => Dict::new(),
    };
    Ok(r)
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for (_, k) in items(a) {
        if !has(vm, b, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and subset/superset order.
pub fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOpKind) -> PyResult<bool> {
    let la = super::seq_ops::len(a).unwrap_or(0);
    let lb = super::seq_ops::len(b).unwrap_or(0);
    Ok(match op {
        CmpOpKind::Eq => la == lb && subset(vm, a, b)?,
        CmpOpKind::Ne => !(la == lb && subset(vm, a, b)?),
        CmpOpKind::Le => subset(vm, a, b)?,
        CmpOpKind::Lt => la < lb && subset(vm, a, b)?,
        CmpOpKind::Ge => subset(vm, b, a)?,
        CmpOpKind::Gt => la > lb && subset(vm, b, a)?,
    })
}

fn arg<'a>(vm: &mut Vm, a: &'a Args, i: usize, name: &str) -> PyResult<&'a Value> {
    a.pos
        .get(i)
        .ok_or_else(|| vm.type_error(format!("{name} expected an argument")))
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => Ok(v.clone()),
        _ => vm.set_from_iterable(v),
    }
}

fn with_kind(a: &Value, d: Dict) -> Value {
    if matches!(a.payload(), Some(Payload::FrozenSet(_))) {
        Value::Obj(ObjRef::new(Payload::FrozenSet(d)))
    } else {
        Value::Obj(ObjRef::new(Payload::Set(PyCell::new(d))))
    }
}

fn algebra_method(vm: &mut Vm, a: &Args, kind: BinOpKind, name: &str) -> PyResult<Value> {
    let s = arg(vm, a, 0, name)?.clone();
    let mut acc = s.clone();
    for o in a.pos.iter().skip(1) {
        let o = as_set(vm, o)?;
        let d = set_algebra(vm, &acc, &o, kind)?;
        acc = with_kind(&s, d);
    }
    if a.pos.len() == 1 {
        let d = match s.payload() {
            Some(Payload::Set(d)) => d.borrow().copy(),
            Some(Payload::FrozenSet(d)) => d.copy(),
            _ => Dict::new(),
        };
        acc = with_kind(&s, d);
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    algebra_method(vm, a, BinOpKind::Or, "union")
}
fn set_intersection(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    algebra_method(vm, a, BinOpKind::And, "intersection")
}
fn set_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    algebra_method(vm, a, BinOpKind::Sub, "difference")
}
fn set_symmetric_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    algebra_method(vm, a, BinOpKind::Xor, "symmetric_difference")
}

/// The set a mutator acts on: raises when it is frozen.
fn this_mut(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let s = arg(vm, a, 0, name)?.clone();
    crate::freeze::check_mutable(vm, &s)?;
    Ok(s)
}

fn set_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "add")?;
    let v = arg(vm, a, 1, "add")?.clone();
    vm.set_add(&s, v)?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "discard")?;
    let v = arg(vm, a, 1, "discard")?.clone();
    dict_ops::remove(vm, &s, &v)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "remove")?;
    let v = arg(vm, a, 1, "remove")?.clone();
    if dict_ops::remove(vm, &s, &v)?.is_none() {
        return Err(vm.key_error(v));
    }
    Ok(Value::None)
}

/// A mutable borrow of a set's table, or RuntimeError while a lookup (whose
/// `__eq__` may be what is running now) holds it.
pub(crate) fn table_mut<'a>(
    vm: &mut Vm,
    d: &'a PyCell<Dict>,
) -> PyResult<crate::object::cell::PyRefMut<'a, Dict>> {
    match d.try_borrow_mut() {
        Ok(t) => Ok(t),
        Err(e) => Err(crate::freeze::guard::borrow_error(
            vm,
            e,
            "set",
            "Set changed size during iteration",
        )),
    }
}

fn set_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "pop")?;
    if let Some(Payload::Set(d)) = s.payload()
        && let Some((k, _)) = table_mut(vm, d)?.pop_last()
    {
        return Ok(k);
    }
    let c = vm.exc_types.key_error.clone();
    Err(vm.new_exc(&c, "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "clear")?;
    if let Some(Payload::Set(d)) = s.payload() {
        let old = std::mem::take(&mut *table_mut(vm, d)?);
        drop(old);
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = arg(vm, a, 0, "copy")?.clone();
    Ok(match s.payload() {
        Some(Payload::Set(d)) => with_kind(&s, d.borrow().copy()),
        _ => s.clone(),
    })
}

fn set_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "update")?;
    for o in a.pos.iter().skip(1) {
        vm.each(o, |vm, it| {
            vm.set_add(&s, it)?;
            Ok(true)
        })?;
    }
    Ok(Value::None)
}

fn inplace(vm: &mut Vm, a: &Args, kind: BinOpKind, name: &str) -> PyResult<Value> {
    let s = this_mut(vm, a, name)?;
    let mut acc = s.clone();
    for o in a.pos.iter().skip(1) {
        let o = as_set(vm, o)?;
        let d = set_algebra(vm, &acc, &o, kind)?;
        acc = with_kind(&s, d);
    }
    if let (Some(Payload::Set(dst)), Some(Payload::Set(src))) = (s.payload(), acc.payload())
        && !std::ptr::eq(dst, src)
    {
        let new = src.borrow().copy();
        let old = std::mem::replace(&mut *table_mut(vm, dst)?, new);
        drop(old);
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, BinOpKind::And, "intersection_update")
}
fn set_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, BinOpKind::Sub, "difference_update")
}
fn set_symmetric_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace(vm, a, BinOpKind::Xor, "symmetric_difference_update")
}

fn set_issubset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = arg(vm, a, 0, "issubset")?.clone();
    let o = arg(vm, a, 1, "issubset")?.clone();
    let o = as_set(vm, &o)?;
    Ok(Value::Bool(subset(vm, &s, &o)?))
}

fn set_issuperset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = arg(vm, a, 0, "issuperset")?.clone();
    let o = arg(vm, a, 1, "issuperset")?.clone();
    let o = as_set(vm, &o)?;
    Ok(Value::Bool(subset(vm, &o, &s)?))
}

fn set_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = arg(vm, a, 0, "isdisjoint")?.clone();
    let o = arg(vm, a, 1, "isdisjoint")?.clone();
    let mut disjoint = true;
    vm.each(&o, |vm, it| {
        disjoint = !has(vm, &s, &it)?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}

fn set_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        Some(v) => vm.set_from_iterable(v),
        None => vm.new_set(Vec::new()),
    }
}

fn frozenset_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("frozenset() takes no keyword arguments"));
    }
    if let Some(v) = a.pos.get(1)
        && let Some(Payload::FrozenSet(_)) = v.payload()
    {
        return Ok(v.clone());
    }
    let s = set_new(vm, a)?;
    Ok(match s.payload() {
        Some(Payload::Set(d)) => Value::Obj(ObjRef::new(Payload::FrozenSet(d.borrow().copy()))),
        _ => s,
    })
}

/// `set.__init__(self, iterable=())`: fill the set (runs for subclasses).
fn set_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "__init__")?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    if let Some(Payload::Set(d)) = s.payload() {
        let old = std::mem::take(&mut *table_mut(vm, d)?);
        drop(old);
    }
    if let Some(it) = a.pos.get(1) {
        vm.each(it, |vm, v| {
            vm.set_add(&s, v)?;
            Ok(true)
        })?;
    }
    Ok(Value::None)
}

/// `s.__ior__(other)` and the other in-place operators: `s` changed in
/// place and returned when `other` is a set or frozenset (or an instance of
/// a subclass of one), else NotImplemented, as CPython's set does.
fn inplace_dunder(vm: &mut Vm, a: &Args, kind: BinOpKind, name: &str) -> PyResult<Value> {
    let s = this_mut(vm, a, name)?;
    let s = s.instance_base().cloned().unwrap_or(s);
    let other = arg(vm, a, 1, name)?;
    let other = other.instance_base().unwrap_or(other).clone();
    if !matches!(
        (s.payload(), other.payload()),
        (
            Some(Payload::Set(_)),
            Some(Payload::Set(_) | Payload::FrozenSet(_))
        )
    ) {
        return Ok(vm.not_implemented());
    }
    vm.inplace_op(s, other, kind)
}

fn set_ior(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace_dunder(vm, a, BinOpKind::Or, "__ior__")
}

fn set_iand(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace_dunder(vm, a, BinOpKind::And, "__iand__")
}

fn set_isub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace_dunder(vm, a, BinOpKind::Sub, "__isub__")
}

fn set_ixor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    inplace_dunder(vm, a, BinOpKind::Xor, "__ixor__")
}

/// Install set and frozenset methods.
pub fn register(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let fs = vm.types.frozenset.clone();
    add_method(&set, "__new__", set_new, NativeKind::StaticMethod);
    add_method(&fs, "__new__", frozenset_new, NativeKind::StaticMethod);
    // Sets are unhashable: `set.__hash__ is None`, as `collections.abc.Hashable` reads.
    super::registry::set_class_attr(&set, "__hash__", Value::None);
    for cls in [&set, &fs] {
        add_method(cls, "union", set_union, NativeKind::Method);
        add_method(cls, "intersection", set_intersection, NativeKind::Method);
        add_method(cls, "difference", set_difference, NativeKind::Method);
        add_method(
            cls,
            "symmetric_difference",
            set_symmetric_difference,
            NativeKind::Method,
        );
        add_method(cls, "issubset", set_issubset, NativeKind::Method);
        add_method(cls, "issuperset", set_issuperset, NativeKind::Method);
        add_method(cls, "isdisjoint", set_isdisjoint, NativeKind::Method);
        add_method(cls, "copy", set_copy, NativeKind::Method);
    }
    add_method(&set, "__init__", set_init, NativeKind::Method);
    add_method(&set, "add", set_add, NativeKind::Method);
    add_method(&set, "discard", set_discard, NativeKind::Method);
    add_method(&set, "remove", set_remove, NativeKind::Method);
    add_method(&set, "pop", set_pop, NativeKind::Method);
    add_method(&set, "clear", set_clear, NativeKind::Method);
    add_method(&set, "update", set_update, NativeKind::Method);
    add_method(&set, "__ior__", set_ior, NativeKind::Method);
    add_method(&set, "__iand__", set_iand, NativeKind::Method);
    add_method(&set, "__isub__", set_isub, NativeKind::Method);
    add_method(&set, "__ixor__", set_ixor, NativeKind::Method);
    add_method(
        &set,
        "intersection_update",
        set_intersection_update,
        NativeKind::Method,
    );
    add_method(
        &set,
        "difference_update",
        set_difference_update,
        NativeKind::Method,
    );
    add_method(
        &set,
        "symmetric_difference_update",
        set_symmetric_difference_update,
        NativeKind::Method,
    );
}
