//! `__build_class__(func, name, *bases, **kw)`: runs a class body with a
//! fresh namespace dict as its locals, then builds the class object.
//! (`__class_getitem__` is left a plain function; see `fix_namespace`.)
//!
//! sandpy has no metaclasses other than `type` and cannot subclass builtin
//! types other than `object` and the exception classes; both are refused with
//! a TypeError. The namespace is adjusted as CPython's `type.__new__` does:
//! `__new__` becomes a static method, `__init_subclass__` a class method,
//! `__eq__` without `__hash__` sets
//! `__hash__ = None`, `__qualname__` moves out of the dict into the class.

use crate::object::{Args, BuiltinType, ObjRef, Payload, PyResult, Value};
use crate::types::class::new_class;
use crate::vm::Vm;
use crate::vm::eval::{RunOutcome, dict_ref};
use crate::vm::frame::FrameKind;

use super::StrPayload;

/// The builtin `__build_class__`.
pub fn build_class(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = a.pos[0].clone();
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let Some(name) = a.pos[1].as_str().map(str::to_string) else {
        return Err(vm.type_error("__build_class__: name is not a string"));
    };
    let mut init_kw = Vec::new();
    for (k, v) in a.kw {
        if k.payload_str() == Some("metaclass") {
            let is_type = matches!(v, Value::Obj(o) if o.is(&vm.types.type_));
            if !is_type {
                return Err(vm.type_error("sandpy does not support metaclasses"));
            }
        } else {
            init_kw.push((k.clone(), v.clone()));
        }
    }
    let bases = class_bases(vm, &a.pos[2..])?;
    // Run the body with the namespace as its locals.
    let ns = match vm.new_dict() {
        Value::Obj(d) => d,
        _ => return Err(vm.runtime_error("could not create a class namespace")),
    };
    let ret = run_body(vm, f, &ns)?;
    let name_obj = vm.intern(&name);
    fix_namespace(vm, &ns)?;
    let qualname = {
        let key = vm.intern("__qualname__");
        let q = vm.dict_get_str(&ns, &key)?;
        vm.dict_del_str(&ns, &key)?;
        match q {
            Some(Value::Obj(o)) if matches!(o.payload(), Payload::Str(_)) => o,
            Some(other) => {
                let tn = vm.type_name(&other);
                return Err(vm.type_error(format!("type __qualname__ must be a str, not {tn}")));
            }
            None => name_obj.clone(),
        }
    };
    let contents = dict_ref(&ns).borrow().copy();
    // The class carries the authority of the code of its body.
    let authority = f.authority;
    let cls = match new_class(name_obj, qualname, bases, contents, None, authority) {
        Ok(c) => c,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    vm.type_epoch += 1;
    let cls_v = Value::Obj(cls.clone());
    if let Some(Payload::Cell(c)) = ret.payload() {
        // The body's own `__class__` cell is empty here. A body function
        // handed to `__build_class__` directly may return any cell: CPython
        // refuses one already set (and a frozen cell cannot be written).
        let current = c.borrow().clone();
        if !matches!(current, Value::Undef) {
            let (r, cr) = (vm.repr(&current)?, vm.repr(&cls_v)?);
            return Err(vm.type_error(format!("__class__ set to {r} defining '{name}' as {cr}")));
        }
        match c.try_borrow_mut() {
            Ok(mut slot) => *slot = cls_v.clone(),
            Err(_) => return Err(vm.type_error("cannot modify frozen closure cell '__class__'")),
        }
    }
    set_names(vm, &cls, &ns)?;
    init_subclass(vm, &cls, &name, &init_kw)?;
    Ok(cls_v)
}

/// Validate the bases; an empty list means `(object,)`.
pub(crate) fn class_bases(vm: &mut Vm, given: &[Value]) -> PyResult<Vec<ObjRef>> {
    let mut bases = Vec::with_capacity(given.len());
    for b in given {
        let Some(Payload::Class(c)) = b.payload() else {
            let tn = vm.type_name(b);
            return Err(vm.type_error(format!(
                "bases must be types, not '{tn}' (sandpy has no __mro_entries__)"
            )));
        };
        if c.builtin == Some(BuiltinType::Type) {
            return Err(
                vm.type_error("sandpy does not support metaclasses (type cannot be subclassed)")
            );
        }
        if let Some(kind) = c.builtin
            && !matches!(kind, BuiltinType::Object | BuiltinType::BaseException)
            && !kind.is_value_base()
        {
            let n = crate::vm::eval::name_text(&c.name.borrow());
            return Err(vm.type_error(format!("type '{n}' is not an acceptable base type")));
        }
        if let Some(o) = b.as_obj() {
            if bases.iter().any(|x: &ObjRef| x.is(o)) {
                let n = vm.class_name(o);
                return Err(vm.type_error(format!("duplicate base class {n}")));
            }
            bases.push(o.clone());
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    // Two different builtin value layouts cannot be combined.
    let mut layout: Option<BuiltinType> = None;
    for b in &bases {
        if let Payload::Class(c) = b.payload() {
            let k = c.base_kind;
            if k.is_value_base() {
                match layout {
                    Some(l) if l != k => {
                        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                    }
                    _ => layout = Some(k),
                }
            }
        }
    }
    Ok(bases)
}

/// Run the class body function with `ns` as the frame's locals; returns what
/// the body returned (the `__class__` cell or None).
fn run_body(vm: &mut Vm, f: &crate::object::Function, ns: &ObjRef) -> PyResult<Value> {
    // `__build_class__` called directly with a generator function: CPython's
    // call makes a generator object and runs nothing. Running its code as a
    // plain frame would let a `yield` leave that frame on the frame stack.
    if f.code.unit().generator {
        return Ok(Value::None);
    }
    let code = vm.func_code(&f.code)?;
    vm.enter_native()?;
    let base = vm.stack.len();
    let r = vm
        .push_frame(
            code,
            f.globals.clone().into(),
            &f.closure,
            base,
            base,
            FrameKind::Normal,
            f.authority,
        )
        .and_then(|()| {
            if let Some(fr) = vm.frames.last_mut() {
                fr.locals = Some(ns.clone());
                fr.entry = true;
            }
            vm.run()
        });
    vm.leave_native();
    match r? {
        RunOutcome::Return(v) => Ok(v),
        RunOutcome::Yield(_) => {
            // The frame that yielded is still on top.
            vm.drop_top_frame();
            Err(vm.runtime_error("yield inside a class body"))
        }
    }
}

/// The namespace adjustments of `type.__new__`.
fn fix_namespace(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
    let wrap = |vm: &mut Vm, name: &str, class_method: bool| -> PyResult<()> {
        let key = vm.intern(name);
        if let Some(v) = vm.dict_get_str(ns, &key)?
            && let Some(Payload::Function(_)) = v.payload()
        {
            let p = if class_method {
                Payload::ClassMethod(v)
            } else {
                Payload::StaticMethod(v)
            };
            vm.dict_set_str(ns, &key, Value::Obj(ObjRef::new(p)))?;
        }
        Ok(())
    };
    wrap(vm, "__new__", false)?;
    wrap(vm, "__init_subclass__", true)?;
    // `__class_getitem__` stays a plain function: `Vm::getitem` calls it
    // with the class as its first argument itself.
    let eq = vm.intern("__eq__");
    let hash = vm.intern("__hash__");
    if vm.dict_get_str(ns, &eq)?.is_some() && vm.dict_get_str(ns, &hash)?.is_none() {
        vm.dict_set_str(ns, &hash, Value::None)?;
    }
    let module = vm.intern("__module__");
    if vm.dict_get_str(ns, &module)?.is_none() {
        let g = vm.frames.last().map(|f| f.globals.clone());
        let name_key = vm.intern("__name__");
        let m = match g {
            Some(g) => vm.dict_get_str(&g, &name_key)?.unwrap_or(Value::None),
            None => Value::None,
        };
        vm.dict_set_str(ns, &module, m)?;
    }
    Ok(())
}

/// Call `__set_name__(owner, name)` on namespace values whose type has one.
fn set_names(vm: &mut Vm, cls: &ObjRef, ns: &ObjRef) -> PyResult<()> {
    let items: Vec<(Value, Value)> = dict_ref(ns)
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v.payload(), Some(Payload::Instance(_))))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in items {
        if let Some(f) = vm.lookup_special_str(&v, "__set_name__") {
            vm.call(&f, &[v.clone(), Value::Obj(cls.clone()), k])?;
        }
    }
    Ok(())
}

/// Call the parent's `__init_subclass__(**kw)`; object's takes no keywords.
fn init_subclass(vm: &mut Vm, cls: &ObjRef, name: &str, kw: &[(ObjRef, Value)]) -> PyResult<()> {
    let key = vm.intern("__init_subclass__");
    let mro: Vec<ObjRef> = match cls.payload() {
        Payload::Class(c) => c.mro.to_vec(),
        _ => Vec::new(),
    };
    let mut found = None;
    for m in &mro {
        if let Payload::Class(c) = m.payload() {
            let d = c.dict.borrow();
            if let Some(i) = crate::types::dict_ops::find_str(&d, &key) {
                found = d.value_at(i).cloned();
                break;
            }
        }
    }
    let cls_v = Value::Obj(cls.clone());
    // object's own `__init_subclass__` (native) takes no keywords.
    let found = found.filter(|f| !matches!(f.payload(), Some(Payload::Native(_))));
    match found {
        None => {
            if !kw.is_empty() {
                return Err(vm.type_error(format!(
                    "{name}.__init_subclass__() takes no keyword arguments"
                )));
            }
            Ok(())
        }
        Some(f) => {
            let target = match f.payload() {
                Some(Payload::ClassMethod(inner)) => inner.clone(),
                Some(Payload::Function(_)) => f.clone(),
                _ => return Ok(()),
            };
            vm.call_kw(&target, &[cls_v], kw)?;
            Ok(())
        }
    }
}
