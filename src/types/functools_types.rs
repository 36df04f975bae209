//! The native types of `functools` (through its accelerator
//! `_functools`): `KeyWrapper`, what `cmp_to_key` returns and what calling
//! it returns, and `_lru_store`, the table of an `lru_cache` wrapper.
//!
//! Invariants:
//! - A KeyWrapper holds its comparison function and, once called, the
//!   object it wraps; comparing two runs `cmp(a, b) OP 0` with the VM's
//!   operators. It is unhashable (`__hash__` is None), as CPython's.
//! - An `_lru_store` keeps its entries in a `Dict` table of its own, in
//!   least- to most-recently-used order (a hit moves its entry to the end;
//!   the oldest is evicted first). Keys are compared with Python `==`
//!   while a shared borrow of the table is held; a call re-entered from
//!   that `__eq__` (or from the cached function) finds the table busy for
//!   writing and simply does not store its result, so no borrow panics.
//! - The cached function is called with no borrow held; its exceptions
//!   propagate and nothing is stored for them.
//! - Both hold references (reported by `trace`, let go of in `clear`) and
//!   stay in their sandbox.

use std::cell::{Cell, RefCell};

use crate::bytecode::CmpOpKind;
use crate::object::dict::Dict;
use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{TypeRoom, add_method, builtin_class, set_class_attr};
use crate::vm::{NativeFn, Vm};

pub static KEY_WRAPPER: HostType = HostType::with_class_protocols("KeyWrapper");
pub static LRU_STORE: HostType = HostType::with_class_protocols("_lru_store");

// ----- cmp_to_key --------------------------------------------------------------

/// `cmp_to_key(cmp)` (obj None) and its keys (obj set).
pub struct KeyWrapper {
    cmp: RefCell<Value>,
    obj: RefCell<Option<Value>>,
}

impl HostObject for KeyWrapper {
    fn host_type(&self) -> &'static HostType {
        &KEY_WRAPPER
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        if let Value::Obj(o) = &*self.cmp.try_borrow().map_err(|_| Busy)? {
            f(o);
        }
        if let Some(Value::Obj(o)) = &*self.obj.try_borrow().map_err(|_| Busy)? {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut c) = self.cmp.try_borrow_mut() {
            *c = Value::None;
        }
        if let Ok(mut o) = self.obj.try_borrow_mut() {
            o.take();
        }
    }
}

/// A new KeyWrapper.
pub fn key_wrapper(cmp: Value, obj: Option<Value>) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(KeyWrapper {
        cmp: RefCell::new(cmp),
        obj: RefCell::new(obj),
    }))))
}

fn key_self<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a KeyWrapper> {
    match a.pos.first().and_then(|v| v.host::<KeyWrapper>()) {
        Some(k) => Ok(k),
        None => Err(vm.type_error("descriptor requires a 'functools.KeyWrapper' object")),
    }
}

/// `K(obj)`: a key for `obj`.
fn key_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let k = key_self(vm, a)?;
    let rest = Args {
        pos: &a.pos[1..],
        kw: a.kw,
    };
    let p = crate::types::itertools::construct::parse(vm, "K", &rest, &["obj"], 1, 1)?;
    let cmp = k.cmp.borrow().clone();
    Ok(key_wrapper(cmp, p[0].clone()))
}

fn key_obj(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let k = key_self(vm, a)?;
    match k.obj.borrow().clone() {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error("obj")),
    }
}

/// `self OP other` for two keys: `cmp(self.obj, other.obj) OP 0`.
fn key_compare(vm: &mut Vm, a: &Args, op: CmpOpKind) -> PyResult<Value> {
    let k = key_self(vm, a)?;
    let Some(other) = a.pos.get(1).and_then(|v| v.host::<KeyWrapper>()) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    let cmp = k.cmp.borrow().clone();
    let x = k.obj.borrow().clone().unwrap_or(Value::None);
    let y = other.obj.borrow().clone().unwrap_or(Value::None);
    let r = vm.call(&cmp, &[x, y])?;
    vm.compare(&r, &Value::Int(0), op)
}

fn key_lt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Lt)
}
fn key_le(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Le)
}
fn key_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Eq)
}
fn key_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Ne)
}
fn key_gt(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Gt)
}
fn key_ge(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    key_compare(vm, a, CmpOpKind::Ge)
}

fn key_new(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.type_error("cannot create 'functools.KeyWrapper' instances"))
}

fn key_class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("KeyWrapper", object);
    set_class_attr(&cls, "__module__", Value::str("functools"));
    add_method(&cls, "__new__", key_new, NativeKind::StaticMethod);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__call__", key_call),
        ("__lt__", key_lt),
        ("__le__", key_le),
        ("__eq__", key_eq),
        ("__ne__", key_ne),
        ("__gt__", key_gt),
        ("__ge__", key_ge),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    set_class_attr(&cls, "__hash__", Value::None);
    crate::types::registry::add_property(&cls, "obj", key_obj);
    cls
}

// ----- lru_cache -----------------------------------------------------------------

/// The table of one `lru_cache` wrapper (see the module invariants).
pub struct LruStore {
    func: RefCell<Value>,
    /// None: unbounded.
    maxsize: Option<usize>,
    typed: bool,
    table: RefCell<Dict>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

impl HostObject for LruStore {
    fn host_type(&self) -> &'static HostType {
        &LRU_STORE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        if let Value::Obj(o) = &*self.func.try_borrow().map_err(|_| Busy)? {
            f(o);
        }
        for (k, v) in self.table.try_borrow().map_err(|_| Busy)?.iter() {
            for x in [k, v] {
                if let Value::Obj(o) = x {
                    f(o);
                }
            }
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut f) = self.func.try_borrow_mut() {
            *f = Value::None;
        }
        if let Ok(mut t) = self.table.try_borrow_mut() {
            t.clear();
        }
    }
}

fn store_self<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a LruStore> {
    match a.pos.first().and_then(|v| v.host::<LruStore>()) {
        Some(s) => Ok(s),
        None => Err(vm.type_error("descriptor requires a 'functools._lru_store' object")),
    }
}

/// `_lru_store(func, maxsize, typed)`: maxsize None (unbounded) or an int
/// (negative counts as 0).
fn store_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let [_, func, maxsize, typed] = a.pos else {
        return Err(vm.type_error("_lru_store expected 3 arguments"));
    };
    let maxsize = if maxsize.is_none() {
        None
    } else {
        let n = crate::types::itertools::ssize(vm, maxsize)?;
        Some(usize::try_from(n.max(0)).unwrap_or(0))
    };
    let typed = vm.truthy(typed)?;
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        LruStore {
            func: RefCell::new(func.clone()),
            maxsize,
            typed,
            table: RefCell::new(Dict::new()),
            hits: Cell::new(0),
            misses: Cell::new(0),
        },
    )))))
}

/// The cache key of a call, as CPython's `_make_key`: a lone int or str
/// argument is its own key; otherwise a tuple of the arguments, then a
/// marker and the keyword pairs, then (typed) the types of the values.
fn make_key(vm: &mut Vm, typed: bool, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    if kw.is_empty() && !typed && args.len() == 1 {
        let exact = match &args[0] {
            Value::Int(_) => true,
            Value::Obj(o) => matches!(o.payload(), Payload::Str(_) | Payload::BigInt(_)),
            _ => false,
        };
        if exact {
            return Ok(args[0].clone());
        }
    }
    let n = args.len() + 1 + 2 * kw.len();
    vm.work(n)?;
    let mut items = Vec::with_capacity(if typed { 2 * n } else { n });
    items.extend(args.iter().cloned());
    if !kw.is_empty() {
        // The store's class marks where the keywords begin: no argument
        // can be it.
        items.push(Value::Obj(vm.types.host_class(&LRU_STORE)));
        for (k, v) in kw {
            items.push(Value::Obj(k.clone()));
            items.push(v.clone());
        }
    }
    if typed {
        for v in args {
            items.push(Value::Obj(vm.type_of(v)));
        }
        for (_, v) in kw {
            items.push(Value::Obj(vm.type_of(v)));
        }
    }
    Ok(Value::tuple(items))
}

/// The position of `key` in the table (Python `==`, identity first).
fn find(vm: &mut Vm, t: &Dict, hash: i64, key: &Value) -> PyResult<Option<usize>> {
    let mut err = None;
    let mut eq = |k: &Value| -> bool {
        if err.is_some() {
            return false;
        }
        if k.is(key) {
            return true;
        }
        match crate::vm::ops::fast_eq(k, key) {
            Some(r) => r,
            None => vm.eq(k, key).unwrap_or_else(|e| {
                err = Some(e);
                false
            }),
        }
    };
    let r = t.find(hash, &mut eq);
    match err {
        Some(e) => Err(e),
        None => Ok(r),
    }
}

/// The keyword arguments of a `**kwds` dict.
fn kw_pairs(vm: &mut Vm, kwds: &Value) -> PyResult<Vec<(ObjRef, Value)>> {
    let Some(Payload::Dict(d)) = kwds.payload() else {
        return Ok(Vec::new());
    };
    let Ok(d) = d.try_borrow() else {
        return Err(vm.runtime_error("dictionary changed size during iteration"));
    };
    Ok(d.iter()
        .filter_map(|(k, v)| k.as_obj().map(|k| (k.clone(), v.clone())))
        .collect())
}

/// `store.call(args, kwds)`: the cached result, or the function's.
fn store_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = store_self(vm, a)?;
    let (Some(args), Some(kwds)) = (a.pos.get(1), a.pos.get(2)) else {
        return Err(vm.type_error("call expected 2 arguments"));
    };
    let args: Vec<Value> = match args.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vm.collect(args)?,
    };
    let kw = kw_pairs(vm, kwds)?;
    let func = s.func.borrow().clone();
    if s.maxsize == Some(0) {
        s.misses.set(s.misses.get() + 1);
        return vm.call_kw(&func, &args, &kw);
    }
    let key = make_key(vm, s.typed, &args, &kw)?;
    let hash = vm.hash(&key)?;
    // A hit?
    let found = match s.table.try_borrow() {
        Ok(t) => find(vm, &t, hash, &key)?.and_then(|i| t.value_at(i).cloned().map(|v| (i, v))),
        Err(_) => None,
    };
    if let Some((i, v)) = found {
        s.hits.set(s.hits.get() + 1);
        if s.maxsize.is_some()
            && let Ok(mut t) = s.table.try_borrow_mut()
            && let Some((k, val)) = t.remove_at(i)
        {
            t.push_new(hash, k, val);
        }
        return Ok(v);
    }
    s.misses.set(s.misses.get() + 1);
    let result = vm.call_kw(&func, &args, &kw)?;
    // The call may have stored this key itself (a recursive function).
    let again = match s.table.try_borrow() {
        Ok(t) => find(vm, &t, hash, &key)?,
        Err(_) => return Ok(result),
    };
    let evicted = {
        let Ok(mut t) = s.table.try_borrow_mut() else {
            return Ok(result);
        };
        match (again, s.maxsize) {
            (Some(i), None) => t.set_value_at(i, result.clone()).map(|v| (Value::None, v)),
            (Some(_), Some(_)) => None,
            (None, max) => {
                let old = match max {
                    Some(m) if t.len() >= m => match t.next_entry(0) {
                        Some((i, _, _)) => t.remove_at(i),
                        None => None,
                    },
                    _ => None,
                };
                vm.reserve_memory(64)?;
                t.push_new(hash, key, result.clone());
                old
            }
        }
    };
    drop(evicted);
    Ok(result)
}

/// `store.info()`: `(hits, misses, maxsize, currsize)`.
fn store_info(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = store_self(vm, a)?;
    let size = s.table.try_borrow().map_or(0, |t| t.len());
    let maxsize = match s.maxsize {
        Some(m) => Value::Int(m as i64),
        None => Value::None,
    };
    Ok(Value::tuple(vec![
        Value::Int(s.hits.get() as i64),
        Value::Int(s.misses.get() as i64),
        maxsize,
        Value::Int(size as i64),
    ]))
}

/// `store.clear()`: forget every entry and the statistics.
fn store_clear(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = store_self(vm, a)?;
    let old = match s.table.try_borrow_mut() {
        Ok(mut t) => std::mem::take(&mut *t),
        Err(_) => return Err(vm.runtime_error("lru_cache cleared while in use")),
    };
    drop(old);
    s.hits.set(0);
    s.misses.set(0);
    Ok(Value::None)
}

fn store_class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("_lru_store", object);
    set_class_attr(&cls, "__module__", Value::str("functools"));
    add_method(&cls, "__new__", store_new, NativeKind::StaticMethod);
    add_method(&cls, "call", store_call, NativeKind::Method);
    add_method(&cls, "info", store_info, NativeKind::Method);
    add_method(&cls, "clear", store_clear, NativeKind::Method);
    cls
}

/// The functools types, registered with the builtin types
/// (types/registry.rs).
pub const ROOMS: &[TypeRoom] = &[
    TypeRoom {
        ty: &KEY_WRAPPER,
        class: key_class,
        builtin: false,
    },
    TypeRoom {
        ty: &LRU_STORE,
        class: store_class,
        builtin: false,
    },
];
