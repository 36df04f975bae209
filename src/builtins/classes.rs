//! `__build_class__(func, name, *bases, **kw)`: runs a class body with a
//! fresh namespace dict as its locals, then builds the class object.
//!
//! The metaclass is chosen as the language reference says ("Determining the
//! appropriate metaclass"), its `__prepare__` makes the namespace (any
//! mapping), and the class is made by calling it (types/metaclass.rs has
//! `type`'s part). sandpy cannot subclass builtin types other than
//! `object`, `type`, the value types and the exception classes; that is
//! refused with a TypeError. The namespace is adjusted as CPython's
//! `type.__new__` does:
//! `__new__` becomes a static method, `__init_subclass__` a class method,
//! `__eq__` without `__hash__` sets
//! `__hash__ = None`, `__qualname__` moves out of the dict into the class.

use crate::object::{Args, BuiltinType, ObjRef, Payload, PyResult, Value};
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
    let orig_bases = &a.pos[2..];
    let bases = mro_entries(vm, orig_bases)?;
    let mut meta = None;
    let mut kw = Vec::new();
    for (k, v) in a.kw {
        if k.payload_str() == Some("metaclass") {
            meta = Some(v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    let meta = match meta {
        Some(m) => m,
        None => match bases.as_ref().map_or(orig_bases, Vec::as_slice).first() {
            Some(b) => Value::Obj(vm.type_of(b)),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    let bases = bases.as_ref().map_or(orig_bases, Vec::as_slice);
    let meta = match &meta {
        Value::Obj(m) if matches!(m.payload(), Payload::Class(_)) => {
            Value::Obj(crate::types::metaclass::most_derived_meta(vm, m, bases)?)
        }
        _ => meta,
    };
    let name_obj = vm.intern(&name);
    // `type` itself: the namespace is a plain dict and the class is made
    // here, carrying the authority of the code of its body.
    let plain = matches!(&meta, Value::Obj(m) if m.is(&vm.types.type_));
    let ns = if plain {
        vm.new_dict()
    } else {
        prepare(vm, &meta, &name_obj, bases, &kw)?
    };
    let Value::Obj(ns) = ns else {
        return Err(vm.runtime_error("could not create a class namespace"));
    };
    let ret = run_body(vm, f, &ns)?;
    if !std::ptr::eq(bases, orig_bases) {
        let key = vm.intern_static("__orig_bases__");
        vm.ns_set(&ns, &key, Value::tuple(orig_bases.to_vec()))?;
    }
    let cls_v = if plain {
        let contents = dict_ref(&ns).borrow().copy();
        let ty = vm.types.type_.clone();
        crate::types::metaclass::make_class(
            vm,
            &ty,
            name_obj.clone(),
            bases,
            contents,
            &kw,
            Some(f.authority),
        )?
    } else {
        let args = [
            Value::Obj(name_obj.clone()),
            Value::tuple(bases.to_vec()),
            Value::Obj(ns.clone()),
        ];
        vm.call_kw(&meta, &args, &kw)?
    };
    if let Some(Payload::Cell(c)) = ret.payload()
        && matches!(cls_v.payload(), Some(Payload::Class(_)))
    {
        // The body stored its `__class__` cell as `__classcell__`, and
        // `type.__new__` filled it; a metaclass that dropped it, or a body
        // function handed to `__build_class__` directly that returns some
        // other cell, leaves it empty or set to something else.
        let current = c.borrow().clone();
        if matches!(current, Value::Undef) {
            let cr = vm.repr(&cls_v)?;
            return Err(vm.runtime_error(format!(
                "__class__ not set defining '{name}' as {cr}. \
                 Was __classcell__ propagated to type.__new__?"
            )));
        }
        if !current.is(&cls_v) {
            let (r, cr) = (vm.repr(&current)?, vm.repr(&cls_v)?);
            return Err(vm.type_error(format!("__class__ set to {r} defining '{name}' as {cr}")));
        }
    }
    Ok(cls_v)
}

/// The bases after `__mro_entries__` (PEP 560): None when no base has one
/// (every base is kept as it is).
fn mro_entries(vm: &mut Vm, given: &[Value]) -> PyResult<Option<Vec<Value>>> {
    if given
        .iter()
        .all(|b| matches!(b.payload(), Some(Payload::Class(_))))
    {
        return Ok(None);
    }
    let key = vm.intern_static("__mro_entries__");
    let orig = Value::tuple(given.to_vec());
    let mut out = Vec::with_capacity(given.len());
    let mut changed = false;
    for b in given {
        vm.work(64)?;
        if matches!(b.payload(), Some(Payload::Class(_))) {
            out.push(b.clone());
            continue;
        }
        let Some(f) = vm.getattr_opt(b, &key)? else {
            out.push(b.clone());
            continue;
        };
        let r = vm.call(&f, std::slice::from_ref(&orig))?;
        let Some(Payload::Tuple(items)) = r.payload() else {
            return Err(vm.type_error("__mro_entries__ must return a tuple"));
        };
        out.extend(items.iter().cloned());
        changed = true;
    }
    Ok(changed.then_some(out))
}

/// The class namespace from `meta.__prepare__(name, bases, **kw)` (an
/// empty dict when the metaclass has none), which must be a mapping.
fn prepare(
    vm: &mut Vm,
    meta: &Value,
    name: &ObjRef,
    bases: &[Value],
    kw: &[(ObjRef, Value)],
) -> PyResult<Value> {
    let key = vm.intern_static("__prepare__");
    let ns = match vm.getattr_opt(meta, &key)? {
        Some(p) => {
            let args = [Value::Obj(name.clone()), Value::tuple(bases.to_vec())];
            vm.call_kw(&p, &args, kw)?
        }
        None => vm.new_dict(),
    };
    // A mapping as `PyMapping_Check` has it: its type has `__getitem__`.
    let mapping = matches!(ns.payload(), Some(Payload::Dict(_)))
        || vm.lookup_special_str(&ns, "__getitem__").is_some();
    if !mapping {
        let who = match meta.payload() {
            Some(Payload::Class(_)) => vm.class_name(meta.as_obj().unwrap_or(name)),
            _ => "<metaclass>".to_string(),
        };
        let tn = vm.type_name(&ns);
        return Err(vm.type_error(format!(
            "{who}.__prepare__() must return a mapping, not {tn}"
        )));
    }
    Ok(ns)
}

/// Validate the bases; an empty list means `(object,)`.
pub(crate) fn class_bases(vm: &mut Vm, given: &[Value]) -> PyResult<Vec<ObjRef>> {
    let mut bases = Vec::with_capacity(given.len());
    for b in given {
        let Some(Payload::Class(c)) = b.payload() else {
            return Err(vm.type_error("bases must be types"));
        };
        if let Some(kind) = c.builtin
            && !matches!(
                kind,
                BuiltinType::Object | BuiltinType::BaseException | BuiltinType::Type
            )
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
    // Two different builtin value layouts cannot be combined (a class,
    // an instance of a metaclass, has one of its own).
    let mut layout: Option<BuiltinType> = None;
    for b in &bases {
        if let Payload::Class(c) = b.payload() {
            let k = c.base_kind;
            if k.is_value_base() || k == BuiltinType::Type {
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
pub(crate) fn fix_namespace(vm: &mut Vm, ns: &ObjRef) -> PyResult<()> {
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
    wrap(vm, "__class_getitem__", true)?;
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

/// Call `__set_name__(owner, name)` on the class's namespace values whose
/// type has one.
pub(crate) fn set_names(vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
    let Payload::Class(c) = cls.payload() else {
        return Ok(());
    };
    let items: Vec<(Value, Value)> = c
        .dict
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
pub(crate) fn init_subclass(
    vm: &mut Vm,
    cls: &ObjRef,
    name: &str,
    kw: &[(ObjRef, Value)],
) -> PyResult<()> {
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
