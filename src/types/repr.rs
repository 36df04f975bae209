//! `repr()` of every builtin object, with CPython's spelling. Containers guard
//! against self-reference (`[...]`); every object's repr is one native level
//! (`Vm::nested`), so deep nesting of any kind (lists, slices, frozensets,
//! bound methods) ends in CPython's RecursionError, never a stack overflow.

use crate::object::{Payload, PyResult, Value, ViewKind};
use crate::vm::Vm;
use crate::vm::eval::name_text;

use super::str_algo::{bytes_repr, str_repr};

/// `<module.Name object at 0x...>`.
pub fn default_repr(vm: &mut Vm, v: &Value) -> String {
    let cls = vm.type_of(v);
    let name = vm.class_name(&cls);
    let module = {
        let key = vm.intern("__module__");
        vm.class_lookup(&cls, &key)
            .and_then(|m| m.as_str().map(str::to_string))
    };
    let addr = match v {
        Value::Obj(o) => o.addr(),
        _ => 0,
    };
    match module.as_deref() {
        Some("builtins") | None => format!("<{name} object at {addr:#x}>"),
        Some(m) => format!("<{m}.{name} object at {addr:#x}>"),
    }
}

fn join_items(vm: &mut Vm, items: &[Value], out: &mut String) -> PyResult<()> {
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&repr(vm, it)?);
    }
    Ok(())
}

fn guarded(
    vm: &mut Vm,
    v: &Value,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<Option<String>> {
    let addr = crate::vm::ops::obj_addr(v);
    if vm.repr_stack.contains(&addr) {
        return Ok(None);
    }
    vm.repr_stack.push(addr);
    let r = f(vm);
    vm.repr_stack.pop();
    r.map(Some)
}

/// `repr(v)`.
pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let o = match v {
        Value::None | Value::Undef => return Ok("None".into()),
        Value::Bool(true) => return Ok("True".into()),
        Value::Bool(false) => return Ok("False".into()),
        Value::Int(i) => return Ok(i.to_string()),
        Value::Float(f) => return Ok(crate::format::float_repr(*f)),
        Value::Obj(o) => o,
    };
    // Every object's repr is one native level: nested containers, slices,
    // bound methods and `__repr__` methods all come back through here.
    vm.nested(" while getting the repr of an object", |vm| {
        repr_obj(vm, v, o)
    })
}

fn repr_obj(vm: &mut Vm, v: &Value, o: &crate::object::ObjRef) -> PyResult<String> {
    Ok(match o.payload() {
        Payload::Str(s) => str_repr(&s.s),
        Payload::Bytes(b) => bytes_repr(b),
        Payload::BigInt(b) => {
            if b.bits() > 100_000 {
                return Err(vm.value_error(
                    "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                ));
            }
            b.to_string()
        }
        Payload::Tuple(t) => {
            let t = t.clone();
            if t.is_empty() {
                return Ok("()".into());
            }
            guarded(vm, v, |vm| {
                let mut s = String::from("(");
                join_items(vm, &t, &mut s)?;
                if t.len() == 1 {
                    s.push(',');
                }
                s.push(')');
                Ok(s)
            })?
            .unwrap_or_else(|| "(...)".into())
        }
        Payload::List(l) => {
            let items = l.borrow().clone();
            guarded(vm, v, |vm| {
                let mut s = String::from("[");
                join_items(vm, &items, &mut s)?;
                s.push(']');
                Ok(s)
            })?
            .unwrap_or_else(|| "[...]".into())
        }
        Payload::Dict(d) => {
            let items: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            guarded(vm, v, |vm| {
                let mut s = String::from("{");
                for (i, (k, val)) in items.iter().enumerate() {
                    if i > 0 {
                        s.push_str(", ");
                    }
                    s.push_str(&repr(vm, k)?);
                    s.push_str(": ");
                    s.push_str(&repr(vm, val)?);
                }
                s.push('}');
                Ok(s)
            })?
            .unwrap_or_else(|| "{...}".into())
        }
        Payload::Set(d) => {
            let keys: Vec<Value> = d.borrow().iter().cloned().collect();
            if keys.is_empty() {
                return Ok("set()".into());
            }
            guarded(vm, v, |vm| {
                let mut s = String::from("{");
                join_items(vm, &keys, &mut s)?;
                s.push('}');
                Ok(s)
            })?
            .unwrap_or_else(|| "set(...)".into())
        }
        Payload::FrozenSet(d) => {
            let keys: Vec<Value> = d.iter().cloned().collect();
            if keys.is_empty() {
                return Ok("frozenset()".into());
            }
            let mut s = String::from("frozenset({");
            join_items(vm, &keys, &mut s)?;
            s.push_str("})");
            s
        }
        Payload::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Payload::Slice(s) => {
            let s = s.clone();
            format!(
                "slice({}, {}, {})",
                repr(vm, &s[0])?,
                repr(vm, &s[1])?,
                repr(vm, &s[2])?
            )
        }
        Payload::Function(f) => format!(
            "<function {} at {:#x}>",
            name_text(&f.qualname.borrow()),
            o.addr()
        ),
        Payload::Native(n) => format!("<built-in function {}>", n.name),
        Payload::BoundMethod(bm) => {
            let (f, s) = (bm.0.clone(), bm.1.clone());
            let fname = match f.payload() {
                Some(Payload::Function(func)) => name_text(&func.qualname.borrow()),
                Some(Payload::Native(n)) => {
                    let tn = vm.type_name(&s);
                    return Ok(format!(
                        "<built-in method {} of {tn} object at {:#x}>",
                        n.name,
                        crate::vm::ops::obj_addr(&s)
                    ));
                }
                _ => "?".into(),
            };
            let sr = repr(vm, &s)?;
            format!("<bound method {fname} of {sr}>")
        }
        Payload::Class(c) if c.metaclass.is_some() && vm.meta_method(v, "__repr__").is_some() => {
            let f = vm.meta_method(v, "__repr__").unwrap_or(Value::None);
            let r = vm.call_meta_method(f, v, &[], &[])?;
            match r.as_str() {
                Some(s) => s.to_string(),
                None => {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__repr__ returned non-string (type {tn})")));
                }
            }
        }
        Payload::Class(c) => {
            let name = name_text(&c.qualname.borrow());
            if c.builtin.is_some() {
                format!("<class '{}'>", name_text(&c.name.borrow()))
            } else {
                let key = vm.intern("__module__");
                let d = c.dict.borrow();
                let m = super::dict_ops::find_str(&d, &key)
                    .and_then(|i| d.value_at(i))
                    .and_then(|m| m.as_str().map(str::to_string));
                match m.as_deref() {
                    Some("builtins") | None => format!("<class '{name}'>"),
                    Some(m) => format!("<class '{m}.{name}'>"),
                }
            }
        }
        Payload::Instance(_) if vm.base_for(v, "__repr__").is_some() => {
            let b = vm.base_for(v, "__repr__").unwrap_or(Value::None);
            repr(vm, &b)?
        }
        Payload::Instance(_) => repr_by_method(vm, v)?,
        Payload::Module(m) => format!("<module '{}'>", name_text(&m.name)),
        Payload::Code(c) => format!("<code object {} at {:#x}>", c.unit.name, o.addr()),
        Payload::Cell(_) => format!("<cell at {:#x}>", o.addr()),
        Payload::Iter(it) => format!("<{} object at {:#x}>", it.type_name, o.addr()),
        Payload::Generator(g) => {
            let g = g.borrow();
            format!(
                "<{} object {} at {:#x}>",
                g.kind.type_name(),
                name_text(&g.qualname),
                o.addr()
            )
        }
        Payload::Property(_) => format!("<property object at {:#x}>", o.addr()),
        Payload::StaticMethod(_) => format!("<staticmethod object at {:#x}>", o.addr()),
        Payload::ClassMethod(_) => format!("<classmethod object at {:#x}>", o.addr()),
        Payload::Super(_) => "<super object>".into(),
        Payload::DictView(d, kind) => {
            let name = match kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            };
            let _ = d;
            let items = vm.collect(v)?;
            let inner = repr(vm, &Value::list(items))?;
            format!("{name}({inner})")
        }
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Host(h) if !h.get().host_type().class_protocols => h.get().repr(o.addr()),
        Payload::Host(_) => repr_by_method(vm, v)?,
    })
}

/// `repr(v)` through the `__repr__` its type defines (instances of Python
/// classes, host objects whose behaviour is in their class).
fn repr_by_method(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let f = vm.lookup_special_str(v, "__repr__");
    Ok(match f {
        Some(f) => {
            // No self-reference guard here: as in CPython, a
            // `__repr__` that calls `repr(self)` recurses until the
            // recursion limit (`repr` is one native level).
            let r = vm.call(&f, std::slice::from_ref(v))?;
            match r.as_str() {
                Some(s) => s.to_string(),
                None => {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__repr__ returned non-string (type {tn})")));
                }
            }
        }
        None => default_repr(vm, v),
    })
}

/// The builtin types' own `__repr__` (and str's `__str__`), so that
/// `int.__repr__(x)` and `super().__repr__()` in a subclass give the
/// builtin's text rather than `object.__repr__`'s.
pub fn install_methods(vm: &mut Vm) {
    use crate::object::NativeKind;
    use crate::types::registry::add_method;
    let t = vm.types;
    let reprs: [(&crate::object::ObjRef, crate::vm::NativeFn); 12] = [
        (&t.int, int_repr),
        (&t.bool_, bool_repr),
        (&t.float, float_repr),
        (&t.str_, str_repr_method),
        (&t.tuple, tuple_repr),
        (&t.list, list_repr),
        (&t.dict, dict_repr),
        (&t.set, set_repr),
        (&t.frozenset, frozenset_repr),
        (&t.range, range_repr),
        (&t.slice, slice_repr),
        (&t.none_type, none_repr),
    ];
    for (cls, f) in reprs {
        add_method(cls, "__repr__", f, NativeKind::Method);
    }
    add_method(&t.str_, "__str__", str_str_method, NativeKind::Method);
}

/// `self` of a builtin's `__repr__`/`__str__`, checked against its class
/// (an instance of a subclass arrives as its builtin value).
fn builtin_self(
    vm: &mut Vm,
    a: &crate::object::Args,
    cls: &crate::object::ObjRef,
    method: &str,
) -> PyResult<Value> {
    let Some(v) = a.pos.first().cloned() else {
        let name = vm.class_name(cls);
        return Err(vm.type_error(format!(
            "descriptor '{method}' of '{name}' object needs an argument"
        )));
    };
    if a.pos.len() > 1 || !a.kw.is_empty() {
        let n = a.pos.len() - 1 + a.kw.len();
        return Err(vm.type_error(format!("expected 0 arguments, got {n}")));
    }
    let t = vm.type_of(&v);
    if !vm.is_subclass(&t, cls) {
        let name = vm.class_name(cls);
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "descriptor '{method}' requires a '{name}' object but received a '{tn}'"
        )));
    }
    Ok(v)
}

macro_rules! builtin_repr_fn {
    ($name:ident, $field:ident) => {
        fn $name(vm: &mut Vm, a: &crate::object::Args) -> PyResult<Value> {
            let cls = vm.types.$field.clone();
            let v = builtin_self(vm, a, &cls, "__repr__")?;
            let v = v.instance_base().cloned().unwrap_or(v);
            // `int.__repr__(True)` is int's text of the value: "1".
            let v = match v {
                Value::Bool(b) if stringify!($field) == "int" => Value::Int(i64::from(b)),
                v => v,
            };
            repr(vm, &v).map(Value::string)
        }
    };
}

builtin_repr_fn!(int_repr, int);
builtin_repr_fn!(bool_repr, bool_);
builtin_repr_fn!(float_repr, float);
builtin_repr_fn!(str_repr_method, str_);
builtin_repr_fn!(tuple_repr, tuple);
builtin_repr_fn!(list_repr, list);
builtin_repr_fn!(dict_repr, dict);
builtin_repr_fn!(set_repr, set);
builtin_repr_fn!(frozenset_repr, frozenset);
builtin_repr_fn!(range_repr, range);
builtin_repr_fn!(slice_repr, slice);
builtin_repr_fn!(none_repr, none_type);

/// `str.__str__(s)`: the text itself.
fn str_str_method(vm: &mut Vm, a: &crate::object::Args) -> PyResult<Value> {
    let cls = vm.types.str_.clone();
    let v = builtin_self(vm, a, &cls, "__str__")?;
    let v = v.instance_base().cloned().unwrap_or(v);
    match v.as_str() {
        Some(s) => Ok(Value::string(s.to_string())),
        None => Ok(v),
    }
}
