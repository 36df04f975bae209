//! `operator.itemgetter`, `operator.attrgetter` and
//! `operator.methodcaller`: callable objects (a `__call__` in their class,
//! which the VM calls for a type in one room) with CPython's reprs.
//!
//! Invariants: a getter's values are fixed when it is made; they sit in
//! cells only so that the cycle collector can let go of them (`clear`),
//! and no borrow is held across a call into Python.

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::{TypeRoom, add_method, builtin_class, set_class_attr};
use crate::vm::{NativeFn, Vm};

pub static ITEMGETTER: HostType = HostType::with_class_protocols("itemgetter");
pub static ATTRGETTER: HostType = HostType::with_class_protocols("attrgetter");
pub static METHODCALLER: HostType = HostType::with_class_protocols("methodcaller");

/// One getter: itemgetter's keys; attrgetter's names, each a tuple of
/// its dotted parts; methodcaller's name then its arguments, and its
/// keyword arguments.
pub struct Getter {
    ty: &'static HostType,
    items: RefCell<Vec<Value>>,
    kw: RefCell<Vec<(ObjRef, Value)>>,
}

impl HostObject for Getter {
    fn host_type(&self) -> &'static HostType {
        self.ty
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        for v in self.items.try_borrow().map_err(|_| Busy)?.iter() {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        for (k, v) in self.kw.try_borrow().map_err(|_| Busy)?.iter() {
            f(k);
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut i) = self.items.try_borrow_mut() {
            i.clear();
        }
        if let Ok(mut k) = self.kw.try_borrow_mut() {
            k.clear();
        }
    }
}

/// A getter's values and keyword pairs, copied out of its cells.
type Parts = (Vec<Value>, Vec<(ObjRef, Value)>);

fn new_getter(ty: &'static HostType, items: Vec<Value>, kw: Vec<(ObjRef, Value)>) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(Getter {
        ty,
        items: RefCell::new(items),
        kw: RefCell::new(kw),
    }))))
}

/// The getter `self` of a method of `ty`, with copies of its values.
fn parts(vm: &mut Vm, a: &Args, ty: &'static HostType) -> PyResult<Parts> {
    match a
        .pos
        .first()
        .and_then(|v| v.host::<Getter>())
        .filter(|g| std::ptr::eq(g.ty, ty))
    {
        Some(g) => Ok((g.items.borrow().clone(), g.kw.borrow().clone())),
        None => Err(vm.type_error(format!(
            "descriptor requires a 'operator.{}' object",
            ty.name
        ))),
    }
}

/// The one argument of a getter's call.
fn one_arg(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 1 argument, got {}",
            a.pos.len().saturating_sub(1)
        )));
    }
    Ok(a.pos[1].clone())
}

/// `"a, b, c"` of the reprs of `items`.
fn reprs(vm: &mut Vm, items: &[Value]) -> PyResult<Vec<String>> {
    vm.nested(" while getting the repr of an object", |vm| {
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            vm.work(1)?;
            out.push(vm.repr(v)?);
        }
        Ok(out)
    })
}

// ----- itemgetter ------------------------------------------------------------

fn itemgetter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if !a.kw.is_empty() {
        return Err(vm.type_error("itemgetter() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(new_getter(&ITEMGETTER, pos.to_vec(), Vec::new()))
}

/// The one item an `itemgetter(k)` fetches, when `f` is such a getter (a
/// sort calls `obj[k]` for each item without calling the getter).
pub fn single_item(f: &Value) -> Option<Value> {
    let g = f
        .host::<Getter>()
        .filter(|g| std::ptr::eq(g.ty, &ITEMGETTER))?;
    match &g.items.borrow()[..] {
        [k] => Some(k.clone()),
        _ => None,
    }
}

fn itemgetter_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // One item (the usual sort key) without copying the getter's list.
    let single = a.pos.first().and_then(single_item);
    if let Some(k) = single {
        let obj = one_arg(vm, a, "itemgetter")?;
        return vm.getitem(&obj, &k);
    }
    let (items, _) = parts(vm, a, &ITEMGETTER)?;
    let obj = one_arg(vm, a, "itemgetter")?;
    vm.work(items.len())?;
    let mut out = Vec::with_capacity(items.len());
    for k in &items {
        out.push(vm.getitem(&obj, k)?);
    }
    Ok(Value::tuple(out))
}

fn itemgetter_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, _) = parts(vm, a, &ITEMGETTER)?;
    let r = reprs(vm, &items)?;
    Ok(Value::string(format!(
        "operator.itemgetter({})",
        r.join(", ")
    )))
}

fn itemgetter_reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, _) = parts(vm, a, &ITEMGETTER)?;
    let cls = vm.types.host_class(&ITEMGETTER);
    Ok(Value::tuple(vec![Value::Obj(cls), Value::tuple(items)]))
}

// ----- attrgetter ------------------------------------------------------------

fn attrgetter_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    if !a.kw.is_empty() {
        return Err(vm.type_error("attrgetter() takes no keyword arguments"));
    }
    if pos.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut items = Vec::with_capacity(pos.len());
    for v in pos {
        let Some(s) = v.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        vm.work(s.len())?;
        let parts: Vec<Value> = s.split('.').map(|p| Value::Obj(vm.intern(p))).collect();
        items.push(Value::tuple(parts));
    }
    Ok(new_getter(&ATTRGETTER, items, Vec::new()))
}

/// `obj.a.b.c` for the parts of one dotted name.
fn dotted(vm: &mut Vm, obj: &Value, parts: &Value) -> PyResult<Value> {
    let mut cur = obj.clone();
    if let Some(Payload::Tuple(ps)) = parts.payload() {
        for p in ps.iter() {
            if let Value::Obj(name) = p {
                cur = vm.getattr(&cur, name)?;
            }
        }
    }
    Ok(cur)
}

fn attrgetter_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, _) = parts(vm, a, &ATTRGETTER)?;
    let obj = one_arg(vm, a, "attrgetter")?;
    if items.len() == 1 {
        return dotted(vm, &obj, &items[0]);
    }
    vm.work(items.len())?;
    let mut out = Vec::with_capacity(items.len());
    for k in &items {
        out.push(dotted(vm, &obj, k)?);
    }
    Ok(Value::tuple(out))
}

/// The dotted names of an attrgetter, as str values.
fn attr_names(items: &[Value]) -> Vec<Value> {
    items
        .iter()
        .map(|t| match t.payload() {
            Some(Payload::Tuple(ps)) => {
                let names: Vec<&str> = ps.iter().filter_map(Value::as_str).collect();
                Value::string(names.join("."))
            }
            _ => Value::str(""),
        })
        .collect()
}

fn attrgetter_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, _) = parts(vm, a, &ATTRGETTER)?;
    let r = reprs(vm, &attr_names(&items))?;
    Ok(Value::string(format!(
        "operator.attrgetter({})",
        r.join(", ")
    )))
}

fn attrgetter_reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, _) = parts(vm, a, &ATTRGETTER)?;
    let cls = vm.types.host_class(&ATTRGETTER);
    Ok(Value::tuple(vec![
        Value::Obj(cls),
        Value::tuple(attr_names(&items)),
    ]))
}

// ----- methodcaller ----------------------------------------------------------

fn methodcaller_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let pos = a.pos.get(1..).unwrap_or(&[]);
    let Some(name) = pos.first() else {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    };
    let Some(s) = name.as_str() else {
        return Err(vm.type_error("method name must be a string"));
    };
    vm.work(s.len())?;
    let mut items = vec![Value::Obj(vm.intern(s))];
    items.extend(pos[1..].iter().cloned());
    Ok(new_getter(&METHODCALLER, items, a.kw.to_vec()))
}

fn methodcaller_call(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, kw) = parts(vm, a, &METHODCALLER)?;
    let obj = one_arg(vm, a, "methodcaller")?;
    let Some(Value::Obj(name)) = items.first() else {
        return Err(vm.type_error("methodcaller has no method name"));
    };
    let f = vm.getattr(&obj, name)?;
    vm.call_kw(&f, &items[1..], &kw)
}

fn methodcaller_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (items, kw) = parts(vm, a, &METHODCALLER)?;
    let mut r = reprs(vm, &items)?;
    for (k, v) in &kw {
        let v = reprs(vm, std::slice::from_ref(v))?;
        let k = match k.payload() {
            Payload::Str(s) => s.s.to_string(),
            _ => String::new(),
        };
        r.push(format!("{k}={}", v.concat()));
    }
    Ok(Value::string(format!(
        "operator.methodcaller({})",
        r.join(", ")
    )))
}

// ----- classes ---------------------------------------------------------------

fn getter_class(
    object: &ObjRef,
    ty: &'static HostType,
    methods: &[(&'static str, NativeFn)],
    doc: &str,
) -> ObjRef {
    let cls = builtin_class(ty.name, object);
    set_class_attr(&cls, "__module__", Value::str("operator"));
    set_class_attr(&cls, "__doc__", Value::str(doc));
    for (i, (name, f)) in methods.iter().enumerate() {
        let kind = if i == 0 {
            NativeKind::StaticMethod
        } else {
            NativeKind::Method
        };
        add_method(&cls, name, *f, kind);
    }
    cls
}

/// The operator types, registered with the builtin types
/// (types/registry.rs).
pub const ROOMS: &[TypeRoom] = &[
    TypeRoom {
        ty: &ITEMGETTER,
        class: |o| {
            getter_class(
                o,
                &ITEMGETTER,
                &[
                    ("__new__", itemgetter_new),
                    ("__call__", itemgetter_call),
                    ("__repr__", itemgetter_repr),
                    ("__reduce__", itemgetter_reduce),
                ],
                "Return a callable object that fetches the given item(s) from its operand.",
            )
        },
        builtin: false,
    },
    TypeRoom {
        ty: &ATTRGETTER,
        class: |o| {
            getter_class(
                o,
                &ATTRGETTER,
                &[
                    ("__new__", attrgetter_new),
                    ("__call__", attrgetter_call),
                    ("__repr__", attrgetter_repr),
                    ("__reduce__", attrgetter_reduce),
                ],
                "Return a callable object that fetches the given attribute(s) from its operand.",
            )
        },
        builtin: false,
    },
    TypeRoom {
        ty: &METHODCALLER,
        class: |o| {
            getter_class(
                o,
                &METHODCALLER,
                &[
                    ("__new__", methodcaller_new),
                    ("__call__", methodcaller_call),
                    ("__repr__", methodcaller_repr),
                ],
                "Return a callable object that calls the given method on its operand.",
            )
        },
        builtin: false,
    },
];
