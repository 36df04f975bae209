//! list methods: the natives registered on the `list` type object, and the
//! list sort.
//!
//! Invariants:
//! - No borrow of a list's `PyCell` is held while Python code can run (an
//!   `__eq__`, a key function, a comparison): items are cloned out first,
//!   and every mutation takes `try_borrow_mut`, raising instead of panicking.
//! - Values removed from a list are dropped after its borrow ends.
//! - `sort` moves the items out of the list for the duration of the sort, so
//!   a key function or comparison that mutates the list sees it empty and
//!   cannot invalidate the sort; a list found non-empty afterwards raises
//!   `ValueError: list modified during sort` (the sorted items are kept,
//!   as in CPython).
//! - The sort is a stable merge sort that calls only `<` and stops at the
//!   first error, which propagates; on error the items keep their original
//!   order.

use crate::object::cell::{PyCell, PyRefMut};

use crate::bytecode::BinOpKind;
use crate::object::{Args, NativeKind, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::iter::new_iter;

use super::registry::{add_method, set_class_attr};
use super::tuple::{
    Sig, Style, add_comparisons, bad_self, bind, check_items, index_bounds, int_arg, no_args,
    one_arg, op_add, op_contains, op_getitem, op_iter, op_len, op_mul, op_rmul,
};

type ListCell = PyCell<Vec<Value>>;

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a ListCell> {
    match a.pos.first().and_then(Value::payload) {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(bad_self(vm, a, "list", method)),
    }
}

/// `this` for the mutators: raises when the list is frozen.
fn this_mut<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a ListCell> {
    let l = this(vm, a, method)?;
    if l.is_frozen() {
        return Err(crate::freeze::guard::frozen_kind_error(vm, "list"));
    }
    Ok(l)
}

fn arg(args: &[Option<Value>], i: usize) -> Option<&Value> {
    args.get(i).and_then(Option::as_ref)
}

/// A mutable borrow of the items, or RuntimeError when one is already out
/// (TypeError when the list is frozen).
fn items_mut<'a>(vm: &mut Vm, l: &'a ListCell) -> PyResult<PyRefMut<'a, Vec<Value>>> {
    match l.try_borrow_mut() {
        Ok(v) => Ok(v),
        Err(e) => Err(crate::freeze::guard::borrow_error(
            vm,
            e,
            "list",
            "list changed while it was being used",
        )),
    }
}

/// A snapshot of the items (cheap clones of the values).
fn snapshot(vm: &mut Vm, l: &ListCell) -> PyResult<Vec<Value>> {
    match l.try_borrow() {
        Ok(v) => Ok(v.clone()),
        Err(_) => Err(vm.runtime_error("list changed while it was being used")),
    }
}

/// The item at `i` now, if there is one (the list may shrink under us).
fn item_at(l: &ListCell, i: usize) -> Option<Value> {
    l.try_borrow().ok().and_then(|v| v.get(i).cloned())
}

fn self_value(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn usize_value(n: usize) -> Value {
    Value::Int(i64::try_from(n).unwrap_or(i64::MAX))
}

// ------------------------------------------------------------ mutators

fn list_append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "append")?;
    let x = one_arg(vm, a, "list.append")?.clone();
    let mut v = items_mut(vm, l)?;
    if v.len() >= super::seq_ops::MAX_ITEMS {
        drop(v);
        return Err(vm.memory_error("list is too large"));
    }
    v.push(x);
    Ok(Value::None)
}

/// Append all items of `iterable` to the list `l`.
fn extend_with(vm: &mut Vm, l: &ListCell, iterable: &Value) -> PyResult<()> {
    if !matches!(
        iterable.payload(),
        Some(Payload::List(_) | Payload::Tuple(_))
    ) {
        // Items appended as they come (CPython's extend of an iterator): a
        // long generator never needs a second list beside this one.
        return vm.each(iterable, |vm, x| {
            let mut v = items_mut(vm, l)?;
            if v.len() >= super::seq_ops::MAX_ITEMS {
                drop(v);
                return Err(vm.memory_error("list is too large"));
            }
            v.push(x);
            Ok(true)
        });
    }
    let items = vm.collect(iterable)?;
    let mut v = items_mut(vm, l)?;
    let total = v.len().saturating_add(items.len());
    if total > super::seq_ops::MAX_ITEMS {
        drop(v);
        return check_items(vm, total);
    }
    v.extend(items);
    Ok(())
}

fn list_extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "extend")?;
    let it = one_arg(vm, a, "list.extend")?.clone();
    extend_with(vm, l, &it)?;
    Ok(Value::None)
}

fn list_iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "__iadd__")?;
    let it = one_arg(vm, a, "list.__iadd__")?.clone();
    extend_with(vm, l, &it)?;
    Ok(self_value(a))
}

fn list_imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this_mut(vm, a, "__imul__")?;
    let n = one_arg(vm, a, "list.__imul__")?.clone();
    vm.inplace_op(self_value(a), n, BinOpKind::Mul)
}

fn list_insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "insert")?;
    const SIG: Sig = Sig {
        name: "insert",
        params: &["index", "object"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let i = int_arg(vm, arg(&args, 0), 0)?;
    let x = arg(&args, 1).cloned().unwrap_or(Value::None);
    let mut v = items_mut(vm, l)?;
    if v.len() >= super::seq_ops::MAX_ITEMS {
        drop(v);
        return Err(vm.memory_error("list is too large"));
    }
    let n = i64::try_from(v.len()).unwrap_or(i64::MAX);
    let at = if i < 0 {
        i.saturating_add(n).max(0)
    } else {
        i.min(n)
    };
    v.insert(usize::try_from(at).unwrap_or(0), x);
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "pop")?;
    const SIG: Sig = Sig {
        name: "pop",
        params: &["index"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let i = int_arg(vm, arg(&args, 0), -1)?;
    let mut v = items_mut(vm, l)?;
    if v.is_empty() {
        drop(v);
        return Err(vm.index_error("pop from empty list"));
    }
    let n = i64::try_from(v.len()).unwrap_or(i64::MAX);
    let j = if i < 0 { i.saturating_add(n) } else { i };
    match usize::try_from(j).ok().filter(|&j| j < v.len()) {
        Some(j) => Ok(v.remove(j)),
        None => {
            drop(v);
            Err(vm.index_error("pop index out of range"))
        }
    }
}

fn list_remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "remove")?;
    let x = one_arg(vm, a, "list.remove")?.clone();
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if item.is(&x) || vm.eq(&item, &x)? {
            let mut v = items_mut(vm, l)?;
            let removed = if i < v.len() { Some(v.remove(i)) } else { None };
            drop(v);
            drop(removed);
            return Ok(Value::None);
        }
        i += 1;
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn list_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "clear")?;
    no_args(vm, a, "list.clear")?;
    let old = std::mem::take(&mut *items_mut(vm, l)?);
    drop(old);
    Ok(Value::None)
}

fn list_reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "reverse")?;
    no_args(vm, a, "list.reverse")?;
    items_mut(vm, l)?.reverse();
    Ok(Value::None)
}

// ------------------------------------------------------------ queries

fn list_copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "copy")?;
    no_args(vm, a, "list.copy")?;
    Ok(Value::list(snapshot(vm, l)?))
}

fn list_index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "index")?;
    const SIG: Sig = Sig {
        name: "index",
        params: &["value", "start", "stop"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let x = arg(&args, 0).cloned().unwrap_or(Value::None);
    let len = snapshot(vm, l)?.len();
    let (lo, hi) = index_bounds(vm, arg(&args, 1), arg(&args, 2), len)?;
    let mut i = lo;
    while i < hi {
        let Some(item) = item_at(l, i) else { break };
        if item.is(&x) || vm.eq(&item, &x)? {
            return Ok(usize_value(i));
        }
        i += 1;
    }
    let r = vm.repr(&x)?;
    Err(vm.value_error(format!("{r} is not in list")))
}

fn list_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "count")?;
    let x = one_arg(vm, a, "list.count")?.clone();
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = item_at(l, i) {
        if item.is(&x) || vm.eq(&item, &x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(usize_value(n))
}

fn list_setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this_mut(vm, a, "__setitem__")?;
    const SIG: Sig = Sig {
        name: "__setitem__",
        params: &["key", "value"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let k = arg(&args, 0).cloned().unwrap_or(Value::None);
    let v = arg(&args, 1).cloned().unwrap_or(Value::None);
    vm.setitem(&self_value(a), k, v)?;
    Ok(Value::None)
}

fn list_delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    this_mut(vm, a, "__delitem__")?;
    let k = one_arg(vm, a, "list.__delitem__")?.clone();
    vm.delitem(&self_value(a), &k)?;
    Ok(Value::None)
}

fn list_reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this(vm, a, "__reversed__")?;
    no_args(vm, a, "list.__reversed__")?;
    let index = snapshot(vm, l)?.len();
    let Some(seq) = a.pos.first().and_then(Value::as_obj).cloned() else {
        return Err(bad_self(vm, a, "list", "__reversed__"));
    };
    Ok(new_iter(
        crate::object::IterState::Reversed { seq, index },
        "list_reverseiterator",
    ))
}

// ------------------------------------------------------------ sort

fn list_sort(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let l = this_mut(vm, a, "sort")?;
    if a.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    const SIG: Sig = Sig {
        name: "sort",
        params: &["key", "reverse"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let key = arg(&args, 0).cloned().filter(|k| !k.is_none());
    let reverse = match arg(&args, 1) {
        None => false,
        Some(v) => int_arg(vm, Some(v), 0)? != 0,
    };
    let mut items = std::mem::take(&mut *items_mut(vm, l)?);
    // The list reads as empty while it sorts (CPython's rule: a key or
    // `__lt__` that changes it is caught below).
    let result = crate::types::sort::sort(vm, &mut items, key.as_ref(), reverse);
    let mut v = items_mut(vm, l)?;
    let intruders = std::mem::replace(&mut *v, items);
    drop(v);
    let modified = !intruders.is_empty();
    drop(intruders);
    result?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

// ------------------------------------------------------------ constructor

/// `list(iterable=())`, as `list.__new__(cls, ...)`.
fn list_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    const SIG: Sig = Sig {
        name: "list",
        params: &["iterable"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    match arg(&args, 0) {
        None => Ok(Value::list(Vec::new())),
        Some(v) => {
            let items = vm.collect(v)?;
            check_items(vm, items.len())?;
            Ok(Value::list(items))
        }
    }
}

/// Install the list methods.
/// `list.__init__(self, iterable=())`: (re)fill the list. Plain `list(x)`
/// is built by `__new__` alone; this runs for subclasses.
fn list_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() > 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            a.pos.len().saturating_sub(1) + a.kw.len()
        )));
    }
    if let Some(v) = a.pos.first() {
        crate::freeze::check_mutable(vm, v)?;
    }
    let items = match a.pos.get(1) {
        Some(it) => vm.collect(it)?,
        None => Vec::new(),
    };
    if let Some(Payload::List(l)) = a.pos.first().and_then(|v| v.payload()) {
        let Ok(mut l) = l.try_borrow_mut() else {
            return Err(vm.runtime_error("list changed during __init__"));
        };
        let old = std::mem::replace(&mut *l, items);
        drop(l);
        drop(old);
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.list.clone();
    add_method(&t, "__new__", list_new, NativeKind::StaticMethod);
    add_method(&t, "__init__", list_init, NativeKind::Method);
    let methods: &[(&'static str, crate::vm::NativeFn)] = &[
        ("append", list_append),
        ("extend", list_extend),
        ("insert", list_insert),
        ("pop", list_pop),
        ("remove", list_remove),
        ("index", list_index),
        ("count", list_count),
        ("sort", list_sort),
        ("reverse", list_reverse),
        ("copy", list_copy),
        ("clear", list_clear),
        ("__len__", op_len),
        ("__getitem__", op_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", op_contains),
        ("__iter__", op_iter),
        ("__reversed__", list_reversed),
        ("__add__", op_add),
        ("__iadd__", list_iadd),
        ("__mul__", op_mul),
        ("__rmul__", op_rmul),
        ("__imul__", list_imul),
    ];
    for &(name, f) in methods {
        add_method(&t, name, f, NativeKind::Method);
    }
    add_comparisons(&t, true);
    set_class_attr(&t, "__hash__", Value::None);
}
