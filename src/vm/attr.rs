//! Attribute access: type of a value, MRO lookup, the native descriptors
//! (functions, properties, static and class methods; user descriptors are in
//! `descr.rs`), instance dicts, `__getattr__`, and the inline-cached fast paths
//! used by `LoadAttr`, `StoreAttr` and `LoadMethod`.
//!
//! Cache validity: every entry is guarded by the class address and
//! `Vm::type_epoch`, which is bumped on any change to any class namespace, so a
//! hit means "the class side of the lookup is unchanged". Instance-dict hits are
//! additionally checked by comparing the key at the cached index with the
//! (interned) name. An instance-dict entry is cached only when no data
//! descriptor (a property, or an object whose type has `__set__` or
//! `__delete__`) of that name is on the class. Class attributes are cached
//! only when they need no binding (`LoadAttr`: not a function, native method,
//! static/class method, property, nor an object whose type has `__get__`) or
//! are plain functions or native methods (`LoadMethod`), so a hit never
//! returns a descriptor unbound; both class-side hits check on every use that
//! the instance dict does not shadow the name.

use std::rc::Rc;

use crate::object::dict::Dict;
use crate::object::{
    BuiltinType, Instance, NativeKind, ObjRef, Payload, PyResult, Value, ViewKind,
};
use crate::types::dict_ops::find_str;

use super::Vm;
use super::eval::{dict_ref, name_text};
use crate::object::code::{Cache, Code};

const KIND_INST_DICT: u32 = 1;
/// A method on the type (`LoadMethod`); the MRO position is in bits 8 and up.
const KIND_METHOD: u32 = 2;
/// A plain (non-descriptor) class attribute read on an instance (`LoadAttr`);
/// the MRO position is in bits 8 and up.
const KIND_CLASS_ATTR: u32 = 3;
/// A property with a getter on the type, read on an instance whose class
/// has no `__getattr__` (`LoadAttr`): the getter is called at once, with no
/// lookup; the MRO position is in bits 8 and up.
const KIND_PROPERTY: u32 = 4;

pub(crate) use crate::object::class_of;

impl Vm {
    /// `type(v)`.
    #[inline]
    pub fn type_of(&self, v: &Value) -> ObjRef {
        self.type_ref(v).clone()
    }

    /// `type(v)`, borrowed: the inline caches compare its address without
    /// counting a reference.
    pub fn type_ref<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        let t = &self.types;
        match v {
            Value::Undef | Value::None => &t.none_type,
            Value::Bool(_) => &t.bool_,
            Value::Int(_) => &t.int,
            Value::Float(_) => &t.float,
            Value::Obj(o) => match o.payload() {
                Payload::Str(_) => &t.str_,
                Payload::Bytes(_) => &t.bytes,
                Payload::BigInt(_) => &t.int,
                Payload::Tuple(_) => &t.tuple,
                Payload::List(_) => &t.list,
                Payload::Dict(_) => &t.dict,
                Payload::Set(_) => &t.set,
                Payload::FrozenSet(_) => &t.frozenset,
                Payload::Range(_) => &t.range,
                Payload::Slice(_) => &t.slice,
                Payload::Function(_) => &t.function,
                Payload::Native(_) => &t.builtin_function,
                Payload::BoundMethod(_) => &t.method,
                Payload::Class(c) => match &c.metaclass {
                    Some(m) => m,
                    None => &t.type_,
                },
                Payload::Instance(i) => &i.class,
                Payload::Module(_) => &t.module,
                Payload::Code(_) => &t.code,
                Payload::Cell(_) => &t.cell,
                Payload::Iter(it) => t.iter_type_ref(it.type_name),
                Payload::Generator(g) => match g.try_borrow().map(|g| g.kind) {
                    Ok(crate::bytecode::GenKind::Coroutine) => &t.coroutine,
                    Ok(crate::bytecode::GenKind::AsyncGenerator) => &t.async_generator,
                    _ => &t.generator,
                },
                Payload::Property(_) => &t.property,
                Payload::StaticMethod(_) => &t.staticmethod,
                Payload::ClassMethod(_) => &t.classmethod,
                Payload::Super(_) => &t.super_,
                Payload::DictView(_, ViewKind::Keys) => &t.dict_keys,
                Payload::DictView(_, ViewKind::Values) => &t.dict_values,
                Payload::DictView(_, ViewKind::Items) => &t.dict_items,
                Payload::NotImplemented => &t.not_implemented_type,
                Payload::Ellipsis => &t.ellipsis_type,
                Payload::Host(h) => self.host_class_of(h.get().host_type()),
            },
        }
    }

    /// `type(v).__name__`.
    pub fn type_name(&self, v: &Value) -> String {
        // A native number type whose class Python code supplies
        // (host_number.rs) is named as CPython's C type is: with its
        // module (`'decimal.Decimal' object has no attribute 'x'`).
        if let Some(Payload::Host(h)) = v.payload()
            && self.host_number(h.get().host_type()).is_some()
        {
            return h.get().type_name().to_string();
        }
        let t = self.type_of(v);
        self.class_name(&t)
    }

    /// A class's `__name__`.
    pub fn class_name(&self, cls: &ObjRef) -> String {
        match class_of(cls) {
            Some(c) => name_text(&c.name.borrow()),
            None => String::from("?"),
        }
    }

    /// Whether `sub` is `sup` or derives from it. A frozen copy of a class
    /// counts as the class it was copied from (same `origin`).
    pub fn is_subclass(&self, sub: &ObjRef, sup: &ObjRef) -> bool {
        if sub.is(sup) {
            return true;
        }
        let Some(c) = class_of(sub) else {
            return false;
        };
        if c.mro.iter().any(|m| m.is(sup)) {
            return true;
        }
        // Only a user class can have a copy: builtin types are shared.
        match class_of(sup) {
            Some(s) if s.builtin.is_none() => {
                c.origin == s.origin
                    || c.mro
                        .iter()
                        .any(|m| class_of(m).is_some_and(|mc| mc.origin == s.origin))
            }
            _ => false,
        }
    }

    /// `isinstance(v, cls)` for a single class.
    pub fn is_instance(&self, v: &Value, cls: &ObjRef) -> bool {
        let t = self.type_of(v);
        self.is_subclass(&t, cls)
    }

    /// Look `name` up along the class's MRO (the class itself first).
    /// A value found on a class of another sandbox's authority comes back
    /// guarded (authority.rs: what it runs keeps that authority).
    pub fn class_lookup(&self, cls: &ObjRef, name: &ObjRef) -> Option<Value> {
        let c = class_of(cls)?;
        let found = |h: &crate::object::Class| {
            let d = h.dict.borrow();
            find_str(&d, name).and_then(|i| d.value_at(i).cloned())
        };
        let (v, a) = match found(c) {
            Some(v) => (v, c.authority),
            None => c.mro.iter().find_map(|base| {
                let bc = class_of(base)?;
                found(bc).map(|v| (v, bc.authority))
            })?,
        };
        if self.is_foreign(a) {
            return Some(self.guard_foreign(v, a));
        }
        Some(v)
    }

    /// Look a special method up on the type of `v` (not the instance).
    pub fn lookup_special(&mut self, v: &Value, name: &ObjRef) -> Option<Value> {
        let t = self.type_of(v);
        self.class_lookup(&t, name)
    }

    /// Look a special method up by text.
    pub fn lookup_special_str(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let n = self.intern_static(name);
        self.lookup_special(v, &n)
    }

    /// A new, empty instance of a user class.
    pub fn new_instance(&mut self, cls: &ObjRef) -> ObjRef {
        self.new_instance_with_base(cls, Value::Undef)
    }

    /// A new instance of `cls` extending the builtin value `base` (Undef for
    /// classes that do not derive from a builtin value type).
    #[inline(never)]
    pub fn new_instance_with_base(&mut self, cls: &ObjRef, base: Value) -> ObjRef {
        let is_exc = self.is_subclass(cls, &self.exc_types.base_exception.clone());
        let exc = if is_exc {
            Some(Box::new(crate::object::cell::PyCell::new(
                crate::object::ExcData {
                    args: Value::Obj(self.none_singletons.empty_tuple.clone()),
                    traceback: Vec::new(),
                    cause: Value::None,
                    context: Value::None,
                    suppress_context: false,
                    group: None,
                },
            )))
        } else {
            None
        };
        ObjRef::new(Payload::Instance(Instance {
            class: cls.clone(),
            dict: ObjRef::new(Payload::Dict(crate::object::cell::PyCell::new(
                Dict::with_capacity(class_of(cls).map_or(0, |c| c.attr_hint.get())),
            ))),
            base,
            exc,
        }))
    }

    /// CPython's error for reading a property without a getter: it names
    /// the property by the class attribute that holds it.
    #[cold]
    fn no_getter(&mut self, prop: &Value, obj: &Value) -> crate::object::Exc {
        let cls = self.type_of(obj);
        let tn = self.class_name(&cls);
        let holders = class_of(&cls).map(|c| c.mro.clone()).unwrap_or_default();
        let name = std::iter::once(&cls).chain(holders.iter()).find_map(|h| {
            let d = class_of(h)?.dict.borrow();
            d.iter().find_map(|(k, v)| match (k, v.is(prop)) {
                (Value::Obj(k), true) => match k.payload() {
                    Payload::Str(s) => Some(s.s.to_string()),
                    _ => None,
                },
                _ => None,
            })
        });
        match name {
            Some(n) => {
                self.attribute_error(format!("property '{n}' of '{tn}' object has no getter"))
            }
            None => self.attribute_error(format!("property of '{tn}' object has no getter")),
        }
    }

    /// Bind a value found on a class to `obj` (the descriptor protocol:
    /// the native kinds here, an object whose type has `__get__` through
    /// `user_descr_get`). `obj` is Undef when accessed on the class.
    pub(crate) fn bind_class_attr(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &ObjRef,
    ) -> PyResult<Value> {
        let Value::Obj(a) = &attr else {
            return Ok(attr);
        };
        match a.payload() {
            Payload::Function(_) => {
                if let Value::Undef = obj {
                    Ok(attr)
                } else {
                    Ok(bound(attr.clone(), obj.clone()))
                }
            }
            Payload::Native(n) => match n.kind {
                NativeKind::Method if !matches!(obj, Value::Undef) => {
                    Ok(bound(attr.clone(), obj.clone()))
                }
                NativeKind::ClassMethod => Ok(bound(attr.clone(), Value::Obj(cls.clone()))),
                _ => Ok(attr),
            },
            Payload::StaticMethod(f) => Ok(f.clone()),
            Payload::ClassMethod(f) => Ok(bound(f.clone(), Value::Obj(cls.clone()))),
            Payload::Property(p) => {
                if let Value::Undef = obj {
                    return Ok(attr);
                }
                let getter = p[0].clone();
                if getter.is_none() {
                    return Err(self.no_getter(&attr, obj));
                }
                self.call_getter(&getter, obj)
            }
            Payload::Instance(_) => self.user_descr_get(attr, obj, cls),
            Payload::Host(_) => match super::authority::foreign_parts(&attr) {
                Some((target, a)) => self.bind_foreign(target, a, obj, cls),
                None => Ok(attr),
            },
            _ => Ok(attr),
        }
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Some(ga) = self.custom_getattribute(obj) {
            return match self.call(&ga, &[obj.clone(), Value::Obj(name.clone())]) {
                Ok(v) => Ok(v),
                Err(e) => {
                    let ae = self.exc_types.attribute_error.clone();
                    let gattr = self.intern_static("__getattr__");
                    match self.lookup_special(obj, &gattr) {
                        Some(f) if self.exc_is(&e, &ae) => {
                            self.call(&f, &[obj.clone(), Value::Obj(name.clone())])
                        }
                        _ => Err(e),
                    }
                }
            };
        }
        match self.getattr_opt(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                // __getattr__ fallback for instances.
                if let Some(Payload::Instance(_)) = obj.payload() {
                    let ga = self.intern_static("__getattr__");
                    if let Some(f) = self.lookup_special(obj, &ga) {
                        return self.call(&f, &[obj.clone(), Value::Obj(name.clone())]);
                    }
                }
                // ... and for classes, a metaclass's `__getattr__`.
                if let Some(f) = self.meta_method(obj, "__getattr__") {
                    return self.call_meta_method(f, obj, &[Value::Obj(name.clone())], &[]);
                }
                Err(self.no_attribute(obj, name))
            }
            // An AttributeError from a descriptor (a property getter, a
            // `__get__`) also falls back to __getattr__, as in CPython.
            Err(e) => {
                if let Some(Payload::Instance(_)) = obj.payload() {
                    let ae = self.exc_types.attribute_error.clone();
                    let ga = self.intern_static("__getattr__");
                    if self.exc_is(&e, &ae)
                        && let Some(f) = self.lookup_special(obj, &ga)
                    {
                        return self.call(&f, &[obj.clone(), Value::Obj(name.clone())]);
                    }
                }
                let ae = self.exc_types.attribute_error.clone();
                if self.exc_is(&e, &ae)
                    && let Some(f) = self.meta_method(obj, "__getattr__")
                {
                    return self.call_meta_method(f, obj, &[Value::Obj(name.clone())], &[]);
                }
                Err(e)
            }
        }
    }

    /// A Python-level `__getattribute__` override on an instance's class
    /// (or a class's metaclass).
    pub(crate) fn custom_getattribute(&mut self, obj: &Value) -> Option<Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            // A class: its metaclass's `__getattribute__`, if a Python one.
            return match self.meta_method(obj, "__getattribute__") {
                Some(f @ Value::Obj(_)) if matches!(f.payload(), Some(Payload::Function(_))) => {
                    Some(f)
                }
                _ => None,
            };
        };
        let cls = inst.class.clone();
        let name = self.intern_static("__getattribute__");
        match self.class_lookup(&cls, &name) {
            Some(f @ Value::Obj(_)) if matches!(f.payload(), Some(Payload::Function(_))) => Some(f),
            _ => None,
        }
    }

    /// `getattr(obj, "name")` by text.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let n = self.intern(name);
        self.getattr(obj, &n)
    }

    #[cold]
    pub(crate) fn no_attribute(&mut self, obj: &Value, name: &ObjRef) -> crate::object::Exc {
        let n = name_text(name);
        let msg = match obj.payload() {
            Some(Payload::Class(c)) => {
                format!(
                    "type object '{}' has no attribute '{n}'",
                    name_text(&c.name.borrow())
                )
            }
            Some(Payload::Module(m)) => {
                format!("module '{}' has no attribute '{n}'", name_text(&m.name))
            }
            _ => format!("'{}' object has no attribute '{n}'", self.type_name(obj)),
        };
        let c = self.exc_types.attribute_error.clone();

        self.new_exc(&c, &msg)
    }

    /// Attribute lookup without the `__getattr__` fallback; None when missing.
    pub fn getattr_opt(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        if let Some(p) = obj.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_getattr(&p, name).map(Some);
        }
        if let Some(Payload::Super(sp)) = obj.payload() {
            let (start, inst) = (sp.0.clone(), sp.1.clone());
            return self.super_getattr(&start, &inst, name);
        }
        let cls = self.type_of(obj);
        if let Some(Payload::Class(_)) = obj.payload() {
            return self.class_getattr(obj, name);
        }
        let cls_attr = self.class_lookup(&cls, name);
        // A user descriptor's `__get__`, looked up once: (Some, _) for an
        // instance of a user class found on the class, None inside when its
        // type has no `__get__` (the attribute is then the value itself).
        let mut user_get = None;
        // Data descriptors on the class win over the instance dict.
        if let Some(a @ Value::Obj(o)) = &cls_attr {
            match o.payload() {
                Payload::Property(_) => {
                    return self.bind_class_attr(a.clone(), obj, &cls).map(Some);
                }
                Payload::Instance(_) => match self.descr_getter(a) {
                    Some((get, true)) => return self.call_descr_get(&get, a, obj, &cls).map(Some),
                    Some((get, false)) => user_get = Some(Some(get)),
                    None => user_get = Some(None),
                },
                _ => {}
            }
        }
        if let Some(p) = obj.payload() {
            match p {
                Payload::Instance(inst) => {
                    let d = inst.dict().borrow();
                    if let Some(i) = find_str(&d, name) {
                        return Ok(d.value_at(i).cloned());
                    }
                }
                Payload::Module(m) => {
                    let d = dict_ref(&m.dict).borrow();
                    if let Some(i) = find_str(&d, name) {
                        return Ok(d.value_at(i).cloned());
                    }
                }
                Payload::Function(f) => {
                    if let Some(d) = &*f.dict.borrow() {
                        let d = dict_ref(d).borrow();
                        if let Some(i) = find_str(&d, name) {
                            return Ok(d.value_at(i).cloned());
                        }
                    }
                }
                _ => {}
            }
            if let Some(v) = self.special_attr(obj, name)? {
                return Ok(Some(v));
            }
        } else if let Some(v) = self.special_attr(obj, name)? {
            // Immediates (ints, floats, bools, None) have `__class__` too.
            return Ok(Some(v));
        }
        match (cls_attr, user_get) {
            (Some(a), Some(Some(get))) => self.call_descr_get(&get, &a, obj, &cls).map(Some),
            (Some(a), Some(None)) => Ok(Some(a)),
            (Some(a), None) => self.bind_class_attr(a, obj, &cls).map(Some),
            // A bound method reads through to its function, as CPython's
            // does (`obj.method.__doc__`, `obj.method.__globals__`).
            (None, _) => match obj.payload() {
                Some(Payload::BoundMethod(bm)) => {
                    let f = bm.0.clone();
                    self.getattr_opt(&f, name)
                }
                _ => Ok(None),
            },
        }
    }

    /// `super(start, inst).name`: search the MRO of `inst`'s type after `start`.
    fn super_getattr(
        &mut self,
        start: &ObjRef,
        inst: &Value,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        // `super(C, X)` with a class X: X's own MRO when X derives from C
        // (a class method), else the MRO of X's metaclass (a metaclass
        // method, where X is an instance of C).
        let inst_is_class = match inst {
            Value::Obj(o) if matches!(o.payload(), Payload::Class(_)) => self.is_subclass(o, start),
            _ => false,
        };
        let ty = if inst_is_class {
            inst.as_obj()
                .cloned()
                .unwrap_or_else(|| self.types.object.clone())
        } else {
            self.type_of(inst)
        };
        let Some(c) = class_of(&ty) else {
            return Ok(None);
        };
        let order: Vec<ObjRef> = std::iter::once(ty.clone())
            .chain(c.mro.iter().cloned())
            .collect();
        let pos = order
            .iter()
            .position(|k| k.is(start))
            .map(|p| p + 1)
            .unwrap_or(order.len());
        for k in &order[pos..] {
            let found = class_of(k).and_then(|kc| {
                let d = kc.dict.borrow();
                let v = find_str(&d, name).and_then(|i| d.value_at(i).cloned())?;
                Some(if self.is_foreign(kc.authority) {
                    self.guard_foreign(v, kc.authority)
                } else {
                    v
                })
            });
            if let Some(v) = found {
                let bind_to = if inst_is_class {
                    Value::Undef
                } else {
                    inst.clone()
                };
                if inst_is_class && let Some(Payload::ClassMethod(f)) = v.payload() {
                    return Ok(Some(bound(f.clone(), inst.clone())));
                }
                return self.bind_class_attr(v, &bind_to, &ty).map(Some);
            }
        }
        Ok(None)
    }

    /// Attributes on a class object: its MRO, then the metatype (`type`, or
    /// the class's metaclass: meta.rs).
    fn class_getattr(&mut self, cls_v: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let Some(cls) = cls_v.as_obj().cloned() else {
            return Ok(None);
        };
        if let Some(v) = self.special_attr(cls_v, name)? {
            return Ok(Some(v));
        }
        if let Some(meta) = class_of(&cls).and_then(|c| c.metaclass.clone()) {
            return self.class_getattr_meta(cls_v, &cls, &meta, name);
        }
        if let Some(a) = self.class_lookup(&cls, name) {
            return self.bind_class_attr(a, &Value::Undef, &cls).map(Some);
        }
        let meta = self.types.type_.clone();
        if let Some(a) = self.class_lookup(&meta, name) {
            return self.bind_class_attr(a, cls_v, &meta).map(Some);
        }
        Ok(None)
    }

    /// Attributes that live in the payload rather than a dict.
    fn special_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let n = match name.payload() {
            Payload::Str(s) => &*s.s,
            _ => return Ok(None),
        };
        if !is_payload_attr_text(n) {
            return Ok(None);
        }
        crate::types::special_attrs::get(self, obj, n)
    }

    /// CPython's error for setting or deleting an attribute of a builtin
    /// type (`verb` "set" for both, as CPython words it).
    fn immutable_type_error(
        &mut self,
        c: &crate::object::Class,
        name: &ObjRef,
        verb: &str,
    ) -> crate::object::Exc {
        let tn = name_text(&c.name.borrow());
        let n = name_text(name);
        self.type_error(format!(
            "cannot {verb} '{n}' attribute of immutable type '{tn}'"
        ))
    }

    /// A builtin type, or another class of the shared static set (the
    /// exception classes, `sandbox.Queue`): immutable for every sandbox.
    fn is_immutable_type(o: &ObjRef, c: &crate::object::Class) -> bool {
        c.builtin.is_some() || o.is_static()
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        if let Some(p) = obj.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_setattr(&p, name, Some(&value));
        }
        match obj.payload() {
            Some(Payload::Instance(inst)) => {
                let cls = inst.class.clone();
                let sa = self.intern_static("__setattr__");
                if let Some(f) = self.class_lookup(&cls, &sa)
                    && !matches!(&f, Value::Obj(o) if o.is(&self.types.object_setattr))
                {
                    self.call(&f, &[obj.clone(), Value::Obj(name.clone()), value])?;
                    return Ok(());
                }
                self.object_setattr(obj, name, value)
            }
            Some(Payload::Class(c)) => {
                if obj.as_obj().is_some_and(|o| Self::is_immutable_type(o, c)) {
                    return Err(self.immutable_type_error(c, name, "set"));
                }
                crate::freeze::check_mutable(self, obj)?;
                if c.metaclass.is_some() && self.meta_setattr(obj, name, &value)? {
                    return Ok(());
                }
                self.type_setattr(obj, name, value)
            }
            Some(Payload::Module(m)) => {
                crate::freeze::check_mutable(self, obj)?;
                if crate::types::special_attrs::set(self, obj, &name_text(name), &value)? {
                    return Ok(());
                }
                let d = m.dict.clone();
                self.dict_set_str(&d, name, value)
            }
            Some(Payload::Function(f)) => {
                crate::freeze::check_mutable(self, obj)?;
                let n = name_text(name);
                match n.as_str() {
                    "__name__" => {
                        if let Some(Payload::Str(_)) = value.payload() {
                            *f.name.borrow_mut() =
                                value.as_obj().cloned().unwrap_or_else(|| name.clone());
                            return Ok(());
                        }
                        return Err(self.type_error("__name__ must be set to a string object"));
                    }
                    "__qualname__" => {
                        if let Some(o) = value.as_obj() {
                            *f.qualname.borrow_mut() = o.clone();
                        }
                        return Ok(());
                    }
                    "__doc__" => {
                        *f.doc.borrow_mut() = value;
                        return Ok(());
                    }
                    _ => {
                        if crate::types::special_attrs::set(self, obj, &n, &value)? {
                            return Ok(());
                        }
                    }
                }
                let d = {
                    let mut slot = f.dict.borrow_mut();
                    slot.get_or_insert_with(|| {
                        ObjRef::new(Payload::Dict(crate::object::cell::PyCell::new(Dict::new())))
                    })
                    .clone()
                };
                self.dict_set_str(&d, name, value)
            }
            _ => {
                if let Some(Payload::Cell(_)) = obj.payload() {
                    crate::freeze::check_mutable(self, obj)?;
                }
                let n = name_text(name);
                if crate::types::special_attrs::set(self, obj, &n, &value)? {
                    return Ok(());
                }
                let tn = self.type_name(obj);
                Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")))
            }
        }
    }

    /// `type.__setattr__`: set a class attribute in its namespace (after
    /// the checks `setattr` makes; a metaclass's own `__setattr__` calls
    /// this through `super()`).
    pub(crate) fn type_setattr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        value: Value,
    ) -> PyResult<()> {
        let Some(Payload::Class(c)) = obj.payload() else {
            return Err(self.type_error("descriptor '__setattr__' requires a 'type' object"));
        };
        if obj.as_obj().is_some_and(|o| Self::is_immutable_type(o, c)) {
            return Err(self.immutable_type_error(c, name, "set"));
        }
        crate::freeze::check_mutable(self, obj)?;
        if crate::types::special_attrs::set(self, obj, &name_text(name), &value)? {
            return Ok(());
        }
        let is_abstract = match name.payload() {
            Payload::Str(s) if &*s.s == "__abstractmethods__" => Some(self.truthy(&value)?),
            _ => None,
        };
        let key = Value::Obj(name.clone());
        let h = self.hash(&key)?;
        let mut d = c.dict.borrow_mut();
        match find_str(&d, name) {
            Some(i) => {
                d.set_value_at(i, value);
            }
            None => {
                d.push_new(h, key, value);
            }
        }
        drop(d);
        self.type_epoch += 1;
        if matches!(name.payload(), Payload::Str(s) if &*s.s == "__del__") {
            c.has_del.set(true);
        }
        if let Some(flag) = is_abstract {
            c.is_abstract.set(flag);
        }
        Ok(())
    }

    /// `type.__delattr__`: remove a class attribute from its namespace.
    pub(crate) fn type_delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let Some(Payload::Class(c)) = obj.payload() else {
            return Err(self.type_error("descriptor '__delattr__' requires a 'type' object"));
        };
        if obj.as_obj().is_some_and(|o| Self::is_immutable_type(o, c)) {
            return Err(self.immutable_type_error(c, name, "set"));
        }
        crate::freeze::check_mutable(self, obj)?;
        let mut d = c.dict.borrow_mut();
        match find_str(&d, name) {
            Some(i) => {
                d.remove_at(i);
                drop(d);
                self.type_epoch += 1;
                if matches!(name.payload(), Payload::Str(s) if &*s.s == "__abstractmethods__") {
                    c.is_abstract.set(false);
                }
                Ok(())
            }
            None => {
                drop(d);
                Err(self.no_attribute(obj, name))
            }
        }
    }

    /// Exception attributes kept in the exception state rather than the
    /// instance dict; true when `name` was one of them.
    fn exc_setattr(&mut self, obj: &Value, name: &str, value: &Value) -> PyResult<bool> {
        let Some(d) = obj.as_obj().and_then(super::exc::exc_data) else {
            return Ok(false);
        };
        match name {
            "args" => {
                let items = self.collect(value)?;
                d.borrow_mut().args = Value::tuple(items);
            }
            "__cause__" | "__context__" => {
                let ok = value.is_none() || {
                    let be = self.exc_types.base_exception.clone();
                    self.is_instance(value, &be)
                };
                if !ok {
                    let which = if name == "__cause__" {
                        "cause"
                    } else {
                        "context"
                    };
                    return Err(self.type_error(format!(
                        "exception {which} must be None or derive from BaseException"
                    )));
                }
                let mut data = d.borrow_mut();
                if name == "__cause__" {
                    data.cause = value.clone();
                    data.suppress_context = true;
                } else {
                    data.context = value.clone();
                }
            }
            "message" | "exceptions" if crate::types::exception_group::is_group(obj) => {
                return Err(self.attribute_error("readonly attribute"));
            }
            "__suppress_context__" => {
                let b = self.truthy(value)?;
                d.borrow_mut().suppress_context = b;
            }
            "__traceback__" => {
                if value.is_none() {
                    d.borrow_mut().traceback.clear();
                } else if !self.is_instance(value, &self.types.traceback.clone()) {
                    return Err(self.type_error("__traceback__ must be a traceback or None"));
                }
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// Whether `__slots__` on every class of `cls`'s MRO leave instances
    /// without a `__dict__` (so only the named slots may be set).
    pub(crate) fn has_no_instance_dict(&mut self, cls: &ObjRef) -> bool {
        self.slot_names(cls).is_some()
    }

    /// The slot names allowed on instances of `cls`, or None when instances
    /// have a `__dict__` (some class in the MRO declares no `__slots__`, or
    /// one of them lists `__dict__`).
    fn slot_names(&mut self, cls: &ObjRef) -> Option<Vec<String>> {
        let key = self.intern_static("__slots__");
        let classes: Vec<ObjRef> = match class_of(cls) {
            Some(c) => std::iter::once(cls.clone())
                .chain(c.mro.iter().cloned())
                .collect(),
            None => return None,
        };
        let mut names = Vec::new();
        for k in &classes {
            let kc = class_of(k)?;
            if kc.builtin.is_some() {
                // object and the value types (tuple, int, list, ...) give
                // their instances no `__dict__`: a subclass with
                // `__slots__` has none either, as in CPython.
                if kc.builtin == Some(BuiltinType::Object)
                    || kc.builtin.is_some_and(BuiltinType::is_value_base)
                {
                    continue;
                }
                return None;
            }
            let slots = {
                let d = kc.dict.borrow();
                find_str(&d, &key).and_then(|i| d.value_at(i).cloned())
            };
            let slots = slots?;
            let items = match slots.payload() {
                Some(Payload::Str(s)) => vec![s.s.to_string()],
                Some(Payload::Tuple(t)) => {
                    t.iter().filter_map(|v| v.as_obj().map(name_text)).collect()
                }
                Some(Payload::List(l)) => l
                    .borrow()
                    .iter()
                    .filter_map(|v| v.as_obj().map(name_text))
                    .collect(),
                // A dict names the slots by its keys (its values are
                // their docstrings).
                Some(Payload::Dict(d)) => d
                    .borrow()
                    .iter()
                    .filter_map(|(k, _)| k.as_obj().map(name_text))
                    .collect(),
                _ => return None,
            };
            if items.iter().any(|s| s == "__dict__") {
                return None;
            }
            names.extend(items);
        }
        Some(names)
    }

    /// Whether instances of `cls` can be weakly referenced as far as
    /// `__slots__` go: some class declares none, or one lists `__weakref__`
    /// (or `__dict__`).
    pub(crate) fn slots_allow_weakref(&mut self, cls: &ObjRef) -> bool {
        self.slot_names(cls)
            .is_none_or(|names| names.iter().any(|s| s == "__weakref__"))
    }

    /// Whether `__slots__` forbid setting `name` on instances of `cls`.
    fn slots_forbid(&mut self, cls: &ObjRef, name: &ObjRef) -> bool {
        let n = name_text(name);
        match self.slot_names(cls) {
            Some(names) => !names.iter().any(|s| *s == *n),
            None => false,
        }
    }

    /// `object.__setattr__`: data descriptors, then the instance dict.
    pub fn object_setattr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            if let Some(Payload::Class(_)) = obj.payload() {
                // CPython's `object.__setattr__` refuses a class (and the
                // metaclass's own `__setattr__` may be the caller).
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("can't apply this __setattr__ to {tn} object")));
            }
            return self.setattr(obj, name, value);
        };
        crate::freeze::check_mutable(self, obj)?;
        let cls = inst.class.clone();
        if self.descr_store(&cls, obj, name, Some(&value))? {
            return Ok(());
        }
        let n = name_text(name);
        if n == "__class__" || n == "__dict__" {
            if self.slots_forbid(&cls, name) {
                let tn = self.class_name(&cls);
                return Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
            }
            if crate::types::special_attrs::set(self, obj, &n, &value)? {
                return Ok(());
            }
        }
        if inst.exc.is_some() && self.exc_setattr(obj, &n, &value)? {
            return Ok(());
        }
        if self.slots_forbid(&cls, name) {
            let tn = self.class_name(&cls);
            return Err(self.attribute_error(format!("'{tn}' object has no attribute '{n}'")));
        }
        let key = Value::Obj(name.clone());
        let h = self.hash(&key)?;
        let Ok(mut d) = inst.dict().try_borrow_mut() else {
            return Err(self.runtime_error("instance dict changed during attribute update"));
        };
        match find_str(&d, name) {
            Some(i) => {
                let old = d.set_value_at(i, value);
                drop(d);
                drop(old);
            }
            None => {
                d.push_new(h, key, value);
            }
        }
        Ok(())
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        if let Some(p) = obj.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return self.proxy_setattr(&p, name, None);
        }
        match obj.payload() {
            Some(Payload::Instance(inst)) => {
                let cls = inst.class.clone();
                let da = self.intern_static("__delattr__");
                if let Some(f) = self.class_lookup(&cls, &da)
                    && !matches!(&f, Value::Obj(o) if o.is(&self.types.object_delattr))
                {
                    self.call(&f, &[obj.clone(), Value::Obj(name.clone())])?;
                    return Ok(());
                }
                self.object_delattr(obj, name)
            }
            Some(Payload::Class(c)) => {
                if obj.as_obj().is_some_and(|o| Self::is_immutable_type(o, c)) {
                    return Err(self.immutable_type_error(c, name, "set"));
                }
                crate::freeze::check_mutable(self, obj)?;
                if c.metaclass.is_some() && self.meta_delattr(obj, name)? {
                    return Ok(());
                }
                self.type_delattr(obj, name)
            }
            Some(Payload::Module(m)) => {
                crate::freeze::check_mutable(self, obj)?;
                let d = m.dict.clone();
                if self.dict_del_str(&d, name)? {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }

    /// `object.__delattr__`.
    pub fn object_delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            if let Some(Payload::Class(_)) = obj.payload() {
                // CPython's `object.__delattr__` refuses a class (and the
                // metaclass's own `__delattr__` may be the caller).
                let tn = self.type_name(obj);
                return Err(self.type_error(format!("can't apply this __delattr__ to {tn} object")));
            }
            return self.delattr(obj, name);
        };
        crate::freeze::check_mutable(self, obj)?;
        let cls = inst.class.clone();
        if self.descr_store(&cls, obj, name, None)? {
            return Ok(());
        }
        let Ok(mut d) = inst.dict().try_borrow_mut() else {
            return Err(self.runtime_error("instance dict changed during attribute update"));
        };
        match find_str(&d, name) {
            Some(i) => {
                let old = d.remove_at(i);
                drop(d);
                drop(old);
                Ok(())
            }
            None => {
                drop(d);
                Err(self.no_attribute(obj, name))
            }
        }
    }

    /// `LoadAttr` with its inline cache for instance-dict hits.
    #[inline]
    pub(crate) fn load_attr_cached(
        &mut self,
        code: &Rc<Code>,
        at: usize,
        obj: &Value,
        arg: usize,
    ) -> PyResult<Value> {
        if let Some(v) = self.load_attr_hit(code, at, obj, arg) {
            return Ok(v);
        }
        if let Some(Payload::Instance(inst)) = obj.payload() {
            if let Some(v) = self.class_attr_hit(code, at, inst, arg) {
                return Ok(v);
            }
            if let Some(getter) = self.property_hit(code, at, inst) {
                return self.call_getter(&getter, obj);
            }
            return self.load_attr_fill(code, at, obj, arg);
        }
        let name = code.names[arg].clone();
        self.getattr(obj, &name)
    }

    /// The inline-cache hit of `LoadAttr`: an instance attribute at the cached
    /// dict index. Runs no Python code and does not touch the value stack.
    #[inline(always)]
    pub(crate) fn load_attr_hit(
        &self,
        code: &Code,
        at: usize,
        obj: &Value,
        arg: usize,
    ) -> Option<Value> {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return None;
        };
        let c = code.caches[at].get();
        if c.kind != KIND_INST_DICT || c.tag != inst.class.addr() as u64 || c.aux != self.type_epoch
        {
            return None;
        }
        let d = inst.dict().borrow();
        match d.entry_at(c.index as usize) {
            Some((Value::Obj(k), v)) if k.is(&code.names[arg]) => Some(v.clone()),
            _ => None,
        }
    }

    /// The class-attribute hit of `LoadAttr`: a value on the type that needs
    /// no binding, at the cached MRO position and index, when the instance
    /// dict does not shadow it. Tried after the instance-dict hit, outside the
    /// dispatch loop's fast layer.
    #[inline]
    fn class_attr_hit(&self, code: &Code, at: usize, inst: &Instance, arg: usize) -> Option<Value> {
        let c = code.caches[at].get();
        if c.kind & 0xff != KIND_CLASS_ATTR
            || c.tag != inst.class.addr() as u64
            || c.aux != self.type_epoch
            || find_str(&inst.dict().borrow(), &code.names[arg]).is_some()
        {
            return None;
        }
        class_entry_at(&inst.class, (c.kind >> 8) as usize, c.index as usize)
    }

    /// The property hit of `LoadAttr`: the getter of the property at the
    /// cached MRO position and index (a data descriptor: the instance dict
    /// is not consulted).
    #[inline]
    fn property_hit(&self, code: &Code, at: usize, inst: &Instance) -> Option<Value> {
        let c = code.caches[at].get();
        if c.kind & 0xff != KIND_PROPERTY
            || c.tag != inst.class.addr() as u64
            || c.aux != self.type_epoch
        {
            return None;
        }
        match class_entry_at(&inst.class, (c.kind >> 8) as usize, c.index as usize)?.payload() {
            Some(Payload::Property(p)) if !p[0].is_none() => Some(p[0].clone()),
            _ => None,
        }
    }

    #[cold]
    #[inline(never)]
    fn load_attr_fill(
        &mut self,
        code: &Rc<Code>,
        at: usize,
        obj: &Value,
        arg: usize,
    ) -> PyResult<Value> {
        let name = code.names[arg].clone();
        let v = self.getattr(obj, &name)?;
        if let Some(Payload::Instance(inst)) = obj.payload() {
            if self.custom_getattribute(obj).is_some() {
                return Ok(v);
            }
            let cls = inst.class.clone();
            // A data descriptor overrides the instance dict: not cached.
            let shadowed = match self.class_lookup(&cls, &name) {
                Some(a) => self.is_data_descr(&a),
                None => false,
            };
            let in_dict = find_str(&inst.dict().borrow(), &name);
            if let Some(i) = in_dict {
                if !shadowed {
                    code.caches[at].set(Cache {
                        tag: cls.addr() as u64,
                        aux: self.type_epoch,
                        index: i as u32,
                        kind: KIND_INST_DICT,
                    });
                }
            } else if !is_payload_attr_name(&name)
                && let Some((pos, i, a)) = find_in_mro(&cls, &name)
                && a.is(&v)
                && self.needs_no_binding(&a)
            {
                code.caches[at].set(Cache {
                    tag: cls.addr() as u64,
                    aux: self.type_epoch,
                    index: i as u32,
                    kind: KIND_CLASS_ATTR | ((pos as u32) << 8),
                });
            }
            // A property: its getter raising AttributeError would call a
            // `__getattr__`, so only classes without one are cached.
            let getattr_name = self.intern_static("__getattr__");
            if shadowed
                && !is_payload_attr_name(&name)
                && let Some((pos, i, a)) = find_in_mro(&cls, &name)
                && matches!(a.payload(), Some(Payload::Property(p)) if !p[0].is_none())
                && self.class_lookup(&cls, &getattr_name).is_none()
            {
                code.caches[at].set(Cache {
                    tag: cls.addr() as u64,
                    aux: self.type_epoch,
                    index: i as u32,
                    kind: KIND_PROPERTY | ((pos as u32) << 8),
                });
            }
        }
        Ok(v)
    }

    /// Whether a value found on a class is the attribute itself when read
    /// on an instance (no descriptor of any kind), so it may be cached.
    fn needs_no_binding(&mut self, a: &Value) -> bool {
        match a.payload() {
            None => true,
            Some(
                Payload::Function(_)
                | Payload::Native(_)
                | Payload::StaticMethod(_)
                | Payload::ClassMethod(_)
                | Payload::Property(_),
            ) => false,
            Some(Payload::Instance(_)) => self.descr_getter(a).is_none(),
            Some(_) => true,
        }
    }

    /// `StoreAttr` with its inline cache for instance-dict updates.
    #[inline]
    pub(crate) fn store_attr_cached(
        &mut self,
        code: &Rc<Code>,
        at: usize,
        obj: &Value,
        arg: usize,
        value: Value,
    ) -> PyResult<()> {
        let mut value = value;
        if self.store_attr_hit(code, at, obj, arg, &mut value) {
            return Ok(());
        }
        let name = &code.names[arg];
        if let Some(Payload::Instance(inst)) = obj.payload() {
            let name = name.clone();
            self.setattr(obj, &name, value)?;
            // Fill: only when no __setattr__ override and no data descriptor
            // (property or user `__set__`/`__delete__`) intercepts.
            let cls = inst.class.clone();
            let sa = self.intern_static("__setattr__");
            let plain = matches!(self.class_lookup(&cls, &sa), Some(Value::Obj(o)) if o.is(&self.types.object_setattr));
            let descr = match self.class_lookup(&cls, &name) {
                Some(a) => self.is_data_descr(&a),
                None => false,
            };
            if plain
                && !descr
                && let Some(i) = find_str(&inst.dict().borrow(), &name)
            {
                code.caches[at].set(Cache {
                    tag: cls.addr() as u64,
                    aux: self.type_epoch,
                    index: i as u32,
                    kind: KIND_INST_DICT,
                });
            }
            return Ok(());
        }
        let name = name.clone();
        self.setattr(obj, &name, value)
    }

    /// The inline-cache hits of `StoreAttr` on an instance: replace the value
    /// at the cached index, or append a new attribute when the class is known
    /// (by the cache guard) to have no `__setattr__` override and no data
    /// descriptor for the name. On a hit the value is moved out of `value`
    /// (which is left `Undef`, so a stack slot needs no counting); on a miss
    /// it is left where it was. Runs no Python code and does not touch the
    /// value stack.
    #[inline(always)]
    pub(crate) fn store_attr_hit(
        &self,
        code: &Code,
        at: usize,
        obj: &Value,
        arg: usize,
        value: &mut Value,
    ) -> bool {
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return false;
        };
        let c = code.caches[at].get();
        if c.kind != KIND_INST_DICT || c.tag != inst.class.addr() as u64 || c.aux != self.type_epoch
        {
            return false;
        }
        let Ok(mut d) = inst.dict().try_borrow_mut() else {
            return false;
        };
        let name = &code.names[arg];
        if matches!(d.entry_at(c.index as usize), Some((Value::Obj(k), _)) if k.is(name)) {
            let old = d.set_value_at(c.index as usize, value.take());
            drop(d);
            drop(old);
            return true;
        }
        if find_str(&d, name).is_none()
            && let Payload::Str(s) = name.payload()
        {
            let h = crate::types::str::str_hash(s);
            d.push_new(h, Value::Obj(name.clone()), value.take());
            // A frozen class is shared: its hint is left as it was frozen.
            if !inst.class.is_frozen()
                && let Some(cl) = class_of(&inst.class)
            {
                cl.attr_hint.set(cl.attr_hint.get().max(d.len()).min(64));
            }
            return true;
        }
        false
    }

    /// The inline-cache hit of `LoadMethod`: the method found on the type at
    /// the cached MRO position, when the instance does not shadow it. Runs no
    /// Python code and does not touch the value stack.
    #[inline(always)]
    pub(crate) fn load_method_hit(
        &self,
        code: &Code,
        at: usize,
        obj: &Value,
        arg: usize,
    ) -> Option<Value> {
        let c = code.caches[at].get();
        if c.kind & 0xff != KIND_METHOD || c.aux != self.type_epoch {
            return None;
        }
        let (pos, index) = ((c.kind >> 8) as usize, c.index as usize);
        if let Some(Payload::Instance(inst)) = obj.payload() {
            if inst.class.addr() as u64 == c.tag
                && find_str(&inst.dict().borrow(), &code.names[arg]).is_none()
            {
                return class_entry_at(&inst.class, pos, index);
            }
            return None;
        }
        // A host object's class straight from its type (`d.append`): the
        // common case, without `type_ref`'s walk over every payload.
        let cls = match obj.payload() {
            Some(Payload::Host(h)) => self.host_class_of(h.get().host_type()),
            _ => self.type_ref(obj),
        };
        if cls.addr() as u64 == c.tag {
            return class_entry_at(cls, pos, index);
        }
        None
    }

    /// `LoadMethod`: (function, self) when the attribute is a plain method on
    /// the type and not shadowed by the instance; else (attribute, Undef).
    #[inline]
    pub(crate) fn load_method_cached(
        &mut self,
        code: &Rc<Code>,
        at: usize,
        obj: Value,
        arg: usize,
    ) -> PyResult<(Value, Value)> {
        if let Some(f) = self.load_method_hit(code, at, &obj, arg) {
            return Ok((f, obj));
        }
        self.load_method_slow(code, at, obj, arg)
    }

    #[cold]
    #[inline(never)]
    fn load_method_slow(
        &mut self,
        code: &Rc<Code>,
        at: usize,
        obj: Value,
        arg: usize,
    ) -> PyResult<(Value, Value)> {
        let name = code.names[arg].clone();
        // `proxy.m(...)`: one request, made by the call.
        if let Some(p) = obj.host::<crate::proxy::ProxyRef>() {
            let p = p.clone();
            return Ok((self.proxy_method(&p, &name), Value::Undef));
        }
        // Classes, modules and super objects resolve names their own way.
        let is_class = matches!(
            obj.payload(),
            Some(Payload::Class(_) | Payload::Module(_) | Payload::Super(_))
        ) || self.custom_getattribute(&obj).is_some();
        if !is_class {
            let cls = self.type_of(&obj);
            if let Some((pos, idx, f)) = self.find_method(&cls, &name) {
                let shadowed = match obj.payload() {
                    Some(Payload::Instance(inst)) => {
                        find_str(&inst.dict().borrow(), &name).is_some()
                    }
                    _ => false,
                };
                if !shadowed {
                    code.caches[at].set(Cache {
                        tag: cls.addr() as u64,
                        aux: self.type_epoch,
                        index: idx as u32,
                        kind: KIND_METHOD | ((pos as u32) << 8),
                    });
                    return Ok((f, obj));
                }
            }
        }
        let v = self.getattr(&obj, &name)?;
        Ok((v, Value::Undef))
    }

    /// Find a method (Python function or native method) on a class:
    /// (MRO position, dict index, function).
    fn find_method(&self, cls: &ObjRef, name: &ObjRef) -> Option<(usize, usize, Value)> {
        let (pos, i, v) = find_in_mro(cls, name)?;
        // Another sandbox's class: only its own functions are called as they
        // are; the rest goes through `getattr`, which guards it.
        let a = Vm::holder_authority(cls, pos);
        let foreign = self.is_foreign(a);
        let is_method = match &v {
            Value::Obj(o) => match o.payload() {
                Payload::Function(f) => !foreign || f.authority == a,
                Payload::Native(n) => n.kind == NativeKind::Method && !foreign,
                _ => false,
            },
            _ => false,
        };
        if is_method { Some((pos, i, v)) } else { None }
    }

    /// Whether a builtin type is the class of `v` exactly.
    pub fn is_builtin(&self, v: &Value, t: BuiltinType) -> bool {
        matches!(class_of(self.type_ref(v)), Some(c) if c.builtin == Some(t))
    }
}

/// Find `name` along a class's MRO: (MRO position, 0 being the class
/// itself; dict index; value).
fn find_in_mro(cls: &ObjRef, name: &ObjRef) -> Option<(usize, usize, Value)> {
    let c = class_of(cls)?;
    let holders = std::iter::once(cls).chain(c.mro.iter());
    for (pos, h) in holders.enumerate() {
        let hc = class_of(h)?;
        let d = hc.dict.borrow();
        if let Some(i) = find_str(&d, name) {
            return Some((pos, i, d.value_at(i).cloned()?));
        }
    }
    None
}

/// Whether an attribute name may be answered from an object's payload
/// (`__class__`, `__dict__`, exception `args`, ...) before its type's
/// namespace: such names are looked up in full every time.
fn is_payload_attr_text(n: &str) -> bool {
    n.starts_with("__")
        || n.starts_with("co_")
        || matches!(
            n,
            "args"
                | "start"
                | "stop"
                | "step"
                | "real"
                | "imag"
                | "gi_running"
                | "cr_running"
                | "ag_running"
                | "fget"
                | "fset"
                | "fdel"
                | "value"
                | "cell_contents"
                | "code"
                | "errno"
                | "strerror"
                | "filename"
                | "name"
                | "path"
                | "obj"
                | "msg"
                | "lineno"
                | "offset"
                | "text"
                | "end_lineno"
                | "end_offset"
                | "print_file_and_line"
                | "message"
                | "exceptions"
        )
}

/// [`is_payload_attr_text`] for an interned name.
fn is_payload_attr_name(name: &ObjRef) -> bool {
    match name.payload() {
        Payload::Str(s) => is_payload_attr_text(&s.s),
        _ => true,
    }
}

/// The value at `index` in the namespace of the class at MRO position
/// `mro_pos` of `cls` (0 is `cls` itself).
#[inline]
fn class_entry_at(cls: &ObjRef, mro_pos: usize, index: usize) -> Option<Value> {
    let c = class_of(cls)?;
    let holder = if mro_pos == 0 {
        cls
    } else {
        c.mro.get(mro_pos - 1)?
    };
    let hc = class_of(holder)?;
    let d = hc.dict.borrow();
    d.value_at(index).cloned()
}

/// A bound method object.
pub(crate) fn bound(func: Value, slf: Value) -> Value {
    Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new((func, slf)))))
}
