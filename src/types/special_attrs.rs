//! Attributes that live in an object's payload rather than in a dict:
//! `__class__`, `__name__`, `__mro__`, exception `args`, range bounds, ...
//!
//! `get` reads them; `set` assigns the writable ones and refuses the rest
//! with CPython's errors, so an assignment such as `C.__bases__ = ...` or
//! `f.__globals__ = ...` never lands silently in a namespace dict where a
//! later read would not see it. The caller checks first that the object is
//! not frozen (`freeze::check_mutable`): frozen objects and builtin types
//! are refused before anything here runs.

use crate::object::{Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::eval::name_text;
use crate::vm::exc::exc_data;

use super::dict_ops::find_str;

/// `f.__call__` of a function, builtin or method: a method bound to `f`
/// that calls it (CPython's is a `method-wrapper`).
fn call_wrapper(f: &Value) -> Value {
    let native = crate::object::ObjRef::new(Payload::Native(crate::object::NativeFunction::new(
        "__call__",
        call_self,
        crate::object::NativeKind::Method,
        None,
    )));
    crate::vm::attr::bound(Value::Obj(native), f.clone())
}

/// The body of `call_wrapper`'s method: `self(*args, **kwargs)`.
fn call_self(vm: &mut Vm, a: &crate::object::Args) -> PyResult<Value> {
    match a.pos.split_first() {
        Some((f, rest)) => vm.call_kw(f, rest, a.kw),
        None => Err(vm.type_error("__call__ needs the object it is bound to")),
    }
}

/// The special attribute `name` of `obj`, if it has one.
pub fn get(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj))));
    }
    let Some(p) = obj.payload() else {
        return Ok(None);
    };
    if let Payload::Instance(i) = p
        && i.exc.is_some()
        && let Some(v) = super::syntax_error::attr(vm, obj, name)
            .or_else(|| super::exception_group::attr(obj, name))
    {
        return Ok(Some(v));
    }
    Ok(match (p, name) {
        (Payload::Class(c), "__name__") => Some(Value::Obj(c.name.borrow().clone())),
        (Payload::Class(c), "__qualname__") => Some(Value::Obj(c.qualname.borrow().clone())),
        (Payload::Class(c), "__mro__") => {
            let mut v = vec![obj.clone()];
            v.extend(c.mro.iter().map(|m| Value::Obj(m.clone())));
            Some(Value::tuple(v))
        }
        (Payload::Class(c), "__bases__") => Some(Value::tuple(
            c.bases.iter().map(|b| Value::Obj(b.clone())).collect(),
        )),
        (Payload::Class(c), "__base__") => Some(
            c.bases
                .first()
                .map(|b| Value::Obj(b.clone()))
                .unwrap_or(Value::None),
        ),
        (Payload::Class(_), "__dict__") => obj.as_obj().map(super::mappingproxy::new),
        (Payload::Class(c), "__doc__") => {
            let key = vm.intern("__doc__");
            let d = c.dict.borrow();
            Some(
                find_str(&d, &key)
                    .and_then(|i| d.value_at(i).cloned())
                    .unwrap_or(Value::None),
            )
        }
        (Payload::Class(c), "__module__") => {
            let key = vm.intern("__module__");
            let d = c.dict.borrow();
            Some(
                find_str(&d, &key)
                    .and_then(|i| d.value_at(i).cloned())
                    .unwrap_or_else(|| Value::str("builtins")),
            )
        }
        (Payload::Function(f), "__name__") => Some(Value::Obj(f.name.borrow().clone())),
        (Payload::Function(f), "__qualname__") => Some(Value::Obj(f.qualname.borrow().clone())),
        (Payload::Function(f), "__doc__") => Some(f.doc.borrow().clone()),
        (Payload::Function(f), "__module__") => Some(f.module.clone()),
        (Payload::Function(f), "__globals__") => Some(Value::Obj(f.globals.clone())),
        (Payload::Function(f), "__annotations__") => {
            let current = f.annotations.borrow().clone();
            match current {
                Value::None if f.annotations.is_frozen() => Some(vm.new_dict()),
                Value::None => {
                    let d = vm.new_dict();
                    *f.annotations.borrow_mut() = d.clone();
                    Some(d)
                }
                v => Some(v),
            }
        }
        (Payload::Code(c), _) if name.starts_with("co_") => {
            let c = c.clone();
            return super::code_attrs::get(vm, &c, name);
        }
        (Payload::Function(f), "__defaults__") => Some(if f.defaults.is_empty() {
            Value::None
        } else {
            Value::tuple(f.defaults.to_vec())
        }),
        (Payload::Function(f), "__closure__") => Some(if f.closure.is_empty() {
            Value::None
        } else {
            Value::tuple(f.closure.iter().map(|c| Value::Obj(c.clone())).collect())
        }),
        (Payload::Cell(c), "cell_contents") => {
            let v = c.borrow().clone();
            if matches!(v, Value::Undef) {
                let ve = vm.exc_types.value_error.clone();
                return Err(vm.new_exc(&ve, "Cell is empty"));
            }
            Some(v)
        }
        (Payload::Instance(i), "errno" | "strerror" | "filename") if i.exc.is_some() => {
            super::exceptions::os_error_attr(vm, obj, name)
        }
        (Payload::Instance(i), "name" | "path" | "obj") if i.exc.is_some() => {
            // Set in the instance dict when known (`__init__`'s keywords);
            // None otherwise, for the classes that have them.
            let classes = match name {
                "path" => vec![vm.exc_types.import_error.clone()],
                "obj" => vec![vm.exc_types.attribute_error.clone()],
                _ => vec![
                    vm.exc_types.import_error.clone(),
                    vm.exc_types.attribute_error.clone(),
                    vm.exc_types.name_error.clone(),
                ],
            };
            classes
                .iter()
                .any(|c| vm.is_instance(obj, c))
                .then_some(Value::None)
        }
        (Payload::Instance(i), "code") if i.exc.is_some() => {
            let se = vm.exc_types.system_exit.clone();
            if vm.is_instance(obj, &se) {
                obj.as_obj()
                    .and_then(exc_data)
                    .map(|d| match d.borrow().args.payload() {
                        Some(Payload::Tuple(t)) if t.len() <= 1 => {
                            t.first().cloned().unwrap_or(Value::None)
                        }
                        _ => d.borrow().args.clone(),
                    })
            } else {
                None
            }
        }
        (Payload::Instance(i), "value") if i.exc.is_some() => {
            let si = vm.exc_types.stop_iteration.clone();
            if vm.is_instance(obj, &si) {
                obj.as_obj()
                    .and_then(exc_data)
                    .map(|d| match d.borrow().args.payload() {
                        Some(Payload::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                        _ => Value::None,
                    })
            } else {
                None
            }
        }
        (Payload::Function(f), "__kwdefaults__") => {
            Some(f.kwdefaults.clone().map(Value::Obj).unwrap_or(Value::None))
        }
        (Payload::Function(f), "__dict__") => {
            let existing = f.dict.borrow().clone();
            let d = match existing {
                Some(d) => d,
                // A frozen function always has its (frozen) dict.
                None if f.dict.is_frozen() => return Ok(Some(vm.new_dict())),
                None => f
                    .dict
                    .borrow_mut()
                    .get_or_insert_with(|| match vm.new_dict() {
                        Value::Obj(o) => o,
                        _ => unreachable!("new_dict returns an object"),
                    })
                    .clone(),
            };
            Some(Value::Obj(d))
        }
        (Payload::BoundMethod(bm), "__self__") => Some(bm.1.clone()),
        (Payload::BoundMethod(bm), "__func__") => Some(bm.0.clone()),
        (Payload::BoundMethod(bm), "__name__" | "__qualname__" | "__doc__" | "__module__") => {
            let f = bm.0.clone();
            vm.getattr_str(&f, name).ok()
        }
        (Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_), "__call__") => {
            Some(call_wrapper(obj))
        }
        (Payload::Native(n), "__name__" | "__qualname__") => Some(Value::str(n.name)),
        (Payload::Native(_), "__doc__") => Some(Value::None),
        (Payload::Module(m), "__dict__") => Some(Value::Obj(m.dict.clone())),
        (Payload::Instance(i), "__dict__") if vm.has_no_instance_dict(&i.class.clone()) => None,
        (Payload::Instance(i), "__dict__") => Some(Value::Obj(i.dict.clone())),
        (Payload::Instance(i), "args") if i.exc.is_some() => obj
            .as_obj()
            .and_then(exc_data)
            .map(|d| d.borrow().args.clone()),
        (Payload::Instance(i), "__cause__") if i.exc.is_some() => obj
            .as_obj()
            .and_then(exc_data)
            .map(|d| d.borrow().cause.clone()),
        (Payload::Instance(i), "__context__") if i.exc.is_some() => obj
            .as_obj()
            .and_then(exc_data)
            .map(|d| d.borrow().context.clone()),
        (Payload::Instance(i), "__suppress_context__") if i.exc.is_some() => obj
            .as_obj()
            .and_then(exc_data)
            .map(|d| Value::Bool(d.borrow().suppress_context)),
        (Payload::Instance(i), "__traceback__") if i.exc.is_some() => match obj.as_obj() {
            Some(o) => Some(vm.traceback_object(o)),
            None => Some(Value::None),
        },
        (Payload::Instance(i), "__doc__") => {
            let cls = i.class.clone();
            let key = vm.intern("__doc__");
            Some(vm.class_lookup(&cls, &key).unwrap_or(Value::None))
        }
        (Payload::Range(r), "start") => Some(super::range::int_value(r.start)),
        (Payload::Range(r), "stop") => Some(super::range::int_value(r.stop)),
        (Payload::Range(r), "step") => Some(super::range::int_value(r.step)),
        (Payload::Slice(s), "start") => Some(s[0].clone()),
        (Payload::Slice(s), "stop") => Some(s[1].clone()),
        (Payload::Slice(s), "step") => Some(s[2].clone()),
        (Payload::Property(p), "fget") => Some(p[0].clone()),
        (Payload::Property(p), "fset") => Some(p[1].clone()),
        (Payload::Property(p), "fdel") => Some(p[2].clone()),
        (Payload::Property(p), "__doc__") => Some(p[3].clone()),
        (Payload::StaticMethod(f) | Payload::ClassMethod(f), "__func__") => Some(f.clone()),
        (Payload::Generator(g), "__name__") => Some(Value::Obj(g.borrow().name.clone())),
        (Payload::Generator(g), "__qualname__") => Some(Value::Obj(g.borrow().qualname.clone())),
        (Payload::Generator(g), "gi_running" | "cr_running" | "ag_running")
            if gen_attr_applies(g, name) =>
        {
            // An async generator is running while an awaitable of it is
            // between its first step and its end (CPython's
            // `ag_running_async`), suspended or not.
            Some(Value::Bool(g.try_borrow().map_or(true, |g| {
                g.state == crate::object::generator::GenState::Running
                    || (g.kind == crate::object::generator::GenKind::AsyncGenerator
                        && g.running_async)
            })))
        }
        (Payload::Module(m), "__name__") => Some(Value::Obj(m.name.clone())),
        _ => {
            let _ = name_text;
            None
        }
    })
}

/// Whether the generator attribute `name` (`gi_*`, `cr_*`, `ag_*`) is one
/// of this kind of generator's.
fn gen_attr_applies(
    g: &crate::object::cell::PyCell<crate::object::generator::Generator>,
    name: &str,
) -> bool {
    use crate::object::generator::GenKind;
    let kind = g.try_borrow().map_or(GenKind::Generator, |g| g.kind);
    let prefix = match kind {
        GenKind::Generator => "gi_",
        GenKind::Coroutine => "cr_",
        GenKind::AsyncGenerator => "ag_",
    };
    name.starts_with(prefix)
}

/// CPython's refusal of `__class__` assignment on objects other than
/// instances of Python classes.
const CLASS_ASSIGN: &str =
    "__class__ assignment only supported for mutable types or ModuleType subclasses";

/// Assign the special attribute `name` of `obj`. `Ok(true)` when `name` is
/// special for this kind of object and the assignment is done, `Ok(false)`
/// for an ordinary attribute (the caller stores it in the namespace).
/// `obj` is known not to be frozen.
pub fn set(vm: &mut Vm, obj: &Value, name: &str, value: &Value) -> PyResult<bool> {
    if !name.starts_with("__") && name != "cell_contents" {
        return Ok(false);
    }
    let Some(p) = obj.payload() else {
        if name == "__class__" {
            return Err(vm.type_error(CLASS_ASSIGN));
        }
        return Ok(false);
    };
    match (p, name) {
        (Payload::Class(c), "__name__" | "__qualname__") => {
            let Some(s) = value.as_obj().filter(|o| matches!(o.payload(), Payload::Str(_)))
            else {
                let cn = name_text(&c.name.borrow());
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "can only assign string to {cn}.{name}, not '{tn}'"
                )));
            };
            let cell = if name == "__name__" {
                &c.name
            } else {
                &c.qualname
            };
            *cell.borrow_mut() = s.clone();
            Ok(true)
        }
        (Payload::Class(_), "__bases__") => Err(vm.type_error(
            "__bases__ assignment is not supported by sandpy (a class's bases are fixed when it is created)",
        )),
        (Payload::Class(_), "__mro__" | "__base__") => Err(vm.attribute_error("readonly attribute")),
        (Payload::Class(_), "__dict__") => {
            Err(vm.attribute_error("attribute '__dict__' of 'type' objects is not writable"))
        }
        (Payload::Class(_) | Payload::Instance(_) | Payload::Module(_), "__class__") => {
            Err(vm.type_error("__class__ assignment is not supported by sandpy"))
        }
        (Payload::Function(_), "__globals__" | "__closure__" | "__builtins__") => {
            Err(vm.attribute_error("readonly attribute"))
        }
        (Payload::Function(_), "__code__" | "__defaults__" | "__kwdefaults__") => Err(vm
            .type_error(format!(
                "{name} assignment is not supported by sandpy (a function's code and defaults are fixed when it is created)"
            ))),
        (Payload::Function(f), "__annotations__") => {
            if !value.is_none() && !matches!(value.payload(), Some(Payload::Dict(_))) {
                return Err(vm.type_error("__annotations__ must be set to a dict object"));
            }
            let old = std::mem::replace(&mut *f.annotations.borrow_mut(), value.clone());
            drop(old);
            Ok(true)
        }
        (Payload::Function(f), "__dict__") => {
            let Some(d) = value.as_obj().filter(|o| matches!(o.payload(), Payload::Dict(_)))
            else {
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )));
            };
            *f.dict.borrow_mut() = Some(d.clone());
            Ok(true)
        }
        (Payload::Instance(i), "__dict__") => {
            let Some(Payload::Dict(src)) = value.payload() else {
                let tn = vm.type_name(value);
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )));
            };
            // The table is replaced by a copy of the new dict's (instances
            // own their table), so `obj.__dict__ is d` does not hold.
            let Ok(table) = src.try_borrow().map(|d| d.copy()) else {
                return Err(vm.runtime_error("dict changed during __dict__ assignment"));
            };
            let Ok(mut own) = i.dict().try_borrow_mut() else {
                return Err(vm.runtime_error("instance dict changed during __dict__ assignment"));
            };
            let old = std::mem::replace(&mut *own, table);
            drop(own);
            drop(old);
            Ok(true)
        }
        (Payload::Module(_), "__dict__") => Err(vm.attribute_error("readonly attribute")),
        (Payload::Cell(c), "cell_contents") => {
            let Ok(mut slot) = c.try_borrow_mut() else {
                return Err(vm.runtime_error("cell changed during assignment"));
            };
            let old = std::mem::replace(&mut *slot, value.clone());
            drop(slot);
            drop(old);
            Ok(true)
        }
        (Payload::Instance(_) | Payload::Class(_) | Payload::Module(_), _) => Ok(false),
        (_, "__class__") => Err(vm.type_error(CLASS_ASSIGN)),
        _ => Ok(false),
    }
}
