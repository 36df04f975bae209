//! The builtin iterators' pickling protocol and length hints, where CPython
//! 3.11 has them: `__reduce__` gives `(callable, args[, state])` that makes
//! an iterator at the same place (what `copy` and `pickle` use),
//! `__setstate__(state)` moves one to a place, and `__length_hint__` says
//! how many items are left.

use crate::object::{Args, IterState, NativeKind, ObjRef, Payload, PyResult, Range, Value};
use crate::vm::Vm;

use super::registry::add_method;

/// Which of the three methods each iterator type has (CPython's table).
const METHODS: [(&str, bool, bool); 19] = [
    // (type, has __setstate__, has __length_hint__); all have __reduce__.
    ("list_iterator", true, true),
    ("tuple_iterator", true, true),
    ("str_ascii_iterator", true, true),
    ("str_iterator", true, true),
    ("bytes_iterator", true, true),
    ("range_iterator", true, true),
    ("longrange_iterator", true, true),
    ("dict_keyiterator", false, true),
    ("dict_valueiterator", false, true),
    ("dict_itemiterator", false, true),
    ("set_iterator", false, true),
    ("list_reverseiterator", true, true),
    ("reversed", true, true),
    ("callable_iterator", false, false),
    ("iterator", true, true),
    ("enumerate", false, false),
    ("zip", true, false),
    ("map", false, false),
    ("filter", false, false),
];

/// Add the methods to the iterator types.
pub fn install(vm: &mut Vm) {
    for (name, setstate, hint) in METHODS {
        let Some(cls) = vm.types.iter_types.get(name).cloned() else {
            continue;
        };
        add_method(&cls, "__reduce__", reduce, NativeKind::Method);
        if setstate {
            add_method(&cls, "__setstate__", set_state, NativeKind::Method);
        }
        if hint {
            add_method(&cls, "__length_hint__", length_hint, NativeKind::Method);
        }
    }
}

/// The iterator `self` of a method.
fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a crate::object::Iter> {
    match a.pos.first().and_then(Value::payload) {
        Some(Payload::Iter(it)) => Ok(it),
        _ => Err(vm.type_error(format!("descriptor '{method}' needs an iterator"))),
    }
}

/// A builtin function by name, as CPython's reduce looks it up (in the
/// builtins the sandbox was given).
fn builtin(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let key = vm.intern(name);
    let found = match vm.builtins.payload() {
        Payload::Dict(d) => {
            let d = d.borrow();
            super::dict_ops::find_str(&d, &key).and_then(|i| d.value_at(i).cloned())
        }
        _ => None,
    };
    found.ok_or_else(|| vm.attribute_error(name))
}

/// An iterator type as a value (`reversed`, `enumerate`, ...).
fn iter_type(vm: &Vm, name: &str) -> Value {
    vm.types
        .iter_types
        .get(name)
        .map_or(Value::None, |c| Value::Obj(c.clone()))
}

/// Characters of `s` before byte offset `at`.
fn chars_before(s: &str, at: usize) -> usize {
    s.get(..at).map_or(0, |h| h.chars().count())
}

/// The byte offset of character `n` of `s` (its length past the end).
fn byte_of_char(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(b, _)| b)
}

/// `it.__reduce__()`.
fn reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = this(vm, a, "__reduce__")?;
    let name = it.type_name;
    let iter_fn = builtin(vm, "iter")?;
    let call = |f: Value, args: Vec<Value>| Value::tuple(vec![f, Value::tuple(args)]);
    let call_at =
        |f: Value, args: Vec<Value>, at: Value| Value::tuple(vec![f, Value::tuple(args), at]);
    let state = it.state.borrow();
    Ok(match &*state {
        IterState::Seq { seq, index } => {
            let at = match seq.payload() {
                Payload::Str(s) if !s.is_ascii() => chars_before(&s.s, *index),
                _ => *index,
            };
            call_at(
                iter_fn,
                vec![Value::Obj(seq.clone())],
                Value::Int(at as i64),
            )
        }
        IterState::Reversed { seq, index } => {
            let left = match seq.payload() {
                Payload::Str(s) => chars_before(&s.s, *index),
                _ => *index,
            };
            let f = iter_type(vm, "reversed");
            call_at(
                f,
                vec![Value::Obj(seq.clone())],
                Value::Int(left as i64 - 1),
            )
        }
        IterState::GetItemBack { obj, index } => call_at(
            iter_type(vm, "reversed"),
            vec![obj.clone()],
            Value::Int(*index),
        ),
        IterState::GetItem { obj, index } => {
            call_at(iter_fn, vec![obj.clone()], Value::Int(*index))
        }
        IterState::Range {
            next,
            step,
            left,
            len,
        } => range_reduce(
            iter_fn,
            i128::from(*next),
            i128::from(*step),
            i128::from(*left),
            i128::from(*len),
        ),
        IterState::BigRange(b) => range_reduce(iter_fn, b.next, b.step, b.left, b.len),
        IterState::Dict {
            dict,
            index,
            len,
            kind,
            ..
        } => {
            let (dict, index, len, kind) = (dict.clone(), *index, *len, *kind);
            drop(state);
            let rest = dict_rest(vm, &dict, index, len, kind)?;
            call(iter_fn, vec![Value::list(rest)])
        }
        IterState::Callable { func, sentinel } => {
            call(iter_fn, vec![func.clone(), sentinel.clone()])
        }
        IterState::Enumerate { inner, count } => call(
            iter_type(vm, "enumerate"),
            vec![inner.clone(), count.clone()],
        ),
        IterState::Zip { iters, strict } => {
            let f = iter_type(vm, "zip");
            if *strict {
                call_at(f, iters.to_vec(), Value::Bool(true))
            } else {
                call(f, iters.to_vec())
            }
        }
        IterState::Map { func, iters } => {
            let mut args = vec![func.clone()];
            args.extend(iters.iter().cloned());
            call(iter_type(vm, "map"), args)
        }
        IterState::Filter { func, inner } => {
            call(iter_type(vm, "filter"), vec![func.clone(), inner.clone()])
        }
        IterState::Exhausted => {
            // What CPython's exhausted iterators give: an empty one of the
            // same kind.
            let empty = match name {
                "list_iterator" | "list_reverseiterator" => Value::list(vec![]),
                n if n.starts_with("dict_") || n == "set_iterator" => Value::list(vec![]),
                "str_ascii_iterator" | "str_iterator" => Value::str(""),
                _ => Value::tuple(vec![]),
            };
            let f = if name == "reversed" {
                iter_type(vm, "reversed")
            } else {
                iter_fn
            };
            call(f, vec![empty])
        }
    })
}

/// `(iter, (range(start, start + len * step, step),), given)`, CPython's
/// form for a range iterator.
fn range_reduce(iter_fn: Value, next: i128, step: i128, left: i128, len: i128) -> Value {
    let given = len - left;
    let start = next - given * step;
    let r = Range {
        start,
        stop: start + len * step,
        step,
    };
    Value::tuple(vec![
        iter_fn,
        Value::tuple(vec![Value::Obj(ObjRef::new(Payload::Range(r)))]),
        super::range::int_value(given),
    ])
}

/// The items a dict or set iterator has left, as a list (its own state
/// unchanged).
fn dict_rest(
    vm: &mut Vm,
    dict: &ObjRef,
    mut index: usize,
    len: usize,
    kind: crate::object::ViewKind,
) -> PyResult<Vec<Value>> {
    let mut out = Vec::new();
    let walk = |d: &crate::object::dict::Dict, out: &mut Vec<Value>, index: &mut usize| {
        if d.len() != len {
            return false;
        }
        while let Some((at, k, v)) = d.next_entry(*index) {
            out.push(match kind {
                crate::object::ViewKind::Keys => k.clone(),
                crate::object::ViewKind::Values => v.clone(),
                crate::object::ViewKind::Items => Value::tuple(vec![k.clone(), v.clone()]),
            });
            *index = at + 1;
        }
        true
    };
    let walk_set =
        |t: &crate::object::set_table::SetTable, out: &mut Vec<Value>, index: &mut usize| {
            if t.len() != len {
                return false;
            }
            while let Some((at, k)) = t.next_active(*index) {
                out.push(k.clone());
                *index = at + 1;
            }
            true
        };
    let same = match dict.payload() {
        Payload::Dict(d) => walk(&d.borrow(), &mut out, &mut index),
        Payload::Set(d) => walk_set(&d.borrow(), &mut out, &mut index),
        Payload::FrozenSet(d) => walk_set(d, &mut out, &mut index),
        _ => true,
    };
    if !same {
        let what = if matches!(dict.payload(), Payload::Dict(_)) {
            "dictionary"
        } else {
            "Set"
        };
        return Err(vm.runtime_error(format!("{what} changed size during iteration")));
    }
    Ok(out)
}

/// The position `__setstate__` was given, as CPython reads it for the
/// sequence iterators (an int, not `__index__`).
fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Obj(o) if matches!(o.payload(), Payload::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => Err(vm.type_error("an integer is required")),
    }
}

/// `it.__setstate__(state)`.
fn set_state(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = this(vm, a, "__setstate__")?;
    let name = it.type_name;
    let Some(arg) = a.pos.get(1).cloned().filter(|_| a.pos.len() == 2) else {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "{name}.__setstate__() takes exactly one argument ({n} given)"
        )));
    };
    if name == "zip" {
        let strict = vm.truthy(&arg)?;
        if let IterState::Zip { strict: s, .. } = &mut *it.state.borrow_mut() {
            *s = strict;
        }
        return Ok(Value::None);
    }
    if name.ends_with("range_iterator") {
        return range_set_state(vm, it, &arg);
    }
    let n = ssize_arg(vm, &arg)?;
    // The length of a sequence walked by `__getitem__` backwards (user
    // code, asked before the state is borrowed).
    let back_obj = match &*it.state.borrow() {
        IterState::GetItemBack { obj, .. } => Some(obj.clone()),
        _ => None,
    };
    let back_len = back_obj.map(|o| vm.len(&o)).transpose()?;
    let mut state = it.state.borrow_mut();
    match &mut *state {
        IterState::Seq { seq, index } => {
            let n = n.max(0) as usize;
            *index = match seq.payload() {
                Payload::List(l) => n.min(l.borrow().len()),
                Payload::Tuple(t) => n.min(t.len()),
                Payload::Bytes(b) => n.min(b.len()),
                Payload::Str(s) if s.is_ascii() => n.min(s.s.len()),
                Payload::Str(s) => byte_of_char(&s.s, n),
                _ => n,
            };
        }
        IterState::GetItem { index, .. } => *index = n.max(0),
        IterState::Reversed { seq, index } => {
            let len = match seq.payload() {
                Payload::List(l) => l.borrow().len(),
                Payload::Tuple(t) => t.len(),
                Payload::Bytes(b) => b.len(),
                Payload::Str(s) => s.s.chars().count(),
                _ => 0,
            } as i64;
            // The next item to give is `n`, between -1 (none) and len - 1.
            let n = n.clamp(-1, len - 1);
            let left = (n + 1) as usize;
            *index = match seq.payload() {
                Payload::Str(s) => byte_of_char(&s.s, left),
                _ => left,
            };
        }
        IterState::GetItemBack { index, .. } => {
            let len = back_len.unwrap_or(0);
            *index = n.clamp(-1, len - 1);
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `range_iterator.__setstate__(n)`: `n` items given, clamped to the range.
fn range_set_state(vm: &mut Vm, it: &crate::object::Iter, arg: &Value) -> PyResult<Value> {
    let n = super::int::index_bigint(vm, arg)?;
    let Ok(n) = i64::try_from(&n) else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    let n = i128::from(n.max(0));
    let mut state = it.state.borrow_mut();
    match &mut *state {
        IterState::Range {
            next,
            step,
            left,
            len,
        } => {
            let start = i128::from(*next) - i128::from(*len - *left) * i128::from(*step);
            let given = n.min(i128::from(*len));
            *next = (start + given * i128::from(*step)) as i64;
            *left = (i128::from(*len) - given) as i64;
        }
        IterState::BigRange(b) => {
            let crate::object::BigRangeIter {
                next,
                step,
                left,
                len,
            } = &mut **b;
            let start = *next - (*len - *left) * *step;
            let given = n.min(*len);
            *next = start + given * *step;
            *left = *len - given;
        }
        _ => {}
    }
    Ok(Value::None)
}

/// `it.__length_hint__()`.
fn length_hint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = this(vm, a, "__length_hint__")?;
    let obj = match &*it.state.borrow() {
        IterState::GetItem { obj, .. } | IterState::GetItemBack { obj, .. } => Some(obj.clone()),
        _ => None,
    };
    // A sequence walked by `__getitem__`: its `len` (user code, asked with
    // no borrow held); without `__len__`, NotImplemented as CPython says.
    let seq_len = match obj {
        Some(o) if vm.lookup_special_str(&o, "__len__").is_some() => Some(vm.len(&o)?),
        Some(_) => return Ok(vm.not_implemented()),
        None => None,
    };
    let state = it.state.borrow();
    let n: i128 = match &*state {
        IterState::Seq { seq, index } => match seq.payload() {
            Payload::List(l) => l.borrow().len().saturating_sub(*index) as i128,
            Payload::Tuple(t) => t.len().saturating_sub(*index) as i128,
            Payload::Bytes(b) => b.len().saturating_sub(*index) as i128,
            Payload::Str(s) if s.is_ascii() => s.s.len().saturating_sub(*index) as i128,
            Payload::Str(s) => s.s.get(*index..).map_or(0, |r| r.chars().count()) as i128,
            _ => 0,
        },
        IterState::Reversed { seq, index } => match seq.payload() {
            Payload::List(l) if *index > l.borrow().len() => 0,
            Payload::Str(s) => chars_before(&s.s, *index) as i128,
            _ => *index as i128,
        },
        IterState::GetItem { index, .. } => {
            (i128::from(seq_len.unwrap_or(0)) - i128::from(*index)).max(0)
        }
        IterState::GetItemBack { index, .. } => {
            let pos = i128::from(*index) + 1;
            if i128::from(seq_len.unwrap_or(0)) < pos {
                0
            } else {
                pos
            }
        }
        IterState::Range { left, .. } => i128::from(*left),
        IterState::BigRange(b) => b.left,
        IterState::Dict {
            dict, len, seen, ..
        } => {
            let cur = match dict.payload() {
                Payload::Dict(d) => d.borrow().len(),
                Payload::Set(d) => d.borrow().len(),
                Payload::FrozenSet(d) => d.len(),
                _ => 0,
            };
            if cur == *len {
                (*len - *seen) as i128
            } else {
                0
            }
        }
        _ => 0,
    };
    Ok(super::range::int_value(n))
}
