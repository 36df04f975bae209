//! `_weakref`: the native half of `weakref` (src/stdlib/weakref.py), written
//! from the `weakref` documentation.
//!
//! - `ref` / `ReferenceType`: the class (types/weakref.rs);
//! - `getweakrefcount(x)`, `getweakrefs(x)`: the weak references and
//!   proxies to `x` that are alive (0 and `[]` for anything else, a frozen
//!   object included: references to it are not listed, as they never die);
//! - `_ProxyBase`: the native base of the proxy types; `_deref(p)` is a
//!   proxy's referent or `ReferenceError`; `_proxy_repr(p)` its repr.
//!
//! The module holds no state: every table lives in the thread's heap
//! (object/weakref.rs).

use crate::object::weakref::{PROXY_BASE_TYPE, REF_TYPE, WeakRef, count_to, refs_to};
use crate::object::{Args, ObjRef, PyResult, Value};
use crate::types::weakref::{describe, state};
use crate::vm::Vm;

use super::{def, set};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let r = vm.types.host_class(&REF_TYPE);
    set(vm, d, "ref", Value::Obj(r.clone()))?;
    set(vm, d, "ReferenceType", Value::Obj(r))?;
    let p = vm.types.host_class(&PROXY_BASE_TYPE);
    set(vm, d, "_ProxyBase", Value::Obj(p))?;
    def(vm, d, "getweakrefcount", getweakrefcount)?;
    def(vm, d, "getweakrefs", getweakrefs)?;
    def(vm, d, "_deref", deref)?;
    def(vm, d, "_proxy_repr", proxy_repr)?;
    def(vm, d, "_is_proxy", is_proxy)?;
    Ok(())
}

fn one<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    match a.pos {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            a.pos.len()
        ))),
    }
}

fn getweakrefcount(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, a, "getweakrefcount")?;
    Ok(Value::Int(v.as_obj().map_or(0, count_to) as i64))
}

fn getweakrefs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, a, "getweakrefs")?;
    let refs = v.as_obj().map(refs_to).unwrap_or_default();
    Ok(Value::list(refs.into_iter().map(Value::Obj).collect()))
}

/// The proxy state behind `v`, or a TypeError.
fn proxy_state<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a WeakRef> {
    match state(v) {
        Some(s) if s.is_proxy() => Ok(s),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("expected a weak proxy, got '{tn}'")))
        }
    }
}

/// `_deref(p)`: the referent of proxy `p`, or ReferenceError.
fn deref(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, a, "_deref")?;
    match proxy_state(vm, v)?.get() {
        Some(o) => Ok(Value::Obj(o)),
        None => {
            let cls = vm.builtin_exc_class("ReferenceError");
            Err(vm.new_exc(&cls, "weakly-referenced object no longer exists"))
        }
    }
}

/// `_proxy_repr(p)`.
fn proxy_repr(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, a, "_proxy_repr")?.clone();
    proxy_state(vm, &v)?;
    Ok(Value::string(describe(vm, &v, "weakproxy")?))
}

/// `_is_proxy(x)`: whether `x` is a weak proxy.
fn is_proxy(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one(vm, a, "_is_proxy")?;
    Ok(Value::Bool(state(v).is_some_and(WeakRef::is_proxy)))
}
