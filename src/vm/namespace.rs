//! A frame's local namespace (`LoadName`, `StoreName`, `DeleteName`,
//! `LoadClassDeref`): a dict, or any mapping that a metaclass's
//! `__prepare__` returned for a class body to run in.
//!
//! A dict object is read and written in place, as before; anything else
//! goes through the mapping protocol (`__getitem__`, `__setitem__`,
//! `__delitem__`), a `KeyError` counting as "not there", as CPython's
//! `LOAD_NAME` does. The dict case is the only one a module or function
//! frame ever meets, so it stays the first test.

use crate::object::{ObjRef, Payload, PyResult, Value};

use super::Vm;

impl Vm {
    /// `ns[name]`, None when the namespace has no such key.
    #[inline]
    pub(crate) fn ns_get(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_get_str(ns, name);
        }
        self.ns_get_mapping(ns, name)
    }

    /// `ns[name] = value`.
    #[inline]
    pub(crate) fn ns_set(&mut self, ns: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_set_str(ns, name, value);
        }
        self.setitem(&Value::Obj(ns.clone()), Value::Obj(name.clone()), value)
    }

    /// `del ns[name]`; false when the namespace had no such key.
    #[inline]
    pub(crate) fn ns_del(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<bool> {
        if let Payload::Dict(_) = ns.payload() {
            return self.dict_del_str(ns, name);
        }
        match self.delitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(()) => Ok(true),
            Err(e) if self.is_key_error(&e) => Ok(false),
            Err(e) => Err(e),
        }
    }

    #[cold]
    #[inline(never)]
    fn ns_get_mapping(&mut self, ns: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        match self.getitem(&Value::Obj(ns.clone()), &Value::Obj(name.clone())) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.is_key_error(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn is_key_error(&self, e: &crate::object::Exc) -> bool {
        let ke = self.exc_types.key_error.clone();
        self.exc_is(e, &ke)
    }
}
