//! A worker's own mutable copy of the code it is sent:
//! `sandbox.localize(value, namespaces)`.
//!
//! A function that crosses into a sandbox is frozen with a *snapshot* of
//! the globals its code names (src/freeze/discover.rs): reading them works,
//! writing one raises. A worker process of CPython's pools instead has its
//! own module state, which the function may change (a module-level cache,
//! a global set by an initializer). `localize` gives a worker that: a local
//! function with the same code whose globals are the worker's own dict for
//! the function's module, kept by the caller in `namespaces` (module name
//! to dict) from one call to the next.
//!
//! Invariants:
//! - the namespace of module `m` is created on first use with `__name__`;
//!   an entry of a snapshot is copied into it only when the namespace has
//!   no such key yet, so what the worker wrote (or an earlier function
//!   brought) is kept: the namespace is the union of what the worker was
//!   sent, first copy winning, as a module imported once;
//! - copied values are `thaw`ed (mutable deep copies); functions among
//!   them (and in closures) are localized the same way, so a helper
//!   called by the sent function shares its namespace; modules are the
//!   worker's own import of the same name when it imports;
//! - the functions of a shared standard-library module (built once and
//!   frozen by design, modules/shared.rs) are kept as they are;
//! - iterative over snapshots (a worklist); recursion only follows closure
//!   cells and bound methods, whose depth is bounded by the nesting of the
//!   source code, and is capped by `MAX_DEPTH`.

use std::collections::{HashMap, HashSet};

use crate::object::cell::PyCell;
use crate::object::{Args, FuncCode, Function, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// Closures nested deeper than this are copied as they are (frozen).
const MAX_DEPTH: usize = 64;

/// `sandbox.localize(value, namespaces)`.
pub fn localize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "localize", a, 2, 2)?;
    let ns = match &a.pos[1] {
        Value::Obj(o) if matches!(o.payload(), Payload::Dict(_)) && !o.is_frozen() => o.clone(),
        other => {
            let t = vm.type_name(other);
            return Err(vm.type_error(format!(
                "localize() argument 2 must be a dict of module namespaces, not '{t}'"
            )));
        }
    };
    localize_value(vm, &a.pos[0], &ns)
}

/// `localize` from Rust: `value` copied for this worker, its functions
/// bound to the namespaces of `ns` (a local dict, module name to dict).
pub fn localize_value(vm: &mut Vm, value: &Value, ns: &ObjRef) -> PyResult<Value> {
    let mut l = Localizer {
        ns: ns.clone(),
        funcs: HashMap::new(),
        merged: HashSet::new(),
        todo: Vec::new(),
    };
    let out = l.value(vm, value, 0)?;
    while let Some((snap, g)) = l.todo.pop() {
        vm.work(16)?;
        let entries: Vec<(Value, Value)> = match snap.payload() {
            Payload::Dict(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            _ => continue,
        };
        for (k, v) in entries {
            let Value::Obj(key) = &k else { continue };
            if !matches!(key.payload(), Payload::Str(_)) {
                continue;
            }
            if vm.dict_get_str(&g, key)?.is_some() {
                continue;
            }
            let v = l.value(vm, &v, 0)?;
            vm.dict_set_str(&g, key, v)?;
        }
    }
    Ok(out)
}

struct Localizer {
    ns: ObjRef,
    /// Local copy by the frozen function's address.
    funcs: HashMap<usize, ObjRef>,
    /// Snapshots already queued.
    merged: HashSet<usize>,
    /// (snapshot, namespace) pairs still to copy.
    todo: Vec<(ObjRef, ObjRef)>,
}

impl Localizer {
    fn value(&mut self, vm: &mut Vm, v: &Value, depth: usize) -> PyResult<Value> {
        let Value::Obj(o) = v else {
            return Ok(v.clone());
        };
        match o.payload() {
            Payload::Function(f) if depth < MAX_DEPTH && self.wants(vm, o, f)? => {
                self.function(vm, o, f, depth).map(Value::Obj)
            }
            Payload::BoundMethod(m) if o.is_frozen() && depth < MAX_DEPTH => {
                let (func, me) = (m.0.clone(), m.1.clone());
                let func = self.value(vm, &func, depth + 1)?;
                let me = crate::freeze::thaw(vm, &me)?;
                Ok(Value::Obj(ObjRef::new(Payload::BoundMethod(Box::new((
                    func, me,
                ))))))
            }
            Payload::Module(m) if o.is_frozen() => {
                let name = vm.str(&Value::Obj(m.name.clone()))?;
                if name == "__main__" {
                    return Ok(v.clone());
                }
                match vm.import_name(&name, 0, true) {
                    Ok(own) => Ok(own),
                    Err(_) => Ok(v.clone()),
                }
            }
            _ => crate::freeze::thaw(vm, v),
        }
    }

    /// Whether `f` is a frozen function whose globals a worker should own.
    fn wants(&self, vm: &mut Vm, o: &ObjRef, f: &Function) -> PyResult<bool> {
        if !o.is_frozen() || !f.globals.is_frozen() {
            return Ok(false);
        }
        let name = module_name(vm, f)?;
        Ok(!super::embedded::is_shared(&name))
    }

    fn namespace(&mut self, vm: &mut Vm, module: &str) -> PyResult<ObjRef> {
        let key = vm.intern(module);
        if let Some(Value::Obj(g)) = vm.dict_get_str(&self.ns, &key)?
            && matches!(g.payload(), Payload::Dict(_))
            && !g.is_frozen()
        {
            return Ok(g);
        }
        let g = match vm.new_dict() {
            Value::Obj(g) => g,
            _ => return Err(vm.runtime_error("internal error: a dict that is not an object")),
        };
        let n = vm.intern("__name__");
        vm.dict_set_str(&g, &n, Value::str(module))?;
        vm.dict_set_str(&self.ns, &key, Value::Obj(g.clone()))?;
        Ok(g)
    }

    fn function(
        &mut self,
        vm: &mut Vm,
        o: &ObjRef,
        f: &Function,
        depth: usize,
    ) -> PyResult<ObjRef> {
        if let Some(l) = self.funcs.get(&o.addr()) {
            return Ok(l.clone());
        }
        let module = module_name(vm, f)?;
        let g = self.namespace(vm, &module)?;
        if self.merged.insert(f.globals.addr()) {
            self.todo.push((f.globals.clone(), g.clone()));
        }
        let code = vm.code_for(f.code.unit())?;
        let mut defaults = Vec::with_capacity(f.defaults.len());
        for d in f.defaults.iter() {
            defaults.push(crate::freeze::thaw(vm, d)?);
        }
        let kwdefaults = match &f.kwdefaults {
            Some(k) => crate::freeze::thaw(vm, &Value::Obj(k.clone()))?
                .as_obj()
                .cloned(),
            None => None,
        };
        let dict = match f.dict.borrow().clone() {
            Some(d) => crate::freeze::thaw(vm, &Value::Obj(d))?.as_obj().cloned(),
            None => None,
        };
        // Cells first empty, filled once the function is known, so that a
        // closure that holds the function itself finds its copy.
        let closure: Box<[ObjRef]> = f
            .closure
            .iter()
            .map(|_| ObjRef::new(Payload::Cell(PyCell::new(Value::None))))
            .collect();
        let local = Function {
            code: FuncCode::Local(code),
            globals: g,
            defaults: defaults.into_boxed_slice(),
            kwdefaults,
            closure: closure.clone(),
            name: PyCell::new(f.name.borrow().clone()),
            qualname: PyCell::new(f.qualname.borrow().clone()),
            dict: PyCell::new(dict),
            doc: PyCell::new(f.doc.borrow().clone()),
            annotations: PyCell::new(f.annotations.borrow().clone()),
            module: f.module.clone(),
            authority: f.authority,
        };
        let local = ObjRef::new(Payload::Function(Box::new(local)));
        self.funcs.insert(o.addr(), local.clone());
        for (src, dst) in f.closure.iter().zip(closure.iter()) {
            let content = match src.payload() {
                Payload::Cell(c) => c.borrow().clone(),
                _ => continue,
            };
            let content = self.value(vm, &content, depth + 1)?;
            if let Payload::Cell(c) = dst.payload() {
                *c.borrow_mut() = content;
            }
        }
        Ok(local)
    }
}

/// The module a function belongs to: its globals' `__name__` (every
/// snapshot keeps it), else its `__module__`, else `__main__`.
fn module_name(vm: &mut Vm, f: &Function) -> PyResult<String> {
    let k = vm.intern("__name__");
    if let Some(v) = vm.dict_get_str(&f.globals, &k)?
        && let Some(s) = v.as_str()
    {
        return Ok(s.to_string());
    }
    Ok(f.module.as_str().unwrap_or("__main__").to_string())
}
