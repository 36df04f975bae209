//! `_functools`, the accelerator of `functools` (src/stdlib/functools.py):
//! `reduce`, `cmp_to_key` and the `_lru_store` table behind `lru_cache`
//! (types/functools_types.rs).

use crate::object::{Args, ObjRef, PyResult, Value};
use crate::types::functools_types::{LRU_STORE, key_wrapper};
use crate::types::itertools::construct::parse;
use crate::vm::Vm;

use super::{def, set};

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if !(2..=3).contains(&n) {
        let w = if n < 2 {
            "at least 2 arguments"
        } else {
            "at most 3 arguments"
        };
        return Err(vm.type_error(format!("reduce expected {w}, got {n}")));
    }
    let f = &a.pos[0];
    let Some(it) = vm.try_iter(&a.pos[1])? else {
        return Err(vm.type_error("reduce() arg 2 must support iteration"));
    };
    let mut acc = a.pos.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(v) => vm.call(f, &[v, x])?,
        });
    }
    match acc {
        Some(v) => Ok(v),
        None => Err(vm.type_error("reduce() of empty iterable with no initial value")),
    }
}

/// `cmp_to_key(mycmp)`.
fn cmp_to_key(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let p = parse(vm, "cmp_to_key", a, &["mycmp"], 1, 1)?;
    Ok(key_wrapper(p[0].clone().unwrap_or(Value::None), None))
}

/// `_bind(attr, obj, cls)`: what reading `attr` found on the class `cls`
/// gives through `obj` (None: through the class), by the VM's descriptor
/// protocol; functools.py binds with it where CPython calls `__get__`.
fn bind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let [attr, obj, cls] = a.pos else {
        return Err(vm.type_error("_bind expected 3 arguments"));
    };
    let cls = match cls {
        Value::Obj(c) if matches!(c.payload(), crate::object::Payload::Class(_)) => c.clone(),
        _ => vm.type_of(obj),
    };
    let obj = if obj.is_none() {
        Value::Undef
    } else {
        obj.clone()
    };
    vm.bind_class_attr(attr.clone(), &obj, &cls)
}

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "reduce", reduce)?;
    def(vm, d, "cmp_to_key", cmp_to_key)?;
    def(vm, d, "_bind", bind)?;
    let cls = vm.types.host_class(&LRU_STORE);
    set(vm, d, "_lru_store", Value::Obj(cls))?;
    Ok(())
}
