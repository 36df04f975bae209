//! dict methods and the methods of the dict views (`dict_keys`,
//! `dict_values`, `dict_items`).
//!
//! Invariants:
//! - Lookups, inserts and removals go through `dict_ops`, which hashes keys
//!   and compares them with Python equality without holding a borrow that
//!   user code could trip over; this file only takes short borrows to copy
//!   entries out, and uses `try_borrow*` everywhere a Python callback could
//!   be running.
//! - `update` (and `dict(...)`, `|=`) follow CPython: a dict or an object
//!   with a `keys` method is merged as a mapping, anything else must be an
//!   iterable of pairs, with CPython's messages for bad elements.
//! - View set operators (`keys() & other`, ...) return new sets.

use crate::object::cell::PyCell;

use crate::bytecode::BinOpKind;
use crate::object::dict::Dict;
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value, ViewKind};
use crate::vm::Vm;

use super::dict_ops;
use super::registry::{add_method, set_class_attr};
use super::seq_ops;
use super::set_ops;
use super::tuple::{
    Sig, Style, add_comparisons, bad_self, bind, no_args, one_arg, op_contains, op_getitem,
    op_iter, op_len, op_or,
};

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<(&'a Value, &'a PyCell<Dict>)> {
    match a.pos.first() {
        Some(v) => match v.payload() {
            Some(Payload::Dict(d)) => Ok((v, d)),
            _ => Err(bad_self(vm, a, "dict", method)),
        },
        None => Err(bad_self(vm, a, "dict", method)),
    }
}

/// `this` for the mutators: raises when the dict is frozen.
fn this_mut<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<(&'a Value, &'a PyCell<Dict>)> {
    let (v, d) = this(vm, a, method)?;
    crate::freeze::check_mutable(vm, v)?;
    Ok((v, d))
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

fn changed(vm: &mut Vm) -> crate::object::Exc {
    vm.runtime_error("dictionary changed size during iteration")
}

/// A copy of the entries, in order.
fn entries(vm: &mut Vm, d: &PyCell<Dict>) -> PyResult<Vec<(Value, Value)>> {
    match d.try_borrow() {
        Ok(d) => Ok(d.iter().map(|(k, v)| (k.clone(), v.clone())).collect()),
        Err(_) => Err(changed(vm)),
    }
}

// ------------------------------------------------------------ update

/// `target.update(source)`: a mapping (a dict, or anything with `keys`) or
/// an iterable of key/value pairs.
pub(crate) fn update_from(vm: &mut Vm, target: &Value, source: &Value) -> PyResult<()> {
    crate::freeze::check_mutable(vm, target)?;
    if let Some(Payload::Dict(_)) = source.payload() {
        return vm.dict_merge(target, source, None);
    }
    let keys = vm.intern("keys");
    if vm.getattr_opt(source, &keys)?.is_some() {
        return vm.dict_merge(target, source, None);
    }
    let it = match vm.iter(source) {
        Ok(it) => it,
        Err(_) => {
            let tn = vm.type_name(source);
            return Err(vm.type_error(format!("'{tn}' object is not iterable")));
        }
    };
    let mut n = 0usize;
    while let Some(item) = vm.next(&it)? {
        let pair = match item.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => match vm.iter(&item) {
                Ok(_) => vm.collect(&item)?,
                Err(_) => {
                    return Err(vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )));
                }
            },
        };
        let mut kv = pair.into_iter();
        match (kv.next(), kv.next(), kv.len()) {
            (Some(k), Some(v), 0) => dict_ops::insert(vm, target, k, v)?,
            (k, v, rest) => {
                let len = usize::from(k.is_some()) + usize::from(v.is_some()) + rest;
                return Err(vm.value_error(format!(
                    "dictionary update sequence element #{n} has length {len}; 2 is required"
                )));
            }
        }
        n += 1;
    }
    Ok(())
}

/// `update(other=(), **kw)` on `target`, shared by `dict()` and `update`.
fn update_args(
    vm: &mut Vm,
    target: &Value,
    pos: &[Value],
    kw: &[(ObjRef, Value)],
    name: &'static str,
) -> PyResult<()> {
    if pos.len() > 1 {
        return Err(vm.type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(src) = pos.first() {
        update_from(vm, target, src)?;
    }
    for (k, v) in kw {
        dict_ops::insert(vm, target, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(())
}

fn dict_update(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "update")?;
    let d = d.clone();
    update_args(vm, &d, a.pos.get(1..).unwrap_or(&[]), a.kw, "update")?;
    Ok(Value::None)
}

fn dict_ior(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "__ior__")?;
    let d = d.clone();
    let other = one_arg(vm, a, "dict.__ior__")?.clone();
    update_from(vm, &d, &other)?;
    Ok(d)
}

/// `dict(mapping_or_pairs=(), **kw)`, as `dict.__new__(cls, ...)`.
fn dict_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = vm.new_dict();
    update_args(vm, &d, a.pos.get(1..).unwrap_or(&[]), a.kw, "dict")?;
    Ok(d)
}

/// `dict.fromkeys(iterable, value=None)` (a class method).
fn dict_fromkeys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "fromkeys",
        params: &["iterable", "value"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let iterable = arg(&args, 0).cloned().unwrap_or(Value::None);
    let value = arg(&args, 1).cloned().unwrap_or(Value::None);
    let cls = a.pos.first().cloned().unwrap_or(Value::None);
    let is_dict = matches!(&cls, Value::Obj(c) if c.is(&vm.types.dict));
    let out = if is_dict {
        vm.new_dict()
    } else {
        vm.call(&cls, &[])?
    };
    vm.each(&iterable, |vm, k| {
        if let Some(Payload::Dict(_)) = out.payload() {
            dict_ops::insert(vm, &out, k, value.clone())?;
        } else {
            vm.setitem(&out, k, value.clone())?;
        }
        Ok(true)
    })?;
    Ok(out)
}

// ------------------------------------------------------------ access

fn dict_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this(vm, a, "get")?;
    const SIG: Sig = Sig {
        name: "get",
        params: &["key", "default"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let key = arg(&args, 0).cloned().unwrap_or(Value::None);
    match dict_ops::lookup(vm, d, &key)? {
        Some(v) => Ok(v),
        None => Ok(arg(&args, 1).cloned().unwrap_or(Value::None)),
    }
}

fn dict_setdefault(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "setdefault")?;
    const SIG: Sig = Sig {
        name: "setdefault",
        params: &["key", "default"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let key = arg(&args, 0).cloned().unwrap_or(Value::None);
    if let Some(v) = dict_ops::lookup(vm, d, &key)? {
        return Ok(v);
    }
    let default = arg(&args, 1).cloned().unwrap_or(Value::None);
    dict_ops::insert(vm, d, key, default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "pop")?;
    const SIG: Sig = Sig {
        name: "pop",
        params: &["key", "default"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let key = arg(&args, 0).cloned().unwrap_or(Value::None);
    match dict_ops::remove(vm, d, &key)? {
        Some(v) => Ok(v),
        None => match arg(&args, 1) {
            Some(def) => Ok(def.clone()),
            None => Err(vm.key_error(key)),
        },
    }
}

fn dict_popitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, d) = this_mut(vm, a, "popitem")?;
    no_args(vm, a, "dict.popitem")?;
    let popped = match d.try_borrow_mut() {
        Ok(mut d) => d.pop_last(),
        Err(_) => return Err(changed(vm)),
    };
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.key_error(Value::str("popitem(): dictionary is empty"))),
    }
}

fn dict_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, d) = this_mut(vm, a, "clear")?;
    no_args(vm, a, "dict.clear")?;
    let old = match d.try_borrow_mut() {
        Ok(mut d) => std::mem::take(&mut *d),
        Err(_) => return Err(changed(vm)),
    };
    drop(old);
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, d) = this(vm, a, "copy")?;
    no_args(vm, a, "dict.copy")?;
    let copy = match d.try_borrow() {
        Ok(d) => d.copy(),
        Err(_) => return Err(changed(vm)),
    };
    Ok(seq_ops::dict_value(copy))
}

fn view(vm: &mut Vm, a: &Args, name: &str, kind: ViewKind) -> PyResult<Value> {
    let (d, _) = this(vm, a, name)?;
    let Some(o) = d.as_obj().cloned() else {
        return Err(bad_self(vm, a, "dict", name));
    };
    Ok(Value::Obj(ObjRef::new(Payload::DictView(o, kind))))
}

fn dict_keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, a, "dict.keys")?;
    view(vm, a, "keys", ViewKind::Keys)
}

fn dict_values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, a, "dict.values")?;
    view(vm, a, "values", ViewKind::Values)
}

fn dict_items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    no_args(vm, a, "dict.items")?;
    view(vm, a, "items", ViewKind::Items)
}

fn dict_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "__setitem__")?;
    const SIG: Sig = Sig {
        name: "__setitem__",
        params: &["key", "value"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let k = arg(&args, 0).cloned().unwrap_or(Value::None);
    let v = arg(&args, 1).cloned().unwrap_or(Value::None);
    dict_ops::insert(vm, d, k, v)?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (d, _) = this_mut(vm, a, "__delitem__")?;
    let k = one_arg(vm, a, "dict.__delitem__")?.clone();
    match dict_ops::remove(vm, d, &k)? {
        Some(_) => Ok(Value::None),
        None => Err(vm.key_error(k)),
    }
}

fn dict_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (_, d) = this(vm, a, "__reversed__")?;
    no_args(vm, a, "dict.__reversed__")?;
    let keys: Vec<Value> = entries(vm, d)?.into_iter().rev().map(|(k, _)| k).collect();
    vm.iter(&Value::list(keys))
}

// ------------------------------------------------------------ views

/// `view op other` for keys and items views: a new set.
fn view_setop(vm: &mut Vm, a: &Args, name: &str, kind: BinOpKind, swap: bool) -> PyResult<Value> {
    if !matches!(
        a.pos.first().and_then(Value::payload),
        Some(Payload::DictView(..))
    ) {
        return Err(bad_self(vm, a, "dict_keys", name));
    }
    let other = one_arg(vm, a, name)?.clone();
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    if vm.iter(&other).is_err() {
        return Ok(vm.not_implemented());
    }
    let (left, right) = if swap { (other, this) } else { (this, other) };
    match kind {
        BinOpKind::And => view_intersection(vm, left, right),
        BinOpKind::Or => {
            let r = view_to_set(vm, &left)?;
            set_ops::update(vm, &r, &right)?;
            Ok(r)
        }
        BinOpKind::Sub => {
            let r = view_to_set(vm, &left)?;
            set_ops::difference_update(vm, &r, &right)?;
            Ok(r)
        }
        _ => {
            if let (
                Some(Payload::DictView(d1, ViewKind::Items)),
                Some(Payload::DictView(d2, ViewKind::Items)),
            ) = (left.payload(), right.payload())
            {
                return items_xor(vm, d1, d2);
            }
            let r = view_to_set(vm, &left)?;
            set_ops::symmetric_difference_update(vm, &r, &right)?;
            Ok(r)
        }
    }
}

/// A new set of a view's items (CPython's `dictviews_to_set`): a keys view
/// of a plain dict is made from the dict itself (its keys after one resize
/// for their number), anything else item by item.
fn view_to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::DictView(d, ViewKind::Keys)) if matches!(d.payload(), Payload::Dict(_)) => {
            set_ops::from_iterable(vm, &Value::Obj(d.clone()))
        }
        _ => set_ops::from_iterable(vm, v),
    }
}

/// `view & other` (CPython's `dictviews_and`): a set at least as large as
/// the view computes `other.intersection(view)`; else the smaller of two
/// views (or `other`) is walked and the view probed.
fn view_intersection(vm: &mut Vm, left: Value, right: Value) -> PyResult<Value> {
    let is_view = |v: &Value| matches!(v.payload(), Some(Payload::DictView(..)));
    let (mut view, mut other) = if is_view(&left) {
        (left, right)
    } else {
        (right, left)
    };
    let len_view = seq_ops::len(&view).unwrap_or(0);
    if let Some(Payload::Set(_)) = other.payload() {
        let len_other = seq_ops::len(&other).unwrap_or(0);
        if len_view <= len_other {
            let t = set_ops::intersection(vm, &other, &view)?;
            return Ok(set_ops::new_set(t));
        }
    }
    if is_view(&other) && seq_ops::len(&other).unwrap_or(0) > len_view {
        std::mem::swap(&mut view, &mut other);
    }
    let r = set_ops::new_set(crate::object::set_table::SetTable::new());
    vm.each(&other, |vm, k| {
        if vm.contains(&view, &k)? {
            set_ops::add(vm, &r, k)?;
        }
        Ok(true)
    })?;
    Ok(r)
}

/// `d1.items() ^ d2.items()` (CPython's `dictitems_xor`): the pairs of `d2`
/// whose key is missing from `d1` or holds another value there, then the
/// pairs of `d1` whose key `d2` did not match.
fn items_xor(vm: &mut Vm, d1: &ObjRef, d2: &ObjRef) -> PyResult<Value> {
    let copy = match d1.payload() {
        Payload::Dict(d) => d.borrow().copy(),
        _ => Dict::new(),
    };
    let rest = Value::Obj(ObjRef::new(Payload::Dict(PyCell::new(copy))));
    let r = set_ops::new_set(crate::object::set_table::SetTable::new());
    let pairs: Vec<(Value, Value)> = match d2.payload() {
        Payload::Dict(d) => d
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect(),
        _ => Vec::new(),
    };
    for (k, v2) in pairs {
        let same = match dict_ops::lookup(vm, &rest, &k)? {
            Some(v1) => v1.is(&v2) || vm.eq(&v1, &v2)?,
            None => false,
        };
        if same {
            dict_ops::remove(vm, &rest, &k)?;
        } else {
            set_ops::add(vm, &r, Value::tuple(vec![k, v2]))?;
        }
    }
    let items = Value::Obj(ObjRef::new(Payload::DictView(
        match rest {
            Value::Obj(o) => o,
            _ => return Ok(r),
        },
        ViewKind::Items,
    )));
    set_ops::update(vm, &r, &items)?;
    Ok(r)
}

fn view_and(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__and__", BinOpKind::And, false)
}
fn view_or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__or__", BinOpKind::Or, false)
}
fn view_sub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__sub__", BinOpKind::Sub, false)
}
fn view_xor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__xor__", BinOpKind::Xor, false)
}
fn view_rand(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__rand__", BinOpKind::And, true)
}
fn view_ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__ror__", BinOpKind::Or, true)
}
fn view_rsub(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__rsub__", BinOpKind::Sub, true)
}
fn view_rxor(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view_setop(vm, a, "__rxor__", BinOpKind::Xor, true)
}

fn view_isdisjoint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let other = one_arg(vm, a, "isdisjoint")?.clone();
    let mut disjoint = true;
    vm.each(&other, |vm, item| {
        disjoint = !vm.contains(&this, &item)?;
        Ok(disjoint)
    })?;
    Ok(Value::Bool(disjoint))
}

fn view_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    let mut items = vm.collect(&this)?;
    items.reverse();
    vm.iter(&Value::list(items))
}

// ------------------------------------------------------------ registration

/// Install the dict and dict view methods.
/// `dict.__init__(self, [mapping_or_pairs], **kw)`: fill the dict (runs for
/// subclasses; plain `dict(...)` is built by `__new__`).
fn dict_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(target) = a.pos.first().cloned() else {
        return Err(vm.type_error("dict.__init__ needs self"));
    };
    crate::freeze::check_mutable(vm, &target)?;
    if a.pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    if let Some(src) = a.pos.get(1) {
        update_from(vm, &target, src)?;
    }
    for (k, v) in a.kw {
        vm.setitem(&target, Value::Obj(k.clone()), v.clone())?;
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.dict.clone();
    add_method(&t, "__new__", dict_new, NativeKind::StaticMethod);
    add_method(&t, "__init__", dict_init, NativeKind::Method);
    add_method(&t, "fromkeys", dict_fromkeys, NativeKind::ClassMethod);
    // The set-like views are unhashable (`dict_keys.__hash__ is None`).
    for view in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        super::registry::set_class_attr(&view, "__hash__", Value::None);
    }
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("update", dict_update),
        ("clear", dict_clear),
        ("copy", dict_copy),
        ("__len__", op_len),
        ("__getitem__", op_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", op_contains),
        ("__iter__", op_iter),
        ("__reversed__", dict_reversed),
        ("__or__", op_or),
        ("__ior__", dict_ior),
    ];
    for &(name, f) in methods {
        add_method(&t, name, f, NativeKind::Method);
    }
    add_comparisons(&t, false);
    set_class_attr(&t, "__hash__", Value::None);

    let views = [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ];
    for (i, v) in views.iter().enumerate() {
        add_method(v, "__len__", op_len, NativeKind::Method);
        add_method(v, "__iter__", op_iter, NativeKind::Method);
        add_method(v, "__reversed__", view_reversed, NativeKind::Method);
        if i == 1 {
            continue;
        }
        add_method(v, "__contains__", op_contains, NativeKind::Method);
        add_method(v, "isdisjoint", view_isdisjoint, NativeKind::Method);
        let ops: &[(&'static str, crate::vm::NativeFn)] = &[
            ("__and__", view_and),
            ("__or__", view_or),
            ("__sub__", view_sub),
            ("__xor__", view_xor),
            ("__rand__", view_rand),
            ("__ror__", view_ror),
            ("__rsub__", view_rsub),
            ("__rxor__", view_rxor),
        ];
        for &(name, f) in ops {
            add_method(v, name, f, NativeKind::Method);
        }
    }
}
