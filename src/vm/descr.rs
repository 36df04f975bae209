//! The descriptor protocol for objects of user classes: a value found on a
//! class whose own type defines `__get__` (a non-data descriptor) or also
//! `__set__`/`__delete__` (a data descriptor), with CPython's precedence
//! (`object.__getattribute__`, `object.__setattr__`, `object.__delattr__`):
//!
//! - a data descriptor on the type beats the instance dict;
//! - the instance dict beats a non-data descriptor;
//! - on a class, `__get__(descr, None, cls)`;
//! - a store (delete) through a descriptor whose type lacks `__set__`
//!   (`__delete__`) raises `AttributeError: __set__` (`__delete__`).
//!
//! The descriptor methods are looked up on the descriptor's type, never its
//! instance dict (CPython's `_PyType_Lookup`). The natively implemented
//! descriptor kinds (functions, properties, static and class methods) stay
//! in `attr.rs`; `property` is also a data descriptor here, for the
//! precedence and cache decisions.
//!
//! Inline caches: nothing here runs on a cache hit. The attribute caches in
//! `attr.rs` consult [`Vm::is_data_descr`] when they are filled and do not
//! cache an instance-dict entry that a data descriptor overrides; a hit is
//! guarded by `Vm::type_epoch`, which every class namespace change bumps
//! (adding a descriptor to a class, or `__set__` to a descriptor's class).

use crate::object::{ObjRef, Payload, PyResult, Value};

use super::Vm;
use super::eval::name_text;

impl Vm {
    /// A descriptor method (`__get__`, `__set__`, `__delete__`) of the type
    /// of `attr`, when `attr` is an instance of a user class defining it.
    fn descr_method(&mut self, attr: &Value, which: &'static str) -> Option<Value> {
        let Some(Payload::Instance(inst)) = attr.payload() else {
            return None;
        };
        let cls = inst.class.clone();
        let n = self.intern_static(which);
        self.class_lookup(&cls, &n)
    }

    /// Whether a value found on a class overrides the instance dict on
    /// lookup and store: a property, or an object whose type defines
    /// `__set__` or `__delete__`.
    pub(crate) fn is_data_descr(&mut self, attr: &Value) -> bool {
        match attr.payload() {
            Some(Payload::Property(_)) => true,
            Some(Payload::Instance(_)) => {
                self.descr_method(attr, "__set__").is_some()
                    || self.descr_method(attr, "__delete__").is_some()
            }
            _ => false,
        }
    }

    /// Call a descriptor method `f` found on the type of `descr` with
    /// `descr` as self. A plain function (the usual case) is called with
    /// `descr` prepended, with no bound method made; anything else is bound
    /// first, as CPython's `lookup_maybe_method` does.
    fn call_descr_method(&mut self, f: Value, descr: &Value, args: &[Value]) -> PyResult<Value> {
        if let Some(Payload::Function(_)) = f.payload() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(descr.clone());
            all.extend_from_slice(args);
            return self.call(&f, &all);
        }
        let owner = self.type_of(descr);
        let m = self.bind_class_attr(f, descr, &owner)?;
        self.call(&m, args)
    }

    /// The `__get__` of the type of `attr` (an instance of a user class),
    /// and whether that type also has `__set__` or `__delete__` (a data
    /// descriptor). None when the type has no `__get__`: the attribute is
    /// then the value itself, whatever else its type defines.
    pub(crate) fn descr_getter(&mut self, attr: &Value) -> Option<(Value, bool)> {
        let get = self.descr_method(attr, "__get__")?;
        let data = self.descr_method(attr, "__set__").is_some()
            || self.descr_method(attr, "__delete__").is_some();
        Some((get, data))
    }

    /// `get(attr, obj, cls)`: a descriptor's `__get__` (from
    /// [`Vm::descr_getter`]) for `attr` found on `cls`; `obj` Undef (accessed
    /// on the class) is passed as None. CPython calls the `__get__` found on
    /// the type as it is (`slot_tp_descr_get`), descriptor first.
    pub(crate) fn call_descr_get(
        &mut self,
        get: &Value,
        attr: &Value,
        obj: &Value,
        cls: &ObjRef,
    ) -> PyResult<Value> {
        let inst = match obj {
            Value::Undef => Value::None,
            o => o.clone(),
        };
        self.call(get, &[attr.clone(), inst, Value::Obj(cls.clone())])
    }

    /// `type(attr).__get__(attr, obj, cls)` for a user descriptor found on
    /// `cls`, or `attr` itself when its type has no `__get__`.
    pub(crate) fn user_descr_get(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &ObjRef,
    ) -> PyResult<Value> {
        match self.descr_method(&attr, "__get__") {
            Some(get) => self.call_descr_get(&get, &attr, obj, cls),
            None => Ok(attr),
        }
    }

    /// `obj.name = value` (`value` Some) or `del obj.name` (None) through a
    /// data descriptor on `cls`, the type of `obj`: a property's setter or
    /// deleter, or a user descriptor's `__set__`/`__delete__`. Ok(false) when
    /// `name` has no data descriptor on `cls` (the instance dict takes it).
    pub(crate) fn descr_store(
        &mut self,
        cls: &ObjRef,
        obj: &Value,
        name: &ObjRef,
        value: Option<&Value>,
    ) -> PyResult<bool> {
        let Some(attr) = self.class_lookup(cls, name) else {
            return Ok(false);
        };
        match attr.payload() {
            Some(Payload::Property(p)) => {
                let which = if value.is_some() { 1 } else { 2 };
                let f = p[which].clone();
                if f.is_none() {
                    let n = name_text(name);
                    let tn = self.class_name(cls);
                    let what = if which == 1 { "setter" } else { "deleter" };
                    return Err(self.attribute_error(format!(
                        "property '{n}' of '{tn}' object has no {what}"
                    )));
                }
                match value {
                    Some(v) => self.call(&f, &[obj.clone(), v.clone()])?,
                    None => self.call(&f, std::slice::from_ref(obj))?,
                };
                Ok(true)
            }
            Some(Payload::Instance(_)) => {
                let set = self.descr_method(&attr, "__set__");
                let del = self.descr_method(&attr, "__delete__");
                if set.is_none() && del.is_none() {
                    return Ok(false);
                }
                let (f, missing) = match value {
                    Some(_) => (set, "__set__"),
                    None => (del, "__delete__"),
                };
                let Some(f) = f else {
                    return Err(self.attribute_error(missing));
                };
                match value {
                    Some(v) => self.call_descr_method(f, &attr, &[obj.clone(), v.clone()])?,
                    None => self.call_descr_method(f, &attr, std::slice::from_ref(obj))?,
                };
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
