//! `_abc`: what `abc` (Python shipped in the binary, `src/stdlib/abc.py`)
//! needs to be built once and shared frozen (modules/shared.rs):
//!
//! - `_state()`: this sandbox's own dict for the state a shared module
//!   keeps (the ABC cache token; the registries and caches of frozen ABCs,
//!   `list` registered as a `collections.abc.Sequence` by the library
//!   stays on the class, a sandbox's own `register` calls land here;
//!   `collections`' repr recursion guard). It lives in `Vm::native_state`,
//!   so each sandbox has its own and none can see another's.
//! - `_is_frozen(obj)`: whether an object is frozen (its own state cannot
//!   be changed, so it is kept in `_state()`).
//!
//! A private accelerator, importable wherever `abc` is.

use crate::object::{Args, PyResult, Value};
use crate::vm::Vm;

use super::def;

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &crate::object::ObjRef) -> PyResult<()> {
    def(vm, d, "_state", state)?;
    def(vm, d, "_is_frozen", is_frozen)
}

fn state(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    if !a.pos.is_empty() || !a.kw.is_empty() {
        return Err(vm.type_error("_state() takes no arguments"));
    }
    let d = vm.native_state("_abc", |vm| match vm.new_dict() {
        Value::Obj(o) => o,
        _ => unreachable!("new_dict returns an object"),
    });
    Ok(Value::Obj(d))
}

fn is_frozen(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let [v] = a.pos else {
        return Err(vm.type_error("_is_frozen() takes exactly one argument"));
    };
    Ok(Value::Bool(matches!(v, Value::Obj(o) if o.is_frozen())))
}
