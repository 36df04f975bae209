//! Container construction used by the dispatch loop: set and dict displays,
//! `{**m}` merging, and the `with` statement's enter step.

use crate::object::set_table::SetTable;
use crate::object::{Payload, PyResult, Value};
use crate::types::{dict_ops, set_ops};

use super::Vm;

impl Vm {
    /// A new set holding `items`, added in order (`BuildSet`).
    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let s = set_ops::new_set(SetTable::new());
        for it in items {
            set_ops::add(self, &s, it)?;
        }
        Ok(s)
    }

    /// The frozenset CPython's compiler makes of a display of constants
    /// (`BuildFrozenSet`), which `{1, 2, 3}` then merges into a new set and
    /// `for x in {1, 2, 3}` walks as it is: the items added in order to a
    /// frozenset, whose keys are then added, in its order, to another (the
    /// compiler's merging of equal constants rebuilds it so).
    pub fn new_frozenset(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let first = self.new_set(items)?;
        let again: Vec<Value> = set_ops::take(&first).iter().cloned().collect();
        let s = self.new_set(again)?;
        Ok(set_ops::new_frozenset(set_ops::take(&s)))
    }

    /// A new set of the items of an iterable (`set(iterable)`).
    pub fn set_from_iterable(&mut self, iterable: &Value) -> PyResult<Value> {
        set_ops::from_iterable(self, iterable)
    }

    /// `set.add`.
    pub fn set_add(&mut self, set: &Value, item: Value) -> PyResult<()> {
        set_ops::add(self, set, item)
    }

    /// How call errors name a callable, as CPython's `_PyObject_FunctionStr`:
    /// `module.qualname()`, just `qualname()` for builtins, else `str(f)`.
    pub(crate) fn function_str(&mut self, f: &Value) -> String {
        let qual = self.intern("__qualname__");
        let qualname = match self.getattr_opt(f, &qual) {
            Ok(Some(q)) => q.as_str().map(str::to_string),
            _ => None,
        };
        let Some(qualname) = qualname else {
            return self.str(f).unwrap_or_else(|_| self.type_name(f));
        };
        let module = self.intern("__module__");
        match self.getattr_opt(f, &module) {
            Ok(Some(m)) => match m.as_str() {
                Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
                _ => format!("{qualname}()"),
            },
            _ => format!("{qualname}()"),
        }
    }

    /// The positional arguments of `f(*args)` when `args` is not a tuple
    /// (`CALL_FUNCTION_EX`): a non-iterable is a TypeError naming `f`.
    pub fn star_args(&mut self, f: &Value, args: &Value) -> PyResult<Vec<Value>> {
        if let Some(Payload::Tuple(t)) = args.payload() {
            return Ok(t.to_vec());
        }
        match self.try_iter(args)? {
            Some(it) => self.collect(&it),
            None => {
                let fs = self.function_str(f);
                let tn = self.type_name(args);
                Err(self.type_error(format!(
                    "{fs} argument after * must be an iterable, not {tn}"
                )))
            }
        }
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
    pub fn dict_merge(
        &mut self,
        target: &Value,
        source: &Value,
        func: Option<Value>,
    ) -> PyResult<()> {
        let pairs: Vec<(Value, Value)> = match source.payload() {
            Some(Payload::Dict(d)) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            _ => {
                let keys_fn = match self.getattr_str(source, "keys") {
                    Ok(f) => f,
                    Err(_) => {
                        let tn = self.type_name(source);
                        let msg = match &func {
                            Some(f) => {
                                let fs = self.function_str(f);
                                format!("{fs} argument after ** must be a mapping, not {tn}")
                            }
                            None => format!("'{tn}' object is not a mapping"),
                        };
                        return Err(self.type_error(msg));
                    }
                };
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
            if let Some(f) = &func
                && dict_ops::lookup(self, target, &k)?.is_some()
            {
                let fname = self.function_str(f);
                let msg = match k.as_str() {
                    Some(kn) => format!("{fname} got multiple values for keyword argument '{kn}'"),
                    None => "keywords must be strings".to_string(),
                };
                return Err(self.type_error(msg));
            }
            dict_ops::insert(self, target, k, v)?;
        }
        Ok(())
    }

    /// `with mgr`: (bound `__exit__`, result of `__enter__`).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special_str(mgr, "__enter__");
        let exit = self.lookup_special_str(mgr, "__exit__");
        let (Some(enter), Some(exit)) = (&enter, exit) else {
            let tn = self.type_name(mgr);
            let what = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the context manager protocol{what}"
            )));
        };
        let cls = self.type_of(mgr);
        let exit_bound = self.bind_class_attr(exit, mgr, &cls)?;
        let r = self.call(enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, r))
    }
}
