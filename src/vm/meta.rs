//! What a metaclass changes about a class object (language reference,
//! "Metaclasses"): `type(A)` is the metaclass (`Class::metaclass`), and the
//! operations on the class itself (calling it, `repr`, `len`, `iter`,
//! `in`, `[]`, `==`, `hash`, `bool`, `isinstance` against it, attribute
//! misses) look in the metaclass's MRO for a special method.
//!
//! Invariants:
//! - Only class objects whose metaclass is not `type` ever reach these
//!   helpers: every caller tests `Class::metaclass` first, on paths that
//!   class objects take. Instances never pay for a metaclass.
//! - A special method counts only when a Python class on the metaclass's
//!   MRO defines it before `type` does: what `type` and `object` define
//!   there is the behaviour the VM already gives every class, so finding
//!   one of theirs means "do what a plain class does".
//! - What is found on a metaclass of another sandbox's authority comes back
//!   guarded, as `class_lookup` guards it (docs/security.md, "Authority
//!   follows code").

use crate::object::{ObjRef, Payload, PyResult, Value};

use super::Vm;
use super::attr::class_of;

/// Whether `p` is a class whose metaclass is not `type`.
#[inline]
pub(crate) fn has_metaclass(p: &Payload) -> bool {
    matches!(p, Payload::Class(c) if c.metaclass.is_some())
}

/// Whether the VM finds the operators of an object with this payload on
/// its type (`Payload::class_protocols`), counting classes that have a
/// metaclass.
#[inline]
pub(crate) fn protocols(p: &Payload) -> bool {
    p.class_protocols() || has_metaclass(p)
}

impl Vm {
    /// The special method `name` that the metaclass of the class `v`
    /// defines in Python (see the module invariants), unbound; None when
    /// `v` is not such a class or the metaclass only inherits `type`'s.
    pub(crate) fn meta_method(&mut self, v: &Value, name: &'static str) -> Option<Value> {
        let Some(Payload::Class(c)) = v.payload() else {
            return None;
        };
        let meta = c.metaclass.clone()?;
        let n = self.intern_static(name);
        self.meta_lookup(&meta, &n)
    }

    /// `name` on the MRO of `meta`, when a Python class holds it before
    /// any builtin type does.
    pub(crate) fn meta_lookup(&self, meta: &ObjRef, name: &ObjRef) -> Option<Value> {
        let mc = class_of(meta)?;
        for holder in std::iter::once(meta).chain(mc.mro.iter()) {
            let Some(h) = class_of(holder) else {
                continue;
            };
            let found = {
                let d = h.dict.borrow();
                crate::types::dict_ops::find_str(&d, name).and_then(|i| d.value_at(i).cloned())
            };
            let Some(v) = found else {
                continue;
            };
            if h.builtin.is_some() {
                return None;
            }
            if self.is_foreign(h.authority) {
                return Some(self.guard_foreign(v, h.authority));
            }
            return Some(v);
        }
        None
    }

    /// Call a method found by `meta_method` with the class `v` as self,
    /// one native level deeper: a metaclass whose `__call__` is one of its
    /// own classes would otherwise call itself with no Python frame between
    /// (RecursionError, as in CPython).
    pub(crate) fn call_meta_method(
        &mut self,
        f: Value,
        v: &Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        self.nested(" while calling a Python object", |vm| {
            vm.call_meta_method_inner(f, v, args, kw)
        })
    }

    fn call_meta_method_inner(
        &mut self,
        f: Value,
        v: &Value,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        if let Some(Payload::Function(_)) = f.payload() {
            let mut all = Vec::with_capacity(args.len() + 1);
            all.push(v.clone());
            all.extend(args.iter().cloned());
            return self.call_kw(&f, &all, kw);
        }
        let meta = self.type_of(v);
        let bound = self.bind_class_attr(f, v, &meta)?;
        self.call_kw(&bound, args, kw)
    }

    /// `cls(*args, **kw)` when the metaclass of `cls` defines `__call__`.
    #[cold]
    #[inline(never)]
    pub(crate) fn meta_call(
        &mut self,
        cls: &ObjRef,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Option<Value>> {
        let v = Value::Obj(cls.clone());
        match self.meta_method(&v, "__call__") {
            Some(f) => self.call_meta_method(f, &v, args, kw).map(Some),
            None => Ok(None),
        }
    }

    /// An attribute of a class whose metaclass is `meta` (not `type`):
    /// a data descriptor on the metaclass first, then the class's own MRO,
    /// then anything else the metaclass has (bound to the class).
    pub(crate) fn class_getattr_meta(
        &mut self,
        cls_v: &Value,
        cls: &ObjRef,
        meta: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        let meta_attr = self.class_lookup(meta, name);
        if let Some(a) = &meta_attr {
            match a.payload() {
                Some(Payload::Property(_)) => {
                    return self.bind_class_attr(a.clone(), cls_v, meta).map(Some);
                }
                Some(Payload::Instance(_)) => {
                    if let Some((get, true)) = self.descr_getter(a) {
                        return self.call_descr_get(&get, a, cls_v, meta).map(Some);
                    }
                }
                _ => {}
            }
        }
        if let Some(a) = self.class_lookup(cls, name) {
            return self.bind_class_attr(a, &Value::Undef, cls).map(Some);
        }
        match meta_attr {
            Some(a) => self.bind_class_attr(a, cls_v, meta).map(Some),
            None => Ok(None),
        }
    }

    /// `cls.name = value` when the metaclass of `cls` has a say: its
    /// `__setattr__`, or a data descriptor of that name. False when the
    /// class's own namespace takes the value, as for any class.
    #[cold]
    #[inline(never)]
    pub(crate) fn meta_setattr(
        &mut self,
        cls_v: &Value,
        name: &ObjRef,
        value: &Value,
    ) -> PyResult<bool> {
        if let Some(f) = self.meta_method(cls_v, "__setattr__") {
            let args = [Value::Obj(name.clone()), value.clone()];
            self.call_meta_method(f, cls_v, &args, &[])?;
            return Ok(true);
        }
        let meta = self.type_of(cls_v);
        self.descr_store(&meta, cls_v, name, Some(value))
    }

    /// `del cls.name` when the metaclass of `cls` has a say: its
    /// `__delattr__`, or a data descriptor of that name.
    #[cold]
    #[inline(never)]
    pub(crate) fn meta_delattr(&mut self, cls_v: &Value, name: &ObjRef) -> PyResult<bool> {
        if let Some(f) = self.meta_method(cls_v, "__delattr__") {
            self.call_meta_method(f, cls_v, &[Value::Obj(name.clone())], &[])?;
            return Ok(true);
        }
        let meta = self.type_of(cls_v);
        self.descr_store(&meta, cls_v, name, None)
    }

    /// `isinstance(v, cls)` (or, with `sub`, `issubclass`) when the
    /// metaclass of `cls` defines `__instancecheck__` / `__subclasscheck__`.
    #[cold]
    #[inline(never)]
    pub(crate) fn meta_check(
        &mut self,
        cls: &Value,
        v: &Value,
        sub: bool,
    ) -> PyResult<Option<bool>> {
        let name = if sub {
            "__subclasscheck__"
        } else {
            "__instancecheck__"
        };
        let Some(f) = self.meta_method(cls, name) else {
            return Ok(None);
        };
        let what = if sub {
            " in __subclasscheck__"
        } else {
            " in __instancecheck__"
        };
        let r = self.nested(what, |vm| {
            vm.call_meta_method(f, cls, std::slice::from_ref(v), &[])
        })?;
        self.truthy(&r).map(Some)
    }
}
