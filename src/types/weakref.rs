//! `weakref.ref` (`weakref.ReferenceType`) and the native base of the
//! proxy types: their Python-facing methods, written from the `weakref`
//! documentation and checked against CPython 3.11 by
//! tests/python/weakref__*.py. The state and the weak table are the object
//! model's (object/weakref.rs); `_weakref` (modules/weakref_native.rs)
//! exposes the classes.
//!
//! - `ref(x)` without a callback gives back the existing plain reference to
//!   `x` when there is one, as CPython does; a subclass (`class R(ref)`)
//!   carries its state as the instance's base value.
//! - Which objects can be referred to follows CPython: instances of Python
//!   classes (unless `__slots__` leave out `__weakref__`, or the class
//!   derives from int, tuple or bytes), functions, classes, sets,
//!   frozensets, methods, generators, code objects, modules, builtin
//!   functions and a few container types; not int, str, tuple, list, dict,
//!   None, nor the weak references themselves.
//! - `hash(r)` is the referent's hash, computed once while it lives; `==`
//!   compares the referents while both live, identity otherwise.

use crate::object::host::Host;
use crate::object::weakref::{PROXY_BASE_TYPE, REF_TYPE, WeakRef, register, state_of};
use crate::object::{Args, BuiltinType, NativeKind, ObjRef, Payload, PyResult, Value, class_of};
use crate::types::registry::{add_method, builtin_class, set_class_attr};
use crate::vm::Vm;

/// The weak-reference state behind `v` (a ref, a proxy base, or an
/// instance of a subclass of either).
pub fn state(v: &Value) -> Option<&WeakRef> {
    match v {
        Value::Obj(o) => state_of(o.obj()),
        _ => None,
    }
}

/// CPython's `tp_name` of `v`'s type: a host type's full name
/// (`weakref.ReferenceType`), otherwise the class name.
fn tp_name(vm: &Vm, v: &Value) -> String {
    match v.payload() {
        Some(Payload::Host(h)) => h.get().type_name().to_string(),
        _ => vm.type_name(v),
    }
}

/// Whether `v` can be the referent of a weak reference (see the module
/// doc).
pub fn weakrefable(vm: &mut Vm, v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return false;
    };
    match o.payload() {
        Payload::Set(_)
        | Payload::FrozenSet(_)
        | Payload::Function(_)
        | Payload::Class(_)
        | Payload::BoundMethod(_)
        | Payload::Generator(_)
        | Payload::Code(_)
        | Payload::Module(_)
        | Payload::Native(_) => true,
        Payload::Instance(i) => {
            let cls = i.class.clone();
            let Some(c) = class_of(&cls) else {
                return false;
            };
            // An instance of a builtin class itself (`object()`,
            // `Exception()`: the interpreter's static classes) has no
            // weak-reference slot.
            if c.builtin.is_some() || cls.is_static() {
                return false;
            }
            if matches!(
                c.base_kind,
                BuiltinType::Int | BuiltinType::Tuple | BuiltinType::Bytes | BuiltinType::Bool
            ) {
                return false;
            }
            vm.slots_allow_weakref(&cls)
        }
        Payload::Host(h) => h.get().weakrefable(),
        _ => false,
    }
}

/// Make a weak reference of class `cls` (ref or a subclass, or a proxy
/// class over the proxy base) to `ob`.
pub fn make(
    vm: &mut Vm,
    cls: &ObjRef,
    ob: &Value,
    callback: Value,
    proxy: bool,
) -> PyResult<Value> {
    if !weakrefable(vm, ob) {
        let tn = tp_name(vm, ob);
        return Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")));
    }
    let Value::Obj(target) = ob else {
        unreachable!("weakrefable accepts heap objects only")
    };
    let plain = vm
        .types
        .host_class(if proxy { &PROXY_BASE_TYPE } else { &REF_TYPE });
    let reusable = callback.is_none() && (proxy || cls.is(&plain));
    if reusable && let Some(w) = crate::object::weakref::basic_to(target, proxy) {
        return Ok(Value::Obj(w));
    }
    let base = Value::Obj(ObjRef::new(Payload::Host(Host::local(WeakRef::new(
        target, callback, proxy,
    )))));
    let outer = if cls.is(&plain) {
        match base {
            Value::Obj(o) => o,
            _ => unreachable!(),
        }
    } else {
        vm.new_instance_with_base(cls, base)
    };
    register(&outer);
    Ok(Value::Obj(outer))
}

/// `ref.__new__(cls, ob, callback=None)` (also a subclass's).
fn ref_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mine = vm.types.host_class(&REF_TYPE);
    let cls = class_arg(vm, a, &mine, "weakref.ReferenceType")?;
    let (ob, cb) = ob_and_callback(vm, &a.pos[1..], "__new__")?;
    make(vm, &cls, &ob, cb, false)
}

/// The class argument of `__new__`, checked to derive from `mine`.
pub fn class_arg(vm: &mut Vm, a: &Args, mine: &ObjRef, tname: &str) -> PyResult<ObjRef> {
    let cls = match a.pos.first() {
        Some(Value::Obj(c)) if matches!(c.payload(), Payload::Class(_)) => c.clone(),
        _ => {
            return Err(vm.type_error(format!("{tname}.__new__(X): X is not a type object")));
        }
    };
    if !vm.is_subclass(&cls, mine) {
        let n = vm.class_name(&cls);
        return Err(vm.type_error(format!(
            "{tname}.__new__({n}): {n} is not a subtype of {tname}"
        )));
    }
    Ok(cls)
}

/// One or two positional arguments, the object and the callback (keyword
/// arguments are ignored, as CPython's `ref` does, so that a subclass's
/// `__init__` may take its own).
pub fn ob_and_callback(vm: &mut Vm, pos: &[Value], what: &str) -> PyResult<(Value, Value)> {
    match pos {
        [] => Err(vm.type_error(format!("{what} expected at least 1 argument, got 0"))),
        [ob] => Ok((ob.clone(), Value::None)),
        [ob, cb] => Ok((ob.clone(), cb.clone())),
        _ => Err(vm.type_error(format!(
            "{what} expected at most 2 arguments, got {}",
            pos.len()
        ))),
    }
}

/// `ref.__init__(self, ob, callback=None)`: checks the arguments only.
fn ref_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let _ = this(vm, a, "__init__")?;
    ob_and_callback(vm, &a.pos[1..], "__init__")?;
    Ok(Value::None)
}

fn this<'a>(vm: &mut Vm, a: &'a Args, method: &str) -> PyResult<&'a WeakRef> {
    match a.pos.first().and_then(state) {
        Some(s) if !s.is_proxy() => Ok(s),
        _ => Err(super::tuple::bad_self(
            vm,
            a,
            "weakref.ReferenceType",
            method,
        )),
    }
}

/// `r()`: the referent, or None once it died.
fn ref_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__call__")?;
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let n = a.pos.len() - 1 + a.kw.len();
        return Err(vm.type_error(format!("weakref() takes no arguments ({n} given)")));
    }
    Ok(s.get().map_or(Value::None, Value::Obj))
}

/// `hash(r)`: the referent's, kept once computed.
fn ref_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__hash__")?;
    if let Some(h) = s.cached_hash() {
        return Ok(Value::Int(h));
    }
    let Some(o) = s.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(o))?;
    s.set_hash(h);
    Ok(Value::Int(h))
}

/// `r == other` (`ne` negates): the referents while both live, identity
/// otherwise; NotImplemented for anything but a ref.
fn compare(vm: &mut Vm, a: &Args, ne: bool) -> PyResult<Value> {
    let _ = this(vm, a, if ne { "__ne__" } else { "__eq__" })?;
    let (Some(me), Some(other)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    let Some(os) = state(other).filter(|s| !s.is_proxy()) else {
        return Ok(vm.not_implemented());
    };
    let ms = state(me).expect("checked by this()");
    match (ms.get(), os.get()) {
        (Some(x), Some(y)) => {
            let (x, y) = (Value::Obj(x), Value::Obj(y));
            let op = if ne {
                crate::bytecode::CmpOpKind::Ne
            } else {
                crate::bytecode::CmpOpKind::Eq
            };
            vm.compare(&x, &y, op)
        }
        _ => {
            let same = matches!((me, other), (Value::Obj(x), Value::Obj(y)) if x.is(y));
            Ok(Value::Bool(same != ne))
        }
    }
}

fn ref_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, false)
}

fn ref_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare(vm, a, true)
}

/// `repr(r)`: `<weakref at 0x...; to 'C' at 0x...>` (with the referent's
/// `__name__` in parentheses when it has a str one), or `<weakref at
/// 0x...; dead>`.
fn ref_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let _ = this(vm, a, "__repr__")?;
    let me = a.pos[0].clone();
    let text = describe(vm, &me, "weakref")?;
    Ok(Value::string(text))
}

/// The repr of a weak reference (`kind` "weakref") or a proxy ("weakproxy",
/// CPython's shorter form: `<weakproxy at 0x...to C at 0x...>`, and a dead
/// one shows None, as CPython's does).
pub fn describe(vm: &mut Vm, me: &Value, kind: &str) -> PyResult<String> {
    let addr = me.as_obj().map_or(0, ObjRef::addr);
    let target = state(me).and_then(WeakRef::get);
    if kind != "weakref" {
        let (tn, at) = match &target {
            Some(t) => (tp_name(vm, &Value::Obj(t.clone())), t.addr()),
            // id(None), as builtins.id gives it.
            None => ("NoneType".to_string(), 0x10),
        };
        return Ok(format!("<{kind} at {addr:#x} to {tn} at {at:#x}>"));
    }
    let Some(target) = target else {
        return Ok(format!("<{kind} at {addr:#x}; dead>"));
    };
    let tv = Value::Obj(target.clone());
    let tn = tp_name(vm, &tv);
    let key = vm.intern("__name__");
    let name = match vm.getattr_opt(&tv, &key) {
        Ok(Some(n)) => n.as_str().map(str::to_string),
        Ok(None) => None,
        Err(e) => return Err(e),
    };
    Ok(match name {
        Some(n) => format!(
            "<{kind} at {addr:#x}; to '{tn}' at {:#x} ({n})>",
            target.addr()
        ),
        None => format!("<{kind} at {addr:#x}; to '{tn}' at {:#x}>", target.addr()),
    })
}

/// `r.__callback__`.
fn callback_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a, "__callback__")?;
    Ok(s.callback())
}

/// The class `weakref.ReferenceType` (registered in types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("ReferenceType", object);
    type M = (&'static str, crate::vm::NativeFn);
    let methods: &[M] = &[
        ("__init__", ref_init),
        ("__call__", ref_call),
        ("__hash__", ref_hash),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__repr__", ref_repr),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    add_method(&cls, "__new__", ref_new, NativeKind::StaticMethod);
    add_method(
        &cls,
        "__class_getitem__",
        super::slot_methods::class_getitem,
        NativeKind::ClassMethod,
    );
    set_class_attr(&cls, "__module__", Value::string("weakref".into()));
    super::registry::add_property(&cls, "__callback__", callback_get);
    cls
}

// ------------------------------------------------------------ proxies

/// `_ProxyBase.__new__(cls, ob, callback=None)`: the state of a proxy;
/// `weakref.ProxyType` and `CallableProxyType` are Python subclasses
/// (src/stdlib/weakref.py) whose methods reach the referent through
/// `_weakref._deref`.
fn proxy_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mine = vm.types.host_class(&PROXY_BASE_TYPE);
    let cls = class_arg(vm, a, &mine, "weakref.ProxyType")?;
    let (ob, cb) = ob_and_callback(vm, &a.pos[1..], "__new__")?;
    make(vm, &cls, &ob, cb, true)
}

fn proxy_init(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// The native base of the proxy types.
pub fn proxy_class(object: &ObjRef) -> ObjRef {
    let cls = builtin_class("_ProxyBase", object);
    add_method(&cls, "__new__", proxy_new, NativeKind::StaticMethod);
    add_method(&cls, "__init__", proxy_init, NativeKind::Method);
    set_class_attr(&cls, "__module__", Value::string("_weakref".into()));
    cls
}
