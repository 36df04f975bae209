//! `_collections`: the native half of the `collections` package
//! (src/stdlib/collections/), importable wherever `collections` is
//! granted. It holds `deque` (the type lives in types/deque.rs, a room of
//! the type registry), `_count_elements`, the counting loop of
//! `Counter.update`, the accessors of namedtuple's fields (`_tuple_item`
//! and its setter and deleter) and `_caller_module`.
//!
//! Invariants:
//! - `_count_elements` counts straight into the dict's table when the
//!   mapping is a dict (or a dict subclass such as Counter) whose `get` and
//!   `__setitem__` are dict's own; otherwise it calls them, as CPython's
//!   does. It charges `Vm::work` per element, so a time cap stops a long or
//!   endless iterable.
//! - `_most_common(counter, n)` answers `Counter.most_common(n)` by a
//!   selection (O(len + n log n)) when the counter is a dict whose `items`
//!   is dict's own and every count is a small int; otherwise it returns
//!   None and the Python method sorts, so results and order (equal counts
//!   in insertion order) are the same either way.
//! - No module-level state: the module holds the deque class and natives.

use crate::bytecode::BinOpKind;
use crate::object::{Args, ObjRef, Payload, PyResult, Value};
use crate::types::deque::{DEQUE_ITER_TYPE, DEQUE_TYPE};
use crate::types::dict_ops;
use crate::vm::Vm;

use super::{def, set};

pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let deque = vm.types.host_class(&DEQUE_TYPE);
    set(vm, d, "deque", Value::Obj(deque))?;
    let it = vm.types.host_class(&DEQUE_ITER_TYPE);
    set(vm, d, "_deque_iterator", Value::Obj(it))?;
    def(vm, d, "_count_elements", count_elements)?;
    def(vm, d, "_most_common", most_common)?;
    def(vm, d, "_caller_module", caller_module)?;
    def(vm, d, "_tuple_item", tuple_item)?;
    def(vm, d, "_tuple_item_set", tuple_item_set)?;
    def(vm, d, "_tuple_item_delete", tuple_item_delete)?;
    Ok(())
}

/// `_tuple_item(index, obj)`: `obj[index]` for a tuple (or an instance of
/// a tuple subclass, a namedtuple). namedtuple's fields are properties
/// whose getter is this native bound to the field's index (a method
/// object with an int as `self`), so reading a field runs no Python
/// frame, as CPython's `_tuplegetter` does not.
fn tuple_item(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let [index, obj] = a.pos else {
        return Err(vm.type_error("_tuple_item expected 2 arguments"));
    };
    let i = vm.index_value(index)?;
    let items = obj
        .payload()
        .filter(|p| matches!(p, Payload::Tuple(_)))
        .or_else(|| obj.instance_base().and_then(Value::payload));
    match items {
        Some(Payload::Tuple(t)) => match usize::try_from(i).ok().and_then(|i| t.get(i)) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        _ => {
            let tn = vm.type_name(obj);
            Err(vm.type_error(format!(
                "descriptor for index '{i}' for tuple subclasses doesn't apply to '{tn}' object"
            )))
        }
    }
}

/// The setter of a namedtuple field: fields are read-only.
fn tuple_item_set(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let ae = vm.exc_types.attribute_error.clone();
    Err(vm.new_exc(&ae, "can't set attribute"))
}

/// The deleter of a namedtuple field.
fn tuple_item_delete(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    let ae = vm.exc_types.attribute_error.clone();
    Err(vm.new_exc(&ae, "can't delete attribute"))
}

/// `_caller_module(depth=1)`: the `__name__` of the module whose code
/// called the Python function that calls this (depth 1), or None. It is
/// what `namedtuple` uses for the new class's `__module__` where CPython
/// reads `sys._getframe(1)`: a name, nothing more of the frame.
fn caller_module(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "_caller_module", a, 0, 1)?;
    let depth = match a.pos.first() {
        Some(v) => vm.index_value(v)?,
        None => 1,
    };
    let n = vm.frames.len() as i64;
    let Some(f) = (n - 1)
        .checked_sub(depth)
        .and_then(|i| usize::try_from(i).ok())
        .and_then(|i| vm.frames.get(i))
    else {
        return Ok(Value::None);
    };
    let g = f.globals.clone();
    let key = vm.intern("__name__");
    Ok(vm.dict_get_str(&g, &key)?.unwrap_or(Value::None))
}

/// Whether `name` on the class of `mapping` is still dict's native.
fn dict_native(vm: &mut Vm, mapping: &Value, name: &'static str) -> bool {
    matches!(
        vm.lookup_special_str(mapping, name)
            .as_ref()
            .and_then(Value::payload),
        Some(Payload::Native(_))
    )
}

/// `_most_common(counter, n)`: the `n` (an int, >= 0) entries with the
/// largest counts, largest first and equal counts in insertion order, as
/// a list of (key, count) tuples; None when the counter is not a plain
/// table of small-int counts (the caller then sorts).
fn most_common(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let [counter, n] = a.pos else {
        return Err(vm.type_error("_most_common expected 2 arguments"));
    };
    let Value::Int(n) = n else {
        return Ok(Value::None);
    };
    let n = usize::try_from(*n).unwrap_or(0);
    let Some(table) = dict_table(vm, counter, &["items"]) else {
        return Ok(Value::None);
    };
    let Some(Payload::Dict(cell)) = table.payload() else {
        return Ok(Value::None);
    };
    // (count, position, key): positions make the order total and stable.
    let mut ranked: Vec<(i64, usize, Value)> = {
        let Ok(d) = cell.try_borrow() else {
            return Ok(Value::None);
        };
        let mut out = Vec::with_capacity(d.len());
        for (pos, (k, v)) in d.iter().enumerate() {
            match v {
                Value::Int(c) => out.push((*c, pos, k.clone())),
                _ => return Ok(Value::None),
            }
        }
        out
    };
    vm.work(ranked.len())?;
    let order =
        |x: &(i64, usize, Value), y: &(i64, usize, Value)| y.0.cmp(&x.0).then(x.1.cmp(&y.1));
    let n = n.min(ranked.len());
    if n > 0 && n < ranked.len() {
        ranked.select_nth_unstable_by(n - 1, order);
    }
    ranked.truncate(n);
    ranked.sort_unstable_by(order);
    let items = ranked
        .into_iter()
        .map(|(c, _, k)| Value::tuple(vec![k, Value::Int(c)]))
        .collect();
    Ok(Value::list(items))
}

/// The dict table behind `mapping`: itself when it is a dict, its base
/// dict when it is a dict subclass (a Counter) whose `methods` are all
/// dict's own; None otherwise (the caller goes through the methods).
fn dict_table(vm: &mut Vm, mapping: &Value, methods: &[&'static str]) -> Option<Value> {
    match mapping.payload()? {
        Payload::Dict(_) => Some(mapping.clone()),
        Payload::Instance(i)
            if matches!(i.base().and_then(Value::payload), Some(Payload::Dict(_)))
                && methods.iter().all(|m| dict_native(vm, mapping, m)) =>
        {
            i.base().cloned()
        }
        _ => None,
    }
}

/// `old + 1`, fast for small ints.
fn plus_one(vm: &mut Vm, old: Option<Value>) -> PyResult<Value> {
    match old {
        None => Ok(Value::Int(1)),
        Some(Value::Int(i)) if i < i64::MAX => Ok(Value::Int(i + 1)),
        Some(v) => vm.binary_op(&v, &Value::Int(1), BinOpKind::Add),
    }
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for every `x` of `iterable`.
fn count_elements(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (mapping, iterable) = match a.pos {
        [m, i] if a.kw.is_empty() => (m.clone(), i.clone()),
        _ => {
            let n = a.pos.len() + a.kw.len();
            return Err(vm.type_error(format!("_count_elements expected 2 arguments, got {n}")));
        }
    };
    let table = dict_table(vm, &mapping, &["get", "__setitem__"]);
    if let Some(t) = table {
        vm.for_each(&iterable, |vm, x| {
            vm.work(1)?;
            if let Some(old) = dict_ops::add_one(vm, &t, x.clone())? {
                let new = plus_one(vm, Some(old))?;
                dict_ops::insert(vm, &t, x, new)?;
            }
            Ok(())
        })?;
        return Ok(Value::None);
    }
    let it = vm.iter(&iterable)?;
    let get = vm.getattr_str(&mapping, "get")?;
    while let Some(x) = vm.next(&it)? {
        vm.work(1)?;
        let old = vm.call(&get, &[x.clone(), Value::Int(0)])?;
        let new = plus_one(vm, Some(old))?;
        vm.setitem(&mapping, x, new)?;
    }
    Ok(Value::None)
}
