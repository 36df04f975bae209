//! set and frozenset: algebra, comparison and methods. Each method follows
//! the algorithm of CPython's (set_ops), so results iterate in its order.

use crate::bytecode::{BinOpKind, CmpOpKind};
use crate::object::set_table::SetTable;
use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::vm::Vm;

use super::registry::add_method;
use super::set_ops::{self, SetRef};
use super::tuple::{no_args, one_arg};

fn items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match set_ops::set_ref(v) {
        Some(r) => Ok(set_ops::read(vm, r)?.iter().cloned().collect()),
        None => Ok(Vec::new()),
    }
}

fn has(vm: &mut Vm, s: &Value, k: &Value) -> PyResult<bool> {
    set_ops::contains(vm, s, k)
}

/// `a op b` for two sets: the resulting table, built as CPython builds it.
pub fn set_algebra(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<SetTable> {
    match kind {
        BinOpKind::Or => set_ops::union(vm, a, b),
        BinOpKind::And => set_ops::intersection(vm, a, b),
        BinOpKind::Sub => set_ops::difference(vm, a, b),
        _ => set_ops::symmetric_difference(vm, a, b),
    }
}

/// `a op= b` for a set `a` and a set or frozenset `b`, in place.
pub fn set_inplace(vm: &mut Vm, a: &Value, b: &Value, kind: BinOpKind) -> PyResult<()> {
    match kind {
        BinOpKind::Or => set_ops::update(vm, a, b),
        BinOpKind::And => set_ops::intersection_update(vm, a, b),
        BinOpKind::Sub => set_ops::difference_update(vm, a, b),
        _ => set_ops::symmetric_difference_update(vm, a, b),
    }
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for k in items(vm, a)? {
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
        CmpOpKind::Le => la <= lb && subset(vm, a, b)?,
        CmpOpKind::Lt => la < lb && subset(vm, a, b)?,
        CmpOpKind::Ge => la >= lb && subset(vm, b, a)?,
        CmpOpKind::Gt => la > lb && subset(vm, b, a)?,
    })
}

/// The receiver of a set or frozenset method, and its type's name.
fn this<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<(&'a Value, &'static str)> {
    match a.pos.first() {
        Some(s) => match set_ops::set_ref(s) {
            Some(SetRef::Cell(_)) => Ok((s, "set")),
            Some(SetRef::Plain(_)) => Ok((s, "frozenset")),
            None => Err(super::tuple::bad_self(vm, a, "set", name)),
        },
        None => Err(super::tuple::bad_self(vm, a, "set", name)),
    }
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match set_ops::set_ref(v) {
        Some(_) => Ok(v.clone()),
        None => set_ops::from_iterable(vm, v),
    }
}

/// A set or frozenset (as `a` is) holding `t`.
fn with_kind(a: &Value, t: SetTable) -> Value {
    match set_ops::set_ref(a) {
        Some(SetRef::Plain(_)) => set_ops::new_frozenset(t),
        _ => set_ops::new_set(t),
    }
}

fn check_kw(vm: &mut Vm, a: &Args, qual: &str) -> PyResult<()> {
    if a.kw.is_empty() {
        return Ok(());
    }
    Err(vm.type_error(format!("{qual}() takes no keyword arguments")))
}

/// `so.union(*others)`: a copy of `so` updated with each other in turn.
fn set_union(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "union")?;
    check_kw(vm, a, &format!("{tn}.union"))?;
    let r = set_ops::new_set(set_ops::copy_table(vm, s)?);
    for o in &a.pos[1..] {
        if !o.is(s) {
            set_ops::update(vm, &r, o)?;
        }
    }
    let t = set_ops::take(&r);
    Ok(with_kind(s, t))
}

/// `so.intersection(*others)`: the intersection with each other in turn
/// (a copy with none).
fn intersection_multi(vm: &mut Vm, s: &Value, others: &[Value]) -> PyResult<SetTable> {
    let Some((first, rest)) = others.split_first() else {
        return set_ops::copy_table(vm, s);
    };
    let mut t = set_ops::intersection(vm, s, first)?;
    for o in rest {
        let acc = set_ops::new_set(t);
        t = set_ops::intersection(vm, &acc, o)?;
    }
    Ok(t)
}

fn set_intersection(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "intersection")?;
    check_kw(vm, a, &format!("{tn}.intersection"))?;
    let t = intersection_multi(vm, s, &a.pos[1..])?;
    Ok(with_kind(s, t))
}

/// `so.difference(*others)`: the difference with the first, then the
/// others removed from it in place (a copy with none).
fn set_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "difference")?;
    check_kw(vm, a, &format!("{tn}.difference"))?;
    let Some((first, rest)) = a.pos[1..].split_first() else {
        let t = set_ops::copy_table(vm, s)?;
        return Ok(with_kind(s, t));
    };
    let r = set_ops::new_set(set_ops::difference(vm, s, first)?);
    for o in rest {
        set_ops::difference_update(vm, &r, o)?;
    }
    let t = set_ops::take(&r);
    Ok(with_kind(s, t))
}

fn set_symmetric_difference(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "symmetric_difference")?;
    let o = one_arg(vm, a, &format!("{tn}.symmetric_difference"))?;
    let t = set_ops::symmetric_difference(vm, s, o)?;
    Ok(with_kind(s, t))
}

/// The set a mutator acts on: raises when it is frozen.
fn this_mut(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let s = match a.pos.first() {
        Some(s) if matches!(set_ops::set_ref(s), Some(SetRef::Cell(_))) => s.clone(),
        _ => return Err(super::tuple::bad_self(vm, a, "set", name)),
    };
    crate::freeze::check_mutable(vm, &s)?;
    Ok(s)
}

fn set_add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "add")?;
    let v = one_arg(vm, a, "set.add")?.clone();
    set_ops::add(vm, &s, v)?;
    Ok(Value::None)
}

/// `s.discard(v)`, a set `v` looked for as the frozenset of its items.
fn discard_value(vm: &mut Vm, s: &Value, v: &Value) -> PyResult<Option<Value>> {
    match set_ops::frozen_key(v) {
        Some(k) => set_ops::discard(vm, s, &k),
        None => set_ops::discard(vm, s, v),
    }
}

fn set_discard(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "discard")?;
    let v = one_arg(vm, a, "set.discard")?.clone();
    discard_value(vm, &s, &v)?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "remove")?;
    let v = one_arg(vm, a, "set.remove")?.clone();
    if discard_value(vm, &s, &v)?.is_none() {
        return Err(vm.key_error(v));
    }
    Ok(Value::None)
}

/// A mutable borrow of a set's table, or RuntimeError while a lookup (whose
/// `__eq__` may be what is running now) holds it.
pub(crate) fn table_mut<'a>(
    vm: &mut Vm,
    d: &'a crate::object::cell::PyCell<SetTable>,
) -> PyResult<crate::object::cell::PyRefMut<'a, SetTable>> {
    set_ops::write(vm, d)
}

fn set_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "pop")?;
    no_args(vm, a, "set.pop")?;
    if let Some(SetRef::Cell(d)) = set_ops::set_ref(&s)
        && let Some(k) = table_mut(vm, d)?.pop()
    {
        return Ok(k);
    }
    let c = vm.exc_types.key_error.clone();
    Err(vm.new_exc(&c, "pop from an empty set"))
}

fn set_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "clear")?;
    no_args(vm, a, "set.clear")?;
    if let Some(SetRef::Cell(d)) = set_ops::set_ref(&s) {
        let old = table_mut(vm, d)?.clear();
        drop(old);
    }
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "copy")?;
    no_args(vm, a, &format!("{tn}.copy"))?;
    if let Some(Payload::FrozenSet(_)) = s.payload() {
        return Ok(s.clone());
    }
    let t = set_ops::copy_table(vm, s)?;
    Ok(with_kind(s, t))
}

fn set_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "update")?;
    check_kw(vm, a, "set.update")?;
    for o in &a.pos[1..] {
        set_ops::update(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "intersection_update")?;
    check_kw(vm, a, "set.intersection_update")?;
    let t = intersection_multi(vm, &s, &a.pos[1..])?;
    set_ops::replace(vm, &s, t)?;
    Ok(Value::None)
}

fn set_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "difference_update")?;
    check_kw(vm, a, "set.difference_update")?;
    for o in &a.pos[1..] {
        set_ops::difference_update(vm, &s, o)?;
    }
    Ok(Value::None)
}

fn set_symmetric_difference_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this_mut(vm, a, "symmetric_difference_update")?;
    let o = one_arg(vm, a, "set.symmetric_difference_update")?.clone();
    set_ops::symmetric_difference_update(vm, &s, &o)?;
    Ok(Value::None)
}

fn set_issubset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "issubset")?;
    let o = one_arg(vm, a, &format!("{tn}.issubset"))?;
    let o = as_set(vm, o)?;
    let (ls, lo) = (
        super::seq_ops::len(s).unwrap_or(0),
        super::seq_ops::len(&o).unwrap_or(0),
    );
    Ok(Value::Bool(ls <= lo && subset(vm, s, &o)?))
}

fn set_issuperset(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "issuperset")?;
    let s = s.clone();
    let o = one_arg(vm, a, &format!("{tn}.issuperset"))?.clone();
    let mut superset = true;
    vm.each(&o, |vm, it| {
        superset = has(vm, &s, &it)?;
        Ok(superset)
    })?;
    Ok(Value::Bool(superset))
}

fn set_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, tn) = this(vm, a, "isdisjoint")?;
    let s = s.clone();
    let o = one_arg(vm, a, &format!("{tn}.isdisjoint"))?.clone();
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
        Some(v) => set_ops::from_iterable(vm, v),
        None => Ok(set_ops::new_set(SetTable::new())),
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
    Ok(set_ops::new_frozenset(set_ops::take(&s)))
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
    if let Some(SetRef::Cell(d)) = set_ops::set_ref(&s) {
        let old = table_mut(vm, d)?.clear();
        drop(old);
    }
    if let Some(it) = a.pos.get(1) {
        set_ops::update(vm, &s, it)?;
    }
    Ok(Value::None)
}

/// `s.__ior__(other)` and the other in-place operators: `s` changed in
/// place and returned when `other` is a set or frozenset (or an instance of
/// a subclass of one), else NotImplemented, as CPython's set does.
fn inplace_dunder(vm: &mut Vm, a: &Args, kind: BinOpKind, name: &str) -> PyResult<Value> {
    let s = this_mut(vm, a, name)?;
    let s = s.instance_base().cloned().unwrap_or(s);
    let other = one_arg(vm, a, &format!("set.{name}"))?;
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
