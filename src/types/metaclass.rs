//! `type` as a metaclass (language reference, "Customizing class
//! creation"): `type.__new__`, `__init__`, `__call__`, `__prepare__`,
//! `__instancecheck__`, `__subclasscheck__` and `__setattr__`, the choice
//! of the most derived metaclass, and [`make_class`], the one place where
//! a class statement, `type(name, bases, ns)` and a metaclass's
//! `super().__new__(mcs, name, bases, ns, **kw)` all make a class.
//!
//! Invariants:
//! - A class records its metaclass only when it is not `type`
//!   (`Class::metaclass`); the metaclass is fixed once the class is made,
//!   is kept by frozen copies, and is what `type(cls)` returns.
//! - A class made here carries the authority of the code that made it: the
//!   class body's for a class statement with no metaclass of its own, and
//!   otherwise the code running `type.__new__` (a metaclass of another
//!   sandbox runs with at most that sandbox's authority, so what it makes
//!   carries at most that too).

use crate::object::cell::PyCell;
use crate::object::{Args, Authority, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::eval::{dict_ref, name_text};

use super::registry::add_method;

/// Install `type`'s metaclass methods.
pub fn register(vm: &mut Vm) {
    let ty = vm.types.type_.clone();
    add_method(&ty, "__new__", type_new, NativeKind::StaticMethod);
    add_method(&ty, "__init__", type_init, NativeKind::Method);
    add_method(&ty, "__call__", type_call, NativeKind::Method);
    add_method(&ty, "__setattr__", type_setattr, NativeKind::Method);
    add_method(&ty, "__delattr__", type_delattr, NativeKind::Method);
    add_method(&ty, "__prepare__", type_prepare, NativeKind::ClassMethod);
    add_method(
        &ty,
        "__instancecheck__",
        type_instancecheck,
        NativeKind::Method,
    );
    add_method(
        &ty,
        "__subclasscheck__",
        type_subclasscheck,
        NativeKind::Method,
    );
}

fn is_class(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Class(_)))
}

/// The class `self` of a `type` slot (`__init__`, `__call__`,
/// `__setattr__`), with CPython's errors.
fn type_self(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error(format!(
            "descriptor '{method}' of 'type' object needs an argument"
        )));
    };
    match v {
        Value::Obj(o) if is_class(v) => Ok(o.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{method}' requires a 'type' object but received a '{tn}'"
            )))
        }
    }
}

/// The class `self` of a `type` method (`__instancecheck__`,
/// `__subclasscheck__`), with CPython's errors.
fn method_self(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    let Some(v) = a.pos.first() else {
        return Err(vm.type_error(format!("unbound method type.{method}() needs an argument")));
    };
    match v {
        Value::Obj(o) if is_class(v) => Ok(o.clone()),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!(
                "descriptor '{method}' for 'type' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// The most derived of `meta` and the metaclasses of `bases`, or CPython's
/// metaclass conflict.
pub fn most_derived_meta(vm: &mut Vm, meta: &ObjRef, bases: &[Value]) -> PyResult<ObjRef> {
    let mut winner = meta.clone();
    for b in bases {
        // A long tuple of bases is work that grows with its input.
        vm.work(64)?;
        let t = vm.type_of(b);
        if vm.is_subclass(&winner, &t) {
            continue;
        }
        if vm.is_subclass(&t, &winner) {
            winner = t;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a \
             (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// The dict inside `v` when it is a dict or an instance of a dict subclass.
fn dict_of(v: &Value) -> Option<&PyCell<crate::object::dict::Dict>> {
    let o = match v.instance_base() {
        Some(b) => b,
        None => v,
    };
    match o.payload() {
        Some(Payload::Dict(d)) => Some(d),
        _ => None,
    }
}

/// The items of `v` when it is a tuple or an instance of a tuple subclass.
fn tuple_of(v: &Value) -> Option<&[Value]> {
    let o = match v.instance_base() {
        Some(b) => b,
        None => v,
    };
    match o.payload() {
        Some(Payload::Tuple(t)) => Some(t),
        _ => None,
    }
}

/// `type.__new__(mcs, name, bases, ns, **kw)`.
fn type_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(mcs_v) = a.pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let Some(mcs) = mcs_v.as_obj().filter(|_| is_class(mcs_v)).cloned() else {
        let tn = vm.type_name(mcs_v);
        return Err(vm.type_error(format!("type.__new__(X): X is not a type object ({tn})")));
    };
    let ty = vm.types.type_.clone();
    if !vm.is_subclass(&mcs, &ty) {
        let n = vm.class_name(&mcs);
        return Err(vm.type_error(format!("type.__new__({n}): {n} is not a subtype of type")));
    }
    let given = a.pos.len() - 1;
    if given != 3 {
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({given} given)"
        )));
    }
    let (name, bases, ns) = (&a.pos[1], &a.pos[2], &a.pos[3]);
    let name = match name.payload() {
        Some(Payload::Str(_)) => name.as_obj().cloned(),
        _ => None,
    };
    let Some(name) = name else {
        let tn = vm.type_name(&a.pos[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let Some(bases) = tuple_of(bases).map(<[Value]>::to_vec) else {
        let tn = vm.type_name(bases);
        return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
    };
    let Some(d) = dict_of(ns) else {
        let tn = vm.type_name(ns);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    };
    let entries = vm.intern_static("__mro_entries__");
    for b in &bases {
        vm.work(64)?;
        if !is_class(b) && vm.getattr_opt(b, &entries)?.is_some() {
            return Err(
                vm.type_error("type() doesn't support MRO entry resolution; use types.new_class()")
            );
        }
    }
    // A base's metaclass more derived than `mcs` with a `__new__` of its
    // own makes the class (`type("X", (A,), {})` with `A` of metaclass M).
    let winner = most_derived_meta(vm, &mcs, &bases)?;
    if !winner.is(&mcs) {
        let key = vm.intern_static("__new__");
        let own = vm.class_lookup(&ty, &key);
        if let Some(f) = vm.class_lookup(&winner, &key)
            && !own.is_some_and(|o| o.is(&f))
        {
            let f = match f.payload() {
                Some(Payload::StaticMethod(inner)) => inner.clone(),
                _ => f,
            };
            let mut args = vec![Value::Obj(winner.clone())];
            args.extend(a.pos[1..].iter().cloned());
            return vm.nested(" while calling a Python object", |vm| {
                vm.call_kw(&f, &args, a.kw)
            });
        }
    }
    let dict = match d.try_borrow() {
        Ok(d) => d.copy(),
        Err(_) => return Err(vm.runtime_error("dictionary changed during type.__new__()")),
    };
    make_class(vm, &mcs, name, &bases, dict, a.kw, None)
}

/// Make a class of metaclass `mcs` (or the most derived metaclass of it and
/// the bases' metaclasses) from a namespace the caller owns: `type.__new__`'s
/// work. `authority` None: the authority of the running code.
pub fn make_class(
    vm: &mut Vm,
    mcs: &ObjRef,
    name: ObjRef,
    given_bases: &[Value],
    dict: crate::object::dict::Dict,
    kw: &[(ObjRef, Value)],
    authority: Option<Authority>,
) -> PyResult<Value> {
    let winner = most_derived_meta(vm, mcs, given_bases)?;
    let bases = crate::builtins::classes::class_bases(vm, given_bases)?;
    let ns = ObjRef::new(Payload::Dict(PyCell::new(dict)));
    crate::builtins::classes::fix_namespace(vm, &ns)?;
    let qual_key = vm.intern_static("__qualname__");
    let qualname = match vm.dict_get_str(&ns, &qual_key)? {
        Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => o,
        Some(other) => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("type __qualname__ must be a str, not {tn}")));
        }
        None => name.clone(),
    };
    vm.dict_del_str(&ns, &qual_key)?;
    let cell_key = vm.intern_static("__classcell__");
    let cell = vm.dict_get_str(&ns, &cell_key)?;
    if let Some(c) = &cell {
        if !matches!(c.payload(), Some(Payload::Cell(_))) {
            let t = vm.type_of(c);
            let r = vm.repr(&Value::Obj(t))?;
            return Err(vm.type_error(format!("__classcell__ must be a nonlocal cell, not {r}")));
        }
        vm.dict_del_str(&ns, &cell_key)?;
    }
    let authority = match authority {
        Some(a) => a,
        None => {
            let running = vm.current_authority();
            vm.authority_for_new_code(running)
        }
    };
    let doc_key = vm.intern_static("__doc__");
    if vm.dict_get_str(&ns, &doc_key)?.is_none() {
        vm.dict_set_str(&ns, &doc_key, Value::None)?;
    }
    let meta = (!winner.is(&vm.types.type_)).then_some(winner);
    let contents = std::mem::take(&mut *dict_ref(&ns).borrow_mut());
    let cls = super::class::new_class_with_meta(
        name.clone(),
        qualname,
        bases,
        contents,
        None,
        authority,
        meta,
    )
    .map_err(|e| vm.type_error(e))?;
    vm.type_epoch += 1;
    if let Some(Value::Obj(c)) = cell
        && let Payload::Cell(slot) = c.payload()
    {
        match slot.try_borrow_mut() {
            Ok(mut s) => *s = Value::Obj(cls.clone()),
            Err(_) => return Err(vm.type_error("cannot modify frozen closure cell '__class__'")),
        }
    }
    crate::builtins::classes::set_names(vm, &cls)?;
    let n = name_text(&name);
    crate::builtins::classes::init_subclass(vm, &cls, &n, kw)?;
    Ok(Value::Obj(cls))
}

/// `type.__init__(cls, name, bases, ns, **kw)` (or one argument): the
/// class is already made by `__new__`; only the arguments are checked.
fn type_init(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    type_self(vm, a, "__init__")?;
    let n = a.pos.len() - 1;
    if n == 1 && !a.kw.is_empty() {
        return Err(vm.type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::None)
}

/// `type.__call__(cls, *args, **kw)`: `cls.__new__` then `__init__`,
/// whatever the metaclass of `cls` says about calling it.
fn type_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = type_self(vm, a, "__call__")?;
    vm.type_call(&cls, &a.pos[1..], a.kw)
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    type_self(vm, a, "__setattr__")?;
    let (Some(obj), Some(name), Some(v)) = (a.pos.first(), a.pos.get(1), a.pos.get(2)) else {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 2 arguments, got {n}")));
    };
    let n = super::object::attr_name(vm, name)?;
    vm.type_setattr(obj, &n, v.clone())?;
    Ok(Value::None)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    type_self(vm, a, "__delattr__")?;
    let (Some(obj), Some(name), 2) = (a.pos.first(), a.pos.get(1), a.pos.len()) else {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!("expected 1 argument, got {n}")));
    };
    let n = super::object::attr_name(vm, name)?;
    vm.type_delattr(obj, &n)?;
    Ok(Value::None)
}

/// `type.__prepare__(name, bases, **kw)`: a new empty dict.
fn type_prepare(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(vm.new_dict())
}

/// `type.__instancecheck__(cls, obj)`.
fn type_instancecheck(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = method_self(vm, a, "__instancecheck__")?;
    if a.pos.len() != 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "type.__instancecheck__() takes exactly one argument ({n} given)"
        )));
    }
    Ok(Value::Bool(vm.is_instance(&a.pos[1], &cls)))
}

/// `type.__subclasscheck__(cls, sub)`.
fn type_subclasscheck(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let cls = method_self(vm, a, "__subclasscheck__")?;
    if a.pos.len() != 2 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!(
            "type.__subclasscheck__() takes exactly one argument ({n} given)"
        )));
    }
    let Some(sub) = a.pos[1].as_obj().filter(|_| is_class(&a.pos[1])).cloned() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::Bool(vm.is_subclass(&sub, &cls)))
}
