//! `mappingproxy`: the read-only, live view of a class's namespace that
//! `cls.__dict__` returns, or of any mapping given to
//! `types.MappingProxyType(mapping)` (Built-in Types,
//! "types.MappingProxyType").
//!
//! This type lives in this one room: the proxy object, its class and
//! methods. The rest of the crate names it where `cls.__dict__` is read
//! (types/special_attrs.rs) and in the registration line of
//! types/registry.rs (`ROOMS`); the `types` module binds the class.
//!
//! Invariants:
//! - A proxy holds one reference, to its class or its mapping (reported by
//!   `trace`, let go of in `clear`); every read goes to that class's
//!   namespace (or the mapping) as it is now, so assignments to the class
//!   show through an older proxy. A mapping's own methods answer for it
//!   (`get`, `keys`, `copy`, ... are called on the mapping, as CPython's).
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

/// What a proxy shows.
#[derive(Clone)]
enum Target {
    /// A class's namespace (`cls.__dict__`).
    Class(ObjRef),
    /// A mapping given to `mappingproxy(mapping)`.
    Mapping(ObjRef),
}

/// A read-only view of a class's namespace or of a mapping.
pub struct MappingProxy {
    /// What it shows (None once the local collector has cleared it, which
    /// happens only to garbage).
    target: RefCell<Option<Target>>,
}

impl HostObject for MappingProxy {
    fn host_type(&self) -> &'static HostType {
        &MAPPINGPROXY_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let c = self.target.try_borrow().map_err(|_| Busy)?;
        if let Some(Target::Class(c) | Target::Mapping(c)) = &*c {
            f(c);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut c) = self.target.try_borrow_mut() {
            c.take();
        }
    }
}

/// `cls.__dict__`: a new proxy of the class `cls`.
pub fn new(cls: &ObjRef) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(MappingProxy {
        target: RefCell::new(Some(Target::Class(cls.clone()))),
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

/// What the proxy `self` of a method shows.
fn target(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Target> {
    let found = a
        .pos
        .first()
        .and_then(|v| v.host::<MappingProxy>())
        .and_then(|p| p.target.borrow().clone());
    match found {
        Some(c) => Ok(c),
        None => Err(vm.type_error(format!(
            "descriptor '{method}' for 'mappingproxy' objects doesn't apply to this object"
        ))),
    }
}

/// A dict object holding a copy of the namespace as it is now.
fn class_snapshot(cls: &ObjRef) -> Value {
    match cls.payload() {
        Payload::Class(c) => super::seq_ops::dict_value(c.dict.borrow().copy()),
        _ => super::seq_ops::dict_value(crate::object::dict::Dict::new()),
    }
}

/// The mapping a proxy shows: a snapshot of a class's namespace, or the
/// mapping itself.
fn snapshot(t: &Target) -> Value {
    match t {
        Target::Class(c) => class_snapshot(c),
        Target::Mapping(m) => Value::Obj(m.clone()),
    }
}

/// The mapping a proxy argument stands for, or the value.
fn operand(v: &Value) -> Value {
    match v
        .host::<MappingProxy>()
        .and_then(|p| p.target.borrow().clone())
    {
        Some(t) => snapshot(&t),
        None => v.clone(),
    }
}

/// `mapping.method(*args)` for a proxy of a mapping.
fn call_on(vm: &mut Vm, m: &ObjRef, method: &str, args: &[Value]) -> PyResult<Value> {
    let name = vm.intern(method);
    let f = vm.getattr(&Value::Obj(m.clone()), &name)?;
    vm.call(&f, args)
}

/// `ns[key]`, None when absent: a str key is found in place.
fn lookup(vm: &mut Vm, t: &Target, key: &Value) -> PyResult<Option<Value>> {
    let cls = match t {
        Target::Class(c) => c,
        Target::Mapping(m) => {
            let m = Value::Obj(m.clone());
            if !vm.contains(&m, key)? {
                return Ok(None);
            }
            return vm.getitem(&m, key).map(Some);
        }
    };
    if let (Payload::Class(c), Some(Payload::Str(_))) = (cls.payload(), key.payload())
        && let Some(k) = key.as_obj()
    {
        let d = c.dict.borrow();
        return Ok(super::dict_ops::find_str(&d, k).and_then(|i| d.value_at(i).cloned()));
    }
    let snap = class_snapshot(cls);
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
    let t = target(vm, a, "__getitem__")?;
    let key = arg(vm, a, "__getitem__")?;
    if let Target::Mapping(m) = &t {
        return vm.getitem(&Value::Obj(m.clone()), key);
    }
    match lookup(vm, &t, key)? {
        Some(v) => Ok(v),
        None => {
            let ke = vm.exc_types.key_error.clone();
            Err(crate::vm::exc::new_exception(vm, &ke, vec![key.clone()]))
        }
    }
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = match target(vm, a, "__len__")? {
        Target::Class(c) => c,
        Target::Mapping(m) => return Ok(Value::Int(vm.len(&Value::Obj(m))?)),
    };
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
    let t = target(vm, a, "__contains__")?;
    let key = arg(vm, a, "__contains__")?;
    if let Target::Mapping(m) = &t {
        return Ok(Value::Bool(vm.contains(&Value::Obj(m.clone()), key)?));
    }
    Ok(Value::Bool(lookup(vm, &t, key)?.is_some()))
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
    if matches!(cls, Target::Class(_)) && !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    vm.binary_op(&snapshot(&cls), &other, crate::bytecode::BinOpKind::Or)
}

fn ror(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = target(vm, a, "__ror__")?;
    let other = operand(arg(vm, a, "__ror__")?);
    if matches!(cls, Target::Class(_)) && !matches!(other.payload(), Some(Payload::Dict(_))) {
        return Ok(vm.not_implemented());
    }
    vm.binary_op(&other, &snapshot(&cls), crate::bytecode::BinOpKind::Or)
}

fn get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let t = target(vm, a, "get")?;
    let n = a.pos.len() - 1;
    if n == 0 || n > 2 || !a.kw.is_empty() {
        return Err(vm.type_error(format!("get expected at least 1 argument, got {n}")));
    }
    let default = a.pos.get(2).cloned().unwrap_or(Value::None);
    if let Target::Mapping(m) = &t {
        return call_on(vm, m, "get", &[a.pos[1].clone(), default]);
    }
    Ok(lookup(vm, &t, &a.pos[1])?.unwrap_or(default))
}

fn no_args(vm: &mut Vm, a: &Args, method: &str) -> PyResult<Target> {
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
    let cls = match no_args(vm, a, method)? {
        Target::Class(c) => c,
        Target::Mapping(m) => return call_on(vm, &m, method, &[]),
    };
    let Value::Obj(d) = class_snapshot(&cls) else {
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
    match no_args(vm, a, "copy")? {
        Target::Class(c) => Ok(class_snapshot(&c)),
        Target::Mapping(m) => call_on(vm, &m, "copy", &[]),
    }
}

/// `mappingproxy(mapping)` (`types.MappingProxyType`): a read-only view of
/// any object with `__getitem__` but a list or a tuple, as CPython's.
fn proxy_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // Argument Clinic's order: the count first, then the one parameter.
    let given = a.pos.len().saturating_sub(1) + a.kw.len();
    if given > 1 {
        return Err(vm.type_error(format!(
            "mappingproxy() takes at most 1 argument ({given} given)"
        )));
    }
    let mapping = a.pos.get(1).cloned().or_else(|| {
        a.kw.iter()
            .find(|(k, _)| crate::vm::eval::name_text(k) == "mapping")
            .map(|(_, v)| v.clone())
    });
    let Some(mapping) = mapping else {
        return Err(vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)"));
    };
    let list = vm.types.list.clone();
    let tuple = vm.types.tuple.clone();
    let mapping_like = vm.lookup_special_str(&mapping, "__getitem__").is_some()
        && !vm.is_instance(&mapping, &list)
        && !vm.is_instance(&mapping, &tuple);
    let m = match (&mapping, mapping_like) {
        (Value::Obj(m), true) => m.clone(),
        _ => {
            let tn = vm.type_name(&mapping);
            return Err(vm.type_error(format!(
                "mappingproxy() argument must be a mapping, not {tn}"
            )));
        }
    };
    if let Some(p) = mapping.host::<MappingProxy>() {
        // A proxy of a proxy shows what the inner one shows.
        if let Some(t) = p.target.borrow().clone() {
            return Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
                MappingProxy {
                    target: RefCell::new(Some(t)),
                },
            )))));
        }
    }
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        MappingProxy {
            target: RefCell::new(Some(Target::Mapping(m))),
        },
    )))))
}
