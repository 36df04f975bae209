//! Small builtin types: range, slice, property, staticmethod, classmethod,
//! super, and the methods of generators and builtin iterators.

use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::generator::GenStep;

use super::registry::add_method;

fn slice_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let args = &a.pos[1.min(a.pos.len())..];
    let (s, e, st) = match args.len() {
        1 => (Value::None, args[0].clone(), Value::None),
        2 => (args[0].clone(), args[1].clone(), Value::None),
        3 => (args[0].clone(), args[1].clone(), args[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(Value::Obj(ObjRef::new(Payload::Slice(Box::new([
        s, e, st,
    ])))))
}

/// `slice.indices(length)`: (start, stop, step) clamped to a sequence of that length.
fn slice_indices(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(Some(Payload::Slice(s))), Some(n)) =
        (a.pos.first().map(Value::payload), a.pos.get(1))
    else {
        return Err(vm.type_error("slice.indices() takes exactly one argument"));
    };
    let s = s.clone();
    let n = vm.index_value(n)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    // Indexing clamps a huge step; `indices` reports it, and this VM's
    // result is machine-sized, so such a step stays an error here.
    if let Some(Payload::BigInt(_)) = s[2].payload() {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    }
    let (start, stop, step, _) = super::seq_ops::slice_indices(vm, &s, n)?;
    Ok(Value::tuple(vec![
        Value::Int(start),
        Value::Int(stop),
        Value::Int(step),
    ]))
}

fn kwarg(a: &Args, name: &str) -> Option<Value> {
    a.kw.iter()
        .find(|(k, _)| matches!(k.payload(), Payload::Str(s) if &*s.s == name))
        .map(|(_, v)| v.clone())
}

fn property_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let get = |i: usize, n: &str| {
        a.pos
            .get(i)
            .cloned()
            .or_else(|| kwarg(a, n))
            .unwrap_or(Value::None)
    };
    let mut doc = get(4, "doc");
    let fget = get(1, "fget");
    if doc.is_none() && !fget.is_none() {
        doc = vm.getattr_str(&fget, "__doc__").unwrap_or(Value::None);
    }
    Ok(Value::Obj(ObjRef::new(Payload::Property(Box::new([
        fget,
        get(2, "fset"),
        get(3, "fdel"),
        doc,
    ])))))
}

fn property_with(vm: &mut Vm, a: &Args, slot: usize) -> PyResult<Value> {
    let (Some(Some(Payload::Property(p))), Some(f)) =
        (a.pos.first().map(|v| v.payload()), a.pos.get(1))
    else {
        return Err(vm.type_error("property method needs a function"));
    };
    let mut parts = (**p).clone();
    parts[slot] = f.clone();
    Ok(Value::Obj(ObjRef::new(Payload::Property(Box::new(parts)))))
}

fn property_getter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 0)
}
fn property_setter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 1)
}
fn property_deleter(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    property_with(vm, a, 2)
}

fn staticmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = a
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("staticmethod expected 1 argument, got 0"))?;
    Ok(Value::Obj(ObjRef::new(Payload::StaticMethod(f))))
}

fn classmethod_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let f = a
        .pos
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("classmethod expected 1 argument, got 0"))?;
    Ok(Value::Obj(ObjRef::new(Payload::ClassMethod(f))))
}

/// `super()` / `super(cls, obj)`.
fn super_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (cls, obj) = match a.pos.len() {
        3 => (a.pos[1].clone(), a.pos[2].clone()),
        1 => {
            // Zero-argument form: the caller's __class__ cell and first argument.
            let Some(frame) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no current frame"));
            };
            let code = frame.code.clone();
            let base = frame.base;
            let unit = &code.unit;
            let Some(fi) = unit.freevars.iter().position(|n| &**n == "__class__") else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let cell = vm
                .stack
                .get(base + code.nlocals + unit.cellvars.len() + fi)
                .cloned();
            let cls = match cell.as_ref().and_then(|c| c.payload()) {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => Value::Undef,
            };
            if unit.argcount == 0 && !unit.varargs {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let mut first = vm.stack.get(base).cloned().unwrap_or(Value::Undef);
            if let Some(ci) = unit.cell2arg.iter().position(|x| *x == Some(0))
                && let Some(Payload::Cell(c)) = vm
                    .stack
                    .get(base + code.nlocals + ci)
                    .and_then(|v| v.payload())
            {
                first = c.borrow().clone();
            }
            if matches!(cls, Value::Undef) {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            }
            if matches!(first, Value::Undef) {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            (cls, first)
        }
        _ => return Err(vm.type_error("super() takes 0 or 2 arguments")),
    };
    let c = match cls {
        Value::Obj(c) if matches!(c.payload(), Payload::Class(_)) => c,
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
        }
    };
    // CPython's check: `obj` is a subclass of `cls`, or an instance of one.
    let subclass = matches!(&obj, Value::Obj(o) if matches!(o.payload(), Payload::Class(_)) && vm.is_subclass(o, &c));
    if !subclass {
        let t = vm.type_of(&obj);
        if !vm.is_subclass(&t, &c) {
            return Err(
                vm.type_error("super(type, obj): obj must be an instance or subtype of type")
            );
        }
    }
    Ok(Value::Obj(ObjRef::new(Payload::Super(Box::new((c, obj))))))
}

pub(crate) fn gen_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(g)) = a.pos.first() else {
        return Err(vm.type_error("__next__ needs self"));
    };
    let g = g.clone();
    match vm.gen_resume(&g, Value::None)? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(vm.stop_iteration(r)),
    }
}

pub(crate) fn gen_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(Value::Obj(g)), Some(v)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("send() takes exactly one argument"));
    };
    let g = g.clone();
    match vm.gen_resume(&g, v.clone())? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(vm.stop_iteration(r)),
    }
}

pub(crate) fn gen_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (Some(Value::Obj(g)), Some(e)) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let g = g.clone();
    let mut ev = e.clone();
    if let Some(v) = a.pos.get(2)
        && let Value::Obj(c) = &ev
        && matches!(c.payload(), Payload::Class(_))
    {
        ev = vm.call(&ev, std::slice::from_ref(v))?;
    }
    let exc = vm.make_raisable(ev, None)?;
    match vm.gen_resume_with(&g, Value::None, Some(exc))? {
        GenStep::Yield(v) => Ok(v),
        GenStep::Return(r) => Err(vm.stop_iteration(r)),
    }
}

pub(crate) fn gen_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(Value::Obj(g)) = a.pos.first() else {
        return Err(vm.type_error("close needs self"));
    };
    let g = g.clone();
    vm.gen_close(&g)?;
    Ok(Value::None)
}

pub(crate) fn iter_self(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    a.pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__iter__ needs self"))
}

fn iter_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let it = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__next__ needs self"))?;
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// Install the small types.
/// `types.MethodType(function, instance)` (`type(obj.method)(f, obj)`):
/// a new bound method.
fn method_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (func, slf) = match a.pos {
        [_, f, s] if a.kw.is_empty() => (f.clone(), s.clone()),
        _ => {
            let n = a.pos.len().saturating_sub(1) + a.kw.len();
            return Err(vm.type_error(format!("method expected 2 arguments, got {n}")));
        }
    };
    if !crate::builtins::functions::is_callable(vm, &func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if matches!(slf, Value::None) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(crate::vm::attr::bound(func, slf))
}

/// `types.ModuleType(name, doc=None)` (`type(sys)(...)`): a new, empty
/// module whose namespace holds `__name__`, `__doc__`, and None for
/// `__package__`, `__loader__` and `__spec__`, as CPython's.
fn module_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let mut slots: [Option<Value>; 2] = [a.pos.get(1).cloned(), a.pos.get(2).cloned()];
    if a.pos.len() > 3 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("module() takes at most 2 arguments ({n} given)")));
    }
    for (k, v) in a.kw {
        let name = crate::vm::eval::name_text(k);
        let i = match name.as_str() {
            "name" => 0,
            "doc" => 1,
            _ => {
                return Err(vm.type_error(format!(
                    "'{name}' is an invalid keyword argument for module()"
                )));
            }
        };
        if slots[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for module() given by name ('{name}') and position ({})",
                i + 1
            )));
        }
        slots[i] = Some(v.clone());
    }
    let [name, doc] = slots;
    let Some(name) = name else {
        return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
    };
    let text = match name.as_obj().map(|o| o.payload()) {
        Some(Payload::Str(_)) => vm.str(&name)?,
        _ => {
            let tn = vm.type_name(&name);
            return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
        }
    };
    let Value::Obj(dict) = vm.new_dict() else {
        return Err(vm.runtime_error("module: no namespace"));
    };
    for (key, value) in [
        ("__name__", name),
        ("__doc__", doc.unwrap_or(Value::None)),
        ("__package__", Value::None),
        ("__loader__", Value::None),
        ("__spec__", Value::None),
    ] {
        let k = vm.intern(key);
        vm.dict_set_str(&dict, &k, value)?;
    }
    let name = vm.intern(&text);
    Ok(Value::Obj(ObjRef::new(Payload::Module(
        crate::object::Module { name, dict },
    ))))
}

pub fn register(vm: &mut Vm) {
    let module = vm.types.module.clone();
    add_method(&module, "__new__", module_new, NativeKind::StaticMethod);
    let t = vm.types.range.clone();
    add_method(
        &t,
        "__new__",
        super::range::range_new,
        NativeKind::StaticMethod,
    );
    add_method(&t, "index", super::range::range_index, NativeKind::Method);
    add_method(&t, "count", super::range::range_count, NativeKind::Method);
    add_method(
        &vm.types.slice.clone(),
        "__new__",
        slice_new,
        NativeKind::StaticMethod,
    );
    add_method(
        &vm.types.slice.clone(),
        "indices",
        slice_indices,
        NativeKind::Method,
    );
    let m = vm.types.method.clone();
    add_method(&m, "__new__", method_new, NativeKind::StaticMethod);
    let p = vm.types.property.clone();
    add_method(&p, "__new__", property_new, NativeKind::StaticMethod);
    add_method(&p, "getter", property_getter, NativeKind::Method);
    add_method(&p, "setter", property_setter, NativeKind::Method);
    add_method(&p, "deleter", property_deleter, NativeKind::Method);
    add_method(
        &vm.types.staticmethod.clone(),
        "__new__",
        staticmethod_new,
        NativeKind::StaticMethod,
    );
    add_method(
        &vm.types.classmethod.clone(),
        "__new__",
        classmethod_new,
        NativeKind::StaticMethod,
    );
    add_method(
        &vm.types.super_.clone(),
        "__new__",
        super_new,
        NativeKind::StaticMethod,
    );
    let g = vm.types.generator.clone();
    add_method(&g, "__next__", gen_next, NativeKind::Method);
    add_method(&g, "__iter__", iter_self, NativeKind::Method);
    add_method(&g, "send", gen_send, NativeKind::Method);
    add_method(&g, "throw", gen_throw, NativeKind::Method);
    add_method(&g, "close", gen_close, NativeKind::Method);
    let its: Vec<ObjRef> = vm.types.iter_types.values().cloned().collect();
    for it in its {
        add_method(&it, "__iter__", iter_self, NativeKind::Method);
        add_method(&it, "__next__", iter_next, NativeKind::Method);
    }
    super::iter_pickle::install(vm);
    super::repr::install_methods(vm);
}
