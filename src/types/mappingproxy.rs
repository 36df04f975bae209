//! `mappingproxy`: the read-only, live view of a class's namespace that
//! `cls.__dict__` returns (Built-in Types, "types.MappingProxyType").
//!
//! This type lives in this one room: the proxy object, its class and
//! methods. The rest of the crate names it where `cls.__dict__` is read
//! (types/special_attrs.rs) and in the registration line of
//! types/registry.rs (`ROOMS`). `types.MappingProxyType` is not exposed
//! yet: the class exists, but nothing binds its name.
//!
//! Invariants:
//! - A proxy holds one reference, to its class (reported by `trace`, let
//!   go of in `clear`); every read goes to that class's namespace as it is
//!   now, so assignments to the class show through an older proxy.
//! - It has no mutators: item assignment and deletion find no
//!   `__setitem__` / `__delitem__` and raise CPython's TypeError.
//! - A proxy stays in its sandbox (a local host object): the freezer
//!   refuses it, as CPython refuses to pickle one.
//! - `keys()`, `values()` and `items()` are views of a snapshot of the
//!   namespace taken when they are called (docs/compatibility.md).

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value, ViewKind};
use crate::types::registry::{add_method, set_class_attr};
use crate::vm::{NativeFn, Vm};

/// The Python type `mappingproxy`; its operators are natives in its class.
pub static MAPPINGPROXY_TYPE: HostType = HostType::with_class_protocols("mappingproxy");

/// A read-only view of a class's namespace.
pub struct MappingProxy {
    /// The class whose namespace it shows (None once the local collector
    /// has cleared it, which happens only to garbage).
    class: RefCell<Option<ObjRef>>,
}

impl HostObject for MappingProxy {
    fn host_type(&self) -> &'static HostType {
        &MAPPINGPROXY_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let c = self.class.try_borrow().map_err(|_| Busy)?;
        if let Some(c) = &*c {
            f(c);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut c) = self.class.try_borrow_mut() {
            c.take();
        }
    }
}

/// `cls.__dict__`: a new proxy of the class `cls`.
pub fn new(cls: &ObjRef) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(MappingProxy {
        class: RefCell::new(Some(cls.clone())),
    }))))
}

/// The class, with its methods (the registration in types/registry.rs
/// calls this once, when the builtin types are built).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("mappingproxy", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", getitem),
        ("__len__", len),
        ("__iter__", iter),
        ("__contains__", contains),
        ("__repr__", repr),
        ("__str__", str),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__or__", or),
        ("__ror__", ror),
        ("get", get),
        ("keys", keys),
        ("values", values),
        ("items", items),
        ("copy", copy),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    add_method(&cls, "__new__", proxy_new, NativeKind::StaticMethod);
    set_class_attr(&cls, "__hash__", Value::None);
    cls
}

/// The class behind the proxy `self` of a method.
fn target(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    let found = a
        .pos
        .first()
        .and_then(|v| v.host::<MappingProxy>())
        .and_then(|p| p.class.borrow().clone());
    match found {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'mappingproxy' objects doesn't apply to this object"
        ))),
    }
}

/// A dict object holding a copy of the namespace as it is now.
fn snapshot(cls: &ObjRef) -> Value {
    match cls.payload() {
        Payload::Class(c) => super::seq_ops::dict_value(c.dict.borrow().copy()),
        _ => super::seq_ops::dict_value(crate::object::dict::Dict::new()),
    }
}

/// The mapping a proxy argument stands for (its snapshot), or the value.
fn operand(v: &Value) -> Value {
    match v
        .host::<MappingProxy>()
        .and_then(|p| p.class.borrow().clone())
    {
        Some(c) => snapshot(&c),
        None => v.clone(),
    }
}

/// `ns[key]`, None when absent: a str key is found in place.
fn lookup(vm: &mut Vm, cls: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
    if let (Payload::Class(c), Some(Payload::Str(_))) = (cls.payload(), key.payload())
        && let Some(k) = key.as_obj()
    {
        let d = c.dict.borrow();
        return Ok(super::dict_ops::find_str(&d, k).and_then(|i| d.value_at(i).cloned()));
    }
    let snap = snapshot(cls);
    super::dict_ops::lookup(vm, &snap, key)
}

fn arg<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a Value> {
    match a.pos.get(1) {
        Some(v) if a.pos.len() == 2 && a.kw.is_empty() => Ok(v),
        _ => {
            let n = a.pos.len().saturating_sub(1);
            Err(vm.type_error(format!(
                "mappingproxy.{method}() takes exactly one argument ({n} given)"
            )))
        }
    }
}

fn getitem(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__getitem__")?;
    let key = arg(vm, a, "__getitem__")?;
    match lookup(vm, &cls, key)? {
        Some(v) => Ok(v),
        None => {
            let ke = vm.exc_types.key_error.clone();
            Err(crate::vm::exc::new_exception(vm, &ke, vec![key.clone()]))
        }
    }
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__len__")?;
    let n = match cls.payload() {
        Payload::Class(c) => c.dict.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn iter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__iter__")?;
    vm.iter(&snapshot(&cls))
}

fn contains(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__contains__")?;
    let key = arg(vm, a, "__contains__")?;
    Ok(Value::Bool(lookup(vm, &cls, key)?.is_some()))
}

fn repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__repr__")?;
    let inner = vm.repr(&snapshot(&cls))?;
    Ok(Value::string(format!("mappingproxy({inner})")))
}

fn str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__str__")?;
    let s = vm.str(&snapshot(&cls))?;
    Ok(Value::string(s))
}

fn eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__eq__")?;
    let other = operand(arg(vm, a, "__eq__")?);
    vm.compare(&snapshot(&cls), &other, crate::bytecode::CmpOpKind::Eq)
}

fn ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__ne__")?;
    let other = operand(arg(vm, a, "__ne__")?);
    vm.compare(&snapshot(&cls), &other, crate::bytecode::CmpOpKind::Ne)
}

fn or(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__or__")?;
    let other = operand(arg(vm, a, "__or__")?);
    if !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    vm.binary_op(&snapshot(&cls), &other, crate::bytecode::BinOpKind::Or)
}

fn ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__ror__")?;
    let other = operand(arg(vm, a, "__ror__")?);
    if !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    vm.binary_op(&other, &snapshot(&cls), crate::bytecode::BinOpKind::Or)
}

fn get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "get")?;
    let n = a.pos.len() - 1;
    if n == 0 || n > 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!("get expected at least 1 argument, got {n}")));
    }
    let default = a.pos.get(2).cloned().unwrap_or(Value::None);
    Ok(lookup(vm, &cls, &a.pos[1])?.unwrap_or(default))
}

fn no_args(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    let cls = target(vm, a, method)?;
    if a.pos.len() != 1 || !a.kw.is_empty() {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "mappingproxy.{method}() takes no arguments ({n} given)"
        )));
    }
    Ok(cls)
}

fn view(vm: &mut Vm, a: &Args, method: &str, kind: ViewKind) -> PyResult<Value> {
    let cls = no_args(vm, a, method)?;
    let Value::Obj(d) = snapshot(&cls) else {
        return Err(vm.runtime_error("mappingproxy: no namespace"));
    };
    Ok(Value::Obj(ObjRef::new(Payload::DictView(d, kind))))
}

fn keys(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "keys", ViewKind::Keys)
}

fn values(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "values", ViewKind::Values)
}

fn items(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    view(vm, a, "items", ViewKind::Items)
}

fn copy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = no_args(vm, a, "copy")?;
    Ok(snapshot(&cls))
}

/// `mappingproxy(mapping)` is not offered yet (`types.MappingProxyType`).
fn proxy_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    }
    Err(vm.type_error("cannot create 'mappingproxy' instances"))
}
