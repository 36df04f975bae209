//! `object` and `type`: the root of every class and the default behaviour
//! (identity equality and hash, default repr, attribute setting).

use crate::object::{Args, BuiltinType, NativeKind, Payload, PyResult, Value};
use crate::vm::Vm;

use super::registry::{add_method, set_class_attr};

fn self_arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    a.pos.first().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{name}' of 'object' object needs an argument"
        ))
    })
}

pub(crate) fn object_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = a.pos.first() else {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    };
    if !matches!(cls.payload(), Payload::Class(_)) {
        return Err(vm.type_error("object.__new__(X): X is not a type object"));
    }
    let cls = cls.clone();
    // A builtin type, or a class extending one (`class X(int)`): its
    // instances need the builtin's own `__new__` to carry their value.
    if let Payload::Class(c) = cls.payload()
        && ((c.builtin.is_some() && !cls.is(&vm.types.object))
            || c.base_kind != BuiltinType::Object)
    {
        let n = vm.class_name(&cls);
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    check_not_abstract(vm, &cls)?;
    Ok(Value::Obj(vm.new_instance(&cls)))
}

/// TypeError when `cls` is abstract (`__abstractmethods__` was set to a
/// true value on it, as `abc.ABCMeta` does): CPython's `object_new` check.
#[inline]
pub(crate) fn check_not_abstract(vm: &mut Vm, cls: &crate::object::ObjRef) -> PyResult<()> {
    match cls.payload() {
        Payload::Class(c) if c.is_abstract.get() => Err(abstract_error(vm, cls)),
        _ => Ok(()),
    }
}

#[cold]
#[inline(never)]
fn abstract_error(vm: &mut Vm, cls: &crate::object::ObjRef) -> crate::object::Exc {
    let name = vm.class_name(cls);
    let key = vm.intern("__abstractmethods__");
    let found = match cls.payload() {
        Payload::Class(c) => {
            let d = c.dict.borrow();
            super::dict_ops::find_str(&d, &key).and_then(|i| d.value_at(i).cloned())
        }
        _ => None,
    };
    let mut names: Vec<String> = found
        .and_then(|v| vm.collect(&v).ok())
        .unwrap_or_default()
        .iter()
        .map(|n| n.as_str().map_or_else(|| String::from("?"), str::to_string))
        .collect();
    names.sort();
    let s = if names.len() == 1 { "" } else { "s" };
    vm.type_error(format!(
        "Can't instantiate abstract class {name} with abstract method{s} {}",
        names.join(", ")
    ))
}

pub(crate) fn object_init(_vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// An attribute name argument (`getattr`, `setattr`, `type.__setattr__`,
/// ...) as an interned str, or CPython's TypeError for anything else.
pub(crate) fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<crate::object::ObjRef> {
    match v.as_str() {
        Some(s) => {
            let s = s.to_string();
            Ok(vm.intern(&s))
        }
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

pub(crate) fn object_setattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(obj), Some(Value::Obj(name)), Some(v)) = (a.pos.first(), a.pos.get(1), a.pos.get(2))
    else {
        return Err(vm.type_error("__setattr__ expected 2 arguments"));
    };
    if !matches!(name.payload(), Payload::Str(_)) {
        return Err(vm.type_error("attribute name must be string"));
    }
    let n = vm.intern(&crate::vm::eval::name_text(name));
    vm.object_setattr(obj, &n, v.clone())?;
    Ok(Value::None)
}

pub(crate) fn object_delattr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(obj), Some(Value::Obj(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("__delattr__ expected 1 argument"));
    };
    let n = vm.intern(&crate::vm::eval::name_text(name));
    vm.object_delattr(obj, &n)?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(obj), Some(Value::Obj(name))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("__getattribute__ expected 1 argument"));
    };
    let n = vm.intern(&crate::vm::eval::name_text(name));
    match vm.getattr_opt(obj, &n)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(obj, &n)),
    }
}

fn object_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__repr__")?.clone();
    Ok(Value::string(super::repr::default_repr(vm, &obj)))
}

fn object_str(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__str__")?.clone();
    let s = vm.repr(&obj)?;
    Ok(Value::string(s))
}

fn object_eq(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    Ok(if x.is(y) {
        Value::Bool(true)
    } else {
        vm.not_implemented()
    })
}

fn object_ne(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("expected 1 argument"));
    };
    if let Some(f) = vm.lookup_special_str(x, "__eq__") {
        let r = vm.call(&f, &[x.clone(), y.clone()])?;
        if vm.is_not_implemented(&r) {
            return Ok(r);
        }
        return Ok(Value::Bool(!vm.truthy(&r)?));
    }
    Ok(vm.not_implemented())
}

/// `object.__hash__`: identity.
pub fn object_hash(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__hash__")?;
    Ok(Value::Int(match obj {
        Value::Obj(o) => (o.addr() >> 4) as i64,
        _ => 0,
    }))
}

fn object_init_subclass(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() || a.pos.len() > 1 {
        let n = match a.pos.first() {
            Some(Value::Obj(c)) => vm.class_name(c),
            _ => "object".to_string(),
        };
        let what = if a.kw.is_empty() {
            format!(
                "{n}.__init_subclass__() takes no arguments ({} given)",
                a.pos.len() - 1
            )
        } else {
            format!("{n}.__init_subclass__() takes no keyword arguments")
        };
        return Err(vm.type_error(what));
    }
    Ok(Value::None)
}

/// `object.__subclasshook__(subclass)`: NotImplemented (the default the
/// `abc` machinery asks before its registry).
fn object_subclasshook(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

/// Call the helper `name` of the `copyreg` module (src/stdlib/copyreg.py)
/// on `args`: `object`'s pickling protocol is written there in Python, as
/// CPython keeps its protocol-0/1 half in copyreg.
fn copyreg_call(vm: &mut Vm, name: &str, args: &[Value]) -> PyResult<Value> {
    let m = vm.import_module("copyreg")?;
    let f = vm.getattr_str(&m, name)?;
    vm.call(&f, args)
}

/// `object.__getstate__()`: the instance's `__dict__` (None when empty),
/// paired with its slot values when it has some.
fn object_getstate(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__getstate__")?.clone();
    crate::builtins::positional(vm, "__getstate__", a, 1, 1)?;
    copyreg_call(vm, "_object_getstate", &[obj])
}

/// `object.__reduce_ex__(protocol)`: the class's own `__reduce__` when it
/// has one, else the default reduction of copyreg (`__newobj__` for
/// protocol 2 and above).
fn object_reduce_ex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__reduce_ex__")?.clone();
    let Some(proto) = a
        .pos
        .get(1)
        .cloned()
        .filter(|_| a.pos.len() == 2 && a.kw.is_empty())
    else {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "object.__reduce_ex__() takes exactly one argument ({n} given)"
        )));
    };
    let p = vm.index_value(&proto)?;
    copyreg_call(vm, "_object_reduce_ex", &[obj, Value::Int(p)])
}

/// `object.__reduce__()`: the protocol-0 reduction.
fn object_reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let obj = self_arg(vm, a, "__reduce__")?.clone();
    crate::builtins::positional(vm, "__reduce__", a, 1, 1)?;
    copyreg_call(vm, "_reduce_ex", &[obj, Value::Int(0)])
}

fn type_mro(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(c)) = a.pos.first() else {
        return Err(vm.type_error("mro() needs a type"));
    };
    let mut v = vec![Value::Obj(c.clone())];
    if let Payload::Class(cl) = c.payload() {
        v.extend(cl.mro.iter().map(|m| Value::Obj(m.clone())));
    }
    Ok(Value::list(v))
}

/// Install `object` and `type`.
pub fn register(vm: &mut Vm) {
    let obj = vm.types.object.clone();
    set_class_attr(&obj, "__new__", Value::Obj(vm.types.object_new.clone()));
    set_class_attr(&obj, "__init__", Value::Obj(vm.types.object_init.clone()));
    set_class_attr(
        &obj,
        "__setattr__",
        Value::Obj(vm.types.object_setattr.clone()),
    );
    set_class_attr(
        &obj,
        "__delattr__",
        Value::Obj(vm.types.object_delattr.clone()),
    );
    add_method(
        &obj,
        "__getattribute__",
        object_getattribute,
        NativeKind::Method,
    );
    add_method(&obj, "__repr__", object_repr, NativeKind::Method);
    add_method(&obj, "__str__", object_str, NativeKind::Method);
    add_method(&obj, "__eq__", object_eq, NativeKind::Method);
    add_method(&obj, "__ne__", object_ne, NativeKind::Method);
    add_method(&obj, "__hash__", object_hash, NativeKind::Method);
    add_method(&obj, "__getstate__", object_getstate, NativeKind::Method);
    add_method(
        &obj,
        "__subclasshook__",
        object_subclasshook,
        NativeKind::ClassMethod,
    );
    add_method(&obj, "__reduce_ex__", object_reduce_ex, NativeKind::Method);
    add_method(&obj, "__reduce__", object_reduce, NativeKind::Method);
    add_method(
        &obj,
        "__init_subclass__",
        object_init_subclass,
        NativeKind::ClassMethod,
    );
    let ty = vm.types.type_.clone();
    super::metaclass::register(vm);
    add_method(&ty, "mro", type_mro, NativeKind::Method);
    add_method(&ty, "__subclasses__", type_subclasses, NativeKind::Method);
    let h = vm.types.sandbox_handle.clone();
    add_method(&h, "__new__", handle_new, NativeKind::StaticMethod);
}

/// `sandbox.SandboxHandle()`: handles come only from `sandbox.spawn`.
fn handle_new(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm
        .type_error("cannot create 'sandbox.SandboxHandle' instances (sandbox.spawn returns them)"))
}

/// `cls.__subclasses__()`: see `class::visible_subclasses` for which
/// classes a sandbox sees.
fn type_subclasses(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "__subclasses__", a, 1, 1)?;
    let Some(Value::Obj(c)) = a
        .pos
        .first()
        .filter(|v| matches!(v.payload(), Some(Payload::Class(_))))
    else {
        return Err(vm.type_error("descriptor '__subclasses__' for 'type' objects needs a type"));
    };
    let subs = super::class::visible_subclasses(vm, c);
    Ok(Value::list(subs.into_iter().map(Value::Obj).collect()))
}
