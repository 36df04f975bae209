//! Container construction used by the dispatch loop: set and dict displays,
//! `{**m}` merging, and the `with` statement's enter step.

use std::cell::RefCell;

use crate::object::{ObjRef, Payload, PyResult, Value};
use crate::types::dict::Dict;
use crate::types::dict_ops;

use super::Vm;

impl Vm {
    /// A new set holding `items`.
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = Value::Obj(ObjRef::new(Payload::Set(RefCell::new(Dict::new()))));
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(s)
    }

    /// `set.add`.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        if dict_ops::lookup(self, set, &item)?.is_some() {
            return Ok(());
        }
        dict_ops::insert(self, set, item, Value::None)
    }

    /// A dict from `[k1, v1, k2, v2, ...]`.
    pub fn new_dict_from_pairs(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let d = self.new_dict();
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            dict_ops::insert(self, &d, k, v)?;
        }
        Ok(d)
    }

    /// `target.update(source)`; with `func` set, a repeated key is a TypeError
    /// naming the function (`f() got multiple values for keyword argument 'a'`).
    pub fn dict_merge(&mut self, target: &Value, source: &Value, func: Option<Value>) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match source.payload() {
            Some(Payload::Dict(d)) => d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            _ => {
                let keys_fn = self.getattr_str(source, "keys").map_err(|_| {
                    let tn = self.type_name(source);
                    self.type_error(format!("'{tn}' object is not a mapping"))
                })?;
                let keys = self.call(&keys_fn, &[])?;
                let keys = self.collect(&keys)?;
                let mut out = Vec::with_capacity(keys.len());
                for k in keys {
                    let v = self.getitem(source, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in pairs {
            if let Some(f) = &func {
                if dict_ops::lookup(self, target, &k)?.is_some() {
                    let fname = match f.payload() {
                        Some(Payload::Function(func)) => super::call::func_qualname(func),
                        _ => self.type_name(f),
                    };
                    let kn = k.as_str().unwrap_or("?").to_string();
                    return Err(self.type_error(format!(
                        "{fname}() got multiple values for keyword argument '{kn}'"
                    )));
                }
            }
            dict_ops::insert(self, target, k, v)?;
        }
        Ok(())
    }

    /// `with mgr`: (bound `__exit__`, result of `__enter__`).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special_str(mgr, "__enter__");
        let exit = self.lookup_special_str(mgr, "__exit__");
        let (Some(enter), Some(exit)) = (enter, exit) else {
            let tn = self.type_name(mgr);
            let what = if self.lookup_special_str(mgr, "__enter__").is_none() { "" } else { "" };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol{what}"
            )));
        };
        let cls = self.type_of(mgr);
        let exit_bound = self.bind_class_attr(exit, mgr, &cls)?;
        let r = self.call(&enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, r))
    }
}
