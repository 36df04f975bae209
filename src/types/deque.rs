//! `collections.deque`: a double-ended queue over a ring buffer
//! (`VecDeque`), written from the Python documentation (collections,
//! "deque objects") and checked against CPython 3.11 by
//! tests/python/collections__deque*.py. `_collections` (modules/
//! collections.rs) exposes the class; it lives in this room because the
//! type registry builds every room's class at bootstrap.
//!
//! Invariants:
//! - The items live in a `RefCell<VecDeque>`; a borrow never spans a call
//!   into Python (`==`, `repr`, an iterator's `__next__`): loops copy one
//!   item out, release the borrow, then compare.
//! - `state` counts the mutations that change the length or the order
//!   (append/pop at either end, extend, rotate, insert, remove, clear,
//!   `del d[i]`), as CPython's does: iterators and the comparing loops
//!   (`count`, `index`, `remove`, `in`) raise `RuntimeError: deque mutated
//!   during iteration` when it moved under them.
//! - With `maxlen` set the length never exceeds it: adding at one end drops
//!   from the other.
//! - A subclass instance (`class D(deque)`) carries its deque as the
//!   instance's base value (`Instance::base`); every method here takes
//!   `self` through [`this`], which accepts either form.
//! - A deque refers to its items (`trace`, `clear`): the local cycle
//!   collector tracks it and the freezer refuses it.
//! - A result whose size follows from the arguments (`d * n`, `d *= n`) is
//!   reserved with `Vm::reserve_memory` before it is built; loops over
//!   items charge `Vm::work`.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::bytecode::CmpOpKind;
use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

use super::tuple::{Sig, Style, bind, check_items, index_bounds, int_arg, no_args, one_arg};

/// The Python type `collections.deque`.
pub static DEQUE_TYPE: HostType = HostType::with_class_protocols("collections.deque");

/// The iterator of a deque (both directions).
pub static DEQUE_ITER_TYPE: HostType = HostType::with_class_protocols("_deque_iterator");

/// A deque of this sandbox.
pub struct Deque {
    items: RefCell<VecDeque<Value>>,
    /// None: unbounded.
    maxlen: Cell<Option<usize>>,
    /// Mutation counter (see the module invariants).
    state: Cell<u64>,
}

impl HostObject for Deque {
    fn weakrefable(&self) -> bool {
        true
    }

    fn native_len(&self) -> Option<usize> {
        self.items.try_borrow().ok().map(|d| d.len())
    }

    fn host_type(&self) -> &'static HostType {
        &DEQUE_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let items = self.items.try_borrow().map_err(|_| Busy)?;
        for v in items.iter() {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            // Dropped after the borrow ends: a finaliser may look at us.
            let old = std::mem::take(&mut *items);
            drop(items);
            drop(old);
        }
    }
}

impl Deque {
    fn new(maxlen: Option<usize>) -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(maxlen),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Append at the right, dropping from the left past `maxlen`.
    fn push_back(&self, v: Value) {
        self.bump();
        let dropped = {
            let mut items = self.items.borrow_mut();
            match self.maxlen.get() {
                Some(0) => return,
                Some(m) if items.len() >= m => {
                    let d = items.pop_front();
                    items.push_back(v);
                    d
                }
                _ => {
                    items.push_back(v);
                    None
                }
            }
        };
        drop(dropped);
    }

    /// Append at the left, dropping from the right past `maxlen`.
    fn push_front(&self, v: Value) {
        self.bump();
        let dropped = {
            let mut items = self.items.borrow_mut();
            match self.maxlen.get() {
                Some(0) => return,
                Some(m) if items.len() >= m => {
                    let d = items.pop_back();
                    items.push_front(v);
                    d
                }
                _ => {
                    items.push_front(v);
                    None
                }
            }
        };
        drop(dropped);
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    fn take_all(&self) -> VecDeque<Value> {
        self.bump();
        std::mem::take(&mut *self.items.borrow_mut())
    }
}

/// A fresh deque value of the plain type.
fn new_value(d: Deque) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(d))))
}

/// The deque behind `v`: a deque, or an instance of a subclass.
fn deque_of(v: &Value) -> Option<&Deque> {
    v.host::<Deque>()
        .or_else(|| v.instance_base().and_then(|b| b.host::<Deque>()))
}

/// The deque `self` of a method.
fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a Deque> {
    match a.pos.first().and_then(deque_of) {
        Some(d) => Ok(d),
        None => Err(super::tuple::bad_self(vm, a, "collections.deque", method)),
    }
}

fn mutated(vm: &mut Vm) -> crate::object::Exc {
    vm.runtime_error("deque mutated during iteration")
}

/// The class, with its methods (registered in types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("deque", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("__len__", len),
        ("__bool__", bool_),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__repr__", repr),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__add__", add),
        ("__mul__", mul),
        ("__rmul__", mul),
        ("__iadd__", iadd),
        ("__imul__", imul),
        ("__reduce__", reduce),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    add_method(&cls, "__new__", deque_new, NativeKind::StaticMethod);
    set_class_attr(&cls, "__hash__", Value::None);
    set_class_attr(&cls, "__module__", Value::string("collections".into()));
    set_class_attr(
        &cls,
        "__doc__",
        Value::string(
            "A list-like sequence optimized for data accesses near its endpoints.".into(),
        ),
    );
    let getter = ObjRef::new(Payload::Native(crate::object::NativeFunction::new(
        "maxlen",
        maxlen_get,
        NativeKind::Function,
        None,
    )));
    getter.make_immortal();
    let prop = ObjRef::new(Payload::Property(Box::new([
        Value::Obj(getter),
        Value::None,
        Value::None,
        Value::string("maximum size of a deque or None if unbounded".into()),
    ])));
    prop.make_immortal();
    set_class_attr(&cls, "maxlen", Value::Obj(prop));
    cls
}

/// The iterator's class.
pub fn iter_class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("_deque_iterator", object);
    add_method(&cls, "__next__", iter_next, NativeKind::Method);
    add_method(&cls, "__iter__", iter_self, NativeKind::Method);
    add_method(&cls, "__length_hint__", iter_hint, NativeKind::Method);
    set_class_attr(&cls, "__module__", Value::string("_collections".into()));
    cls
}

fn maxlen_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "maxlen")?;
    Ok(match d.maxlen.get() {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    })
}

// ------------------------------------------------------------ construction

fn deque_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mine = vm.types.host_class(&DEQUE_TYPE);
    let cls = match a.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => c.clone(),
        _ => return Err(vm.type_error("deque.__new__(X): X is not a type object")),
    };
    if !vm.is_subclass(&cls, &mine) {
        let n = vm.class_name(&cls);
        return Err(vm.type_error(format!("deque.__new__({n}): {n} is not a subtype of deque")));
    }
    let v = new_value(Deque::new(None));
    if cls.is(&mine) {
        return Ok(v);
    }
    Ok(Value::Obj(vm.new_instance_with_base(&cls, v)))
}

/// `deque(iterable=(), maxlen=None)` (also `__init__` of a subclass).
fn init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__init__")?;
    const SIG: Sig = Sig {
        name: "deque",
        params: &["iterable", "maxlen"],
        required: 0,
        style: Style::Keywords,
    };
    let args = bind(vm, a, &SIG)?;
    let maxlen = match args[1].as_ref() {
        None | Some(Value::None) => None,
        Some(v) => {
            if !matches!(v, Value::Int(_) | Value::Bool(_))
                && !matches!(
                    v.payload(),
                    Some(Payload::BigInt(_)) | Some(Payload::Instance(_))
                )
            {
                return Err(vm.type_error("an integer is required"));
            }
            let m = int_arg(vm, Some(v), 0)?;
            if m < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(m as usize)
        }
    };
    d.maxlen.set(maxlen);
    if d.len() > 0 {
        drop(d.take_all());
    }
    if let Some(it) = args[0].as_ref() {
        extend_from(vm, d, it, false)?;
    }
    Ok(Value::None)
}

/// Add every item of `iterable` at the right (or, `left`, at the left).
fn extend_from(vm: &mut Vm, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    // Extending by itself (or by anything that is this deque) reads a copy.
    if let Some(other) = deque_of(iterable)
        && std::ptr::eq(other, d)
    {
        let items = d.snapshot();
        vm.work(items.len())?;
        for v in items {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        }
        return Ok(());
    }
    if let Some(Payload::List(l)) = iterable.payload() {
        let items = l.borrow().clone();
        vm.work(items.len())?;
        for v in items {
            if left {
                d.push_front(v);
            } else {
                d.push_back(v);
            }
        }
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(v) = vm.next(&it)? {
        vm.work(1)?;
        if left {
            d.push_front(v);
        } else {
            d.push_back(v);
        }
    }
    Ok(())
}

// ------------------------------------------------------------ mutators

fn append(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "append")?;
    let v = one_arg(vm, a, "deque.append")?;
    d.push_back(v.clone());
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "appendleft")?;
    let v = one_arg(vm, a, "deque.appendleft")?;
    d.push_front(v.clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "pop")?;
    no_args(vm, a, "deque.pop")?;
    let v = d.items.borrow_mut().pop_back();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn popleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "popleft")?;
    no_args(vm, a, "deque.popleft")?;
    let v = d.items.borrow_mut().pop_front();
    match v {
        Some(v) => {
            d.bump();
            Ok(v)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn extend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "extend")?;
    let it = one_arg(vm, a, "deque.extend")?;
    extend_from(vm, d, it, false)?;
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "extendleft")?;
    let it = one_arg(vm, a, "deque.extendleft")?;
    extend_from(vm, d, it, true)?;
    Ok(Value::None)
}

fn rotate_by(d: &Deque, n: i64) {
    let mut items = d.items.borrow_mut();
    let len = items.len();
    if len <= 1 {
        return;
    }
    let k = n.rem_euclid(len as i64) as usize;
    items.rotate_right(k);
}

fn rotate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "rotate")?;
    const SIG: Sig = Sig {
        name: "rotate",
        params: &["n"],
        required: 0,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let n = int_arg(vm, args[0].as_ref(), 1)?;
    vm.work(d.len() / 4)?;
    d.bump();
    rotate_by(d, n);
    Ok(Value::None)
}

fn clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "clear")?;
    no_args(vm, a, "deque.clear")?;
    vm.work(d.len())?;
    drop(d.take_all());
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "reverse")?;
    no_args(vm, a, "deque.reverse")?;
    vm.work(d.len())?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "insert")?;
    const SIG: Sig = Sig {
        name: "insert",
        params: &["index", "value"],
        required: 2,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let i = int_arg(vm, args[0].as_ref(), 0)?;
    let v = args[1].clone().unwrap_or(Value::None);
    let n = d.len();
    if d.maxlen.get() == Some(n) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let at = if i < 0 {
        (i + n as i64).max(0) as usize
    } else {
        (i as usize).min(n)
    };
    vm.work(n.min(at.max(n - at)))?;
    d.bump();
    d.items.borrow_mut().insert(at, v);
    Ok(Value::None)
}

/// The position of the first item equal to `x` in `lo..hi`, raising
/// "deque mutated during iteration" (a RuntimeError, or for `remove` an
/// IndexError, as CPython's) when the deque changes while `==` runs.
fn find(
    vm: &mut Vm,
    d: &Deque,
    x: &Value,
    (lo, hi): (usize, usize),
    for_remove: bool,
) -> PyResult<Option<usize>> {
    let state = d.state.get();
    let mut i = lo;
    while i < hi {
        let Some(item) = d.get(i) else { break };
        let same = item.is(x) || vm.eq(&item, x)?;
        if d.state.get() != state {
            if for_remove {
                return Err(vm.index_error("deque mutated during iteration"));
            }
            return Err(mutated(vm));
        }
        if same {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "remove")?;
    let x = one_arg(vm, a, "deque.remove")?;
    let n = d.len();
    match find(vm, d, x, (0, n), true)? {
        Some(i) => {
            d.bump();
            let old = d.items.borrow_mut().remove(i);
            drop(old);
            Ok(Value::None)
        }
        None => {
            let r = vm.repr(x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "count")?;
    let x = one_arg(vm, a, "deque.count")?;
    let state = d.state.get();
    let mut k = 0i64;
    let mut i = 0;
    while let Some(item) = d.get(i) {
        if item.is(x) || vm.eq(&item, x)? {
            k += 1;
        }
        if d.state.get() != state {
            return Err(mutated(vm));
        }
        i += 1;
    }
    Ok(Value::Int(k))
}

fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "index")?;
    const SIG: Sig = Sig {
        name: "index",
        params: &["value", "start", "stop"],
        required: 1,
        style: Style::Positional,
    };
    let args = bind(vm, a, &SIG)?;
    let x = args[0].clone().unwrap_or(Value::None);
    for b in [&args[1], &args[2]].into_iter().flatten() {
        let int_like = matches!(b, Value::Int(_) | Value::Bool(_))
            || matches!(b.payload(), Some(Payload::BigInt(_)))
            || vm.lookup_special_str(b, "__index__").is_some();
        if !int_like {
            return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
        }
    }
    let (lo, hi) = index_bounds(vm, args[1].as_ref(), args[2].as_ref(), d.len())?;
    match find(vm, d, &x, (lo, hi), false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&x)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

// ------------------------------------------------------------ sequence protocol

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__len__")?;
    Ok(Value::Int(d.len() as i64))
}

fn bool_(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__bool__")?;
    Ok(Value::Bool(d.len() > 0))
}

/// The position `key` names in a deque of `n` items.
fn position(vm: &mut Vm, key: &Value, n: usize) -> PyResult<usize> {
    let is_int = matches!(key, Value::Int(_) | Value::Bool(_))
        || matches!(key.payload(), Some(Payload::BigInt(_)))
        || (matches!(key.payload(), Some(Payload::Instance(_)))
            && vm.lookup_special_str(key, "__index__").is_some());
    if !is_int {
        let tn = vm.type_name(key);
        return Err(vm.type_error(format!("sequence index must be integer, not '{tn}'")));
    }
    let i = match key.payload() {
        Some(Payload::BigInt(_)) => return Err(vm.index_error("deque index out of range")),
        _ => vm.index_value(key)?,
    };
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(j as usize)
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__getitem__")?;
    let key = one_arg(vm, a, "deque.__getitem__")?;
    let i = position(vm, key, d.len())?;
    d.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__setitem__")?;
    let (key, v) = match a.pos.get(1..) {
        Some([k, v]) if a.kw.is_empty() => (k, v),
        _ => {
            let n = a.pos.len().saturating_sub(1);
            return Err(vm.type_error(format!("expected 2 arguments, got {n}")));
        }
    };
    let i = position(vm, key, d.len())?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, v.clone()));
    drop(old);
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__delitem__")?;
    let key = one_arg(vm, a, "deque.__delitem__")?;
    let n = d.len();
    let i = position(vm, key, n)?;
    vm.work(i.min(n - i))?;
    d.bump();
    let old = d.items.borrow_mut().remove(i);
    drop(old);
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__contains__")?;
    let x = one_arg(vm, a, "deque.__contains__")?;
    let n = d.len();
    Ok(Value::Bool(find(vm, d, x, (0, n), false)?.is_some()))
}

// ------------------------------------------------------------ iteration

/// An iterator over a deque; `pos` counts the items given so far.
struct DequeIter {
    deque: RefCell<Option<Value>>,
    state: u64,
    pos: Cell<usize>,
    /// Items left to give (CPython's counter: set to 0 on an error).
    left: Cell<usize>,
    reverse: bool,
}

impl HostObject for DequeIter {
    fn host_type(&self) -> &'static HostType {
        &DEQUE_ITER_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let d = self.deque.try_borrow().map_err(|_| Busy)?;
        if let Some(Value::Obj(o)) = &*d {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut d) = self.deque.try_borrow_mut() {
            d.take();
        }
    }
}

fn make_iter(vm: &mut Vm, a: &Args, method: &str, reverse: bool) -> PyResult<Value> {
    let d = this(vm, a, method)?;
    no_args(vm, a, method)?;
    let it = DequeIter {
        deque: RefCell::new(a.pos.first().cloned()),
        state: d.state.get(),
        pos: Cell::new(0),
        left: Cell::new(d.len()),
        reverse,
    };
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(it)))))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    make_iter(vm, a, "__iter__", false)
}

fn reversed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    make_iter(vm, a, "__reversed__", true)
}

fn iter_this<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a DequeIter> {
    a.pos
        .first()
        .and_then(|v| v.host::<DequeIter>())
        .ok_or_else(|| vm.type_error("expected a deque iterator"))
}

fn iter_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = iter_this(vm, a)?;
    let dv = it.deque.borrow().clone();
    let Some(d) = dv.as_ref().and_then(deque_of) else {
        return Err(vm.stop_iteration(Value::None));
    };
    if d.state.get() != it.state {
        it.left.set(0);
        return Err(mutated(vm));
    }
    if it.left.get() == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    let n = d.len();
    let p = it.pos.get();
    let i = if it.reverse { n - 1 - p } else { p };
    it.pos.set(p + 1);
    it.left.set(it.left.get() - 1);
    d.get(i).ok_or_else(|| vm.stop_iteration(Value::None))
}

fn iter_self(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn iter_hint(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = iter_this(vm, a)?;
    Ok(Value::Int(it.left.get() as i64))
}

// ------------------------------------------------------------ repr, compare

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__repr__")?;
    let me = a.pos.first().cloned().unwrap_or(Value::None);
    let addr = crate::vm::ops::obj_addr(&me);
    if vm.repr_stack.contains(&addr) {
        return Ok(Value::string("[...]".into()));
    }
    let items = d.snapshot();
    let name = vm.type_name(&me);
    vm.repr_stack.push(addr);
    let inner = vm.repr(&Value::list(items));
    vm.repr_stack.pop();
    let inner = inner?;
    Ok(Value::string(match d.maxlen.get() {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    }))
}

fn compare(vm: &mut Vm, a: &Args, op: CmpOpKind, name: &str) -> PyResult<Value> {
    let d = this(vm, a, name)?;
    let other = one_arg(vm, a, name)?;
    let Some(o) = deque_of(other) else {
        return Ok(vm.not_implemented());
    };
    let (x, y) = (Value::list(d.snapshot()), Value::list(o.snapshot()));
    vm.compare(&x, &y, op)
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Eq, "__eq__")
}
fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Ne, "__ne__")
}
fn lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Lt, "__lt__")
}
fn le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Le, "__le__")
}
fn gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Gt, "__gt__")
}
fn ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, CmpOpKind::Ge, "__ge__")
}

// ------------------------------------------------------------ copy, +, *

/// A copy of `self`: a plain deque for a deque, `type(self)(self[, maxlen])`
/// for a subclass (as CPython does).
fn copy_of(vm: &mut Vm, me: &Value, d: &Deque) -> PyResult<Value> {
    if me.host::<Deque>().is_some() {
        let items = d.snapshot();
        vm.work(items.len())?;
        let c = Deque::new(d.maxlen.get());
        *c.items.borrow_mut() = items.into();
        return Ok(new_value(c));
    }
    let cls = Value::Obj(vm.type_of(me));
    match d.maxlen.get() {
        Some(m) => vm.call(&cls, &[me.clone(), Value::Int(m as i64)]),
        None => vm.call(&cls, std::slice::from_ref(me)),
    }
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "copy")?;
    no_args(vm, a, "deque.copy")?;
    let me = a.pos[0].clone();
    copy_of(vm, &me, d)
}

fn add(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__add__")?;
    let other = one_arg(vm, a, "deque.__add__")?;
    if deque_of(other).is_none() {
        let tn = vm.type_name(other);
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{tn}\") to deque"
        )));
    }
    let me = a.pos[0].clone();
    let r = copy_of(vm, &me, d)?;
    if let Some(rd) = deque_of(&r) {
        extend_from(vm, rd, other, false)?;
    }
    Ok(r)
}

fn iadd(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__iadd__")?;
    let other = one_arg(vm, a, "deque.__iadd__")?;
    extend_from(vm, d, other, false)?;
    Ok(a.pos[0].clone())
}

/// Repeat the items of `d` in place `n` times (keeping the last `maxlen`).
fn repeat_in_place(vm: &mut Vm, d: &Deque, n: &Value) -> PyResult<()> {
    if !matches!(n, Value::Int(_) | Value::Bool(_))
        && !matches!(
            n.payload(),
            Some(Payload::BigInt(_)) | Some(Payload::Instance(_))
        )
    {
        let tn = vm.type_name(n);
        return Err(vm.type_error(format!("can't multiply sequence by non-int of type '{tn}'")));
    }
    let times = match n.payload() {
        Some(Payload::BigInt(b)) if b.sign() == num_bigint::Sign::Minus => 0,
        Some(Payload::BigInt(_)) => i64::MAX,
        _ => vm.index_value(n)?,
    };
    let items = d.snapshot();
    if times <= 0 || items.is_empty() {
        if !items.is_empty() {
            drop(d.take_all());
        }
        return Ok(());
    }
    if times == 1 {
        return Ok(());
    }
    let total = (items.len() as u128) * (times as u128);
    let keep = match d.maxlen.get() {
        Some(m) => total.min(m as u128),
        None => total,
    };
    let keep = usize::try_from(keep).unwrap_or(usize::MAX);
    check_items(vm, keep)?;
    vm.reserve_memory((keep as u64).saturating_mul(16))?;
    vm.work(keep)?;
    // The result is the last `keep` items of the repetition.
    let len = items.len();
    let start = ((total - keep as u128) % len as u128) as usize;
    let mut out = VecDeque::with_capacity(keep);
    for k in 0..keep {
        if k % 4096 == 4095 {
            vm.work(4096)?;
        }
        out.push_back(items[(start + k) % len].clone());
    }
    d.bump();
    let old = std::mem::replace(&mut *d.items.borrow_mut(), out);
    drop(old);
    Ok(())
}

fn mul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__mul__")?;
    let n = one_arg(vm, a, "deque.__mul__")?;
    let me = a.pos[0].clone();
    let r = copy_of(vm, &me, d)?;
    if let Some(rd) = deque_of(&r) {
        repeat_in_place(vm, rd, n)?;
    }
    Ok(r)
}

fn imul(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__imul__")?;
    let n = one_arg(vm, a, "deque.__imul__")?;
    repeat_in_place(vm, d, n)?;
    Ok(a.pos[0].clone())
}

/// `(type(d), (), state, iter(d))`, or `(type(d), ((), maxlen), ...)`;
/// state is the instance's `__dict__` when it has items, else None.
fn reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let d = this(vm, a, "__reduce__")?;
    no_args(vm, a, "deque.__reduce__")?;
    let me = a.pos[0].clone();
    let cls = Value::Obj(vm.type_of(&me));
    let state = match me.payload() {
        Some(Payload::Instance(i)) => match i.dict.payload() {
            Payload::Dict(dd) if !dd.borrow().is_empty() => Value::Obj(i.dict.clone()),
            _ => Value::None,
        },
        _ => Value::None,
    };
    let it = make_iter(
        vm,
        &Args {
            pos: std::slice::from_ref(&me),
            kw: &[],
        },
        "__iter__",
        false,
    )?;
    let empty = Value::tuple(vec![]);
    let args = match d.maxlen.get() {
        Some(m) => Value::tuple(vec![empty, Value::Int(m as i64)]),
        None => empty,
    };
    Ok(Value::tuple(vec![cls, args, state, it]))
}
