//! `anext_awaitable`: what `anext(aiterator, default)` returns. Awaiting it
//! awaits `aiterator.__anext__()`'s result and turns the StopAsyncIteration
//! that ends the iterator into the value `default`.
//!
//! Invariants:
//! - It holds the awaitable it wraps, the default and, once first used, the
//!   iterator that drives the wrapped awaitable (all reported by `trace`,
//!   let go of in `clear`). Every step goes to that iterator, as CPython's
//!   does: a coroutine's own errors ("can't send non-None value ...")
//!   come through unchanged.
//! - It stays in its sandbox (a local host object): the freezer refuses it.

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, Exc, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;
use crate::vm::generator::GenStep;

/// The Python type `anext_awaitable`.
pub static ANEXT_AWAITABLE_TYPE: HostType = HostType::with_class_protocols("anext_awaitable");

/// `anext(aiterator, default)`'s awaitable.
pub struct AnextAwaitable {
    /// `aiterator.__anext__()`'s result.
    wrapped: RefCell<Value>,
    default: RefCell<Value>,
    /// The iterator that awaiting `wrapped` drives, once made.
    iter: RefCell<Option<Value>>,
}

impl HostObject for AnextAwaitable {
    fn host_type(&self) -> &'static HostType {
        &ANEXT_AWAITABLE_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        for cell in [&self.wrapped, &self.default] {
            if let Value::Obj(o) = &*cell.try_borrow().map_err(|_| Busy)? {
                f(o);
            }
        }
        if let Some(Value::Obj(o)) = &*self.iter.try_borrow().map_err(|_| Busy)? {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        for cell in [&self.wrapped, &self.default] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                *v = Value::None;
            }
        }
        if let Ok(mut i) = self.iter.try_borrow_mut() {
            i.take();
        }
    }
}

/// A new awaitable of `wrapped` with `default`.
pub fn new(wrapped: Value, default: Value) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(AnextAwaitable {
        wrapped: RefCell::new(wrapped),
        default: RefCell::new(default),
        iter: RefCell::new(None),
    }))))
}

/// The class, with its methods (registered in types/registry.rs).
pub fn class(object: &ObjRef) -> ObjRef {
    super::async_gen::awaitable_type(
        "anext_awaitable",
        object,
        [aw_next, aw_send, aw_throw, aw_close],
    )
}

/// The awaitable `self` of a method, and the iterator that drives it.
fn parts(vm: &mut Vm, a: &Args) -> PyResult<(Value, Value)> {
    let Some(aw) = a.pos.first().and_then(|v| v.host::<AnextAwaitable>()) else {
        return Err(
            vm.type_error("descriptor for 'anext_awaitable' objects doesn't apply to this object")
        );
    };
    let default = aw.default.borrow().clone();
    if let Some(it) = aw.iter.borrow().clone() {
        return Ok((it, default));
    }
    let wrapped = aw.wrapped.borrow().clone();
    let it = vm.get_awaitable(&wrapped, 0)?;
    *aw.iter.borrow_mut() = Some(it.clone());
    Ok((it, default))
}

/// What a step of the driving iterator came to: its value, its end (as
/// StopIteration) or its error, StopAsyncIteration becoming the default.
fn outcome(vm: &mut Vm, r: PyResult<Result<Value, Value>>, default: Value) -> PyResult<Value> {
    match r {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(ret)) => Err(vm.stop_iteration(ret)),
        Err(e) => {
            let sai = vm.exc_types.stop_async_iteration.clone();
            if vm.exc_is(&e, &sai) {
                Err(vm.stop_iteration(default))
            } else {
                Err(e)
            }
        }
    }
}

fn aw_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (it, default) = parts(vm, a)?;
    let r = vm.send_into(&it, Value::None);
    outcome(vm, r, default)
}

fn aw_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (it, default) = parts(vm, a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    let r = vm.send_into(&it, v);
    outcome(vm, r, default)
}

fn aw_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (it, default) = parts(vm, a)?;
    let Some(e) = a.pos.get(1) else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let mut ev = e.clone();
    if let Some(v) = a.pos.get(2)
        && let Value::Obj(c) = &ev
        && matches!(c.payload(), Payload::Class(_))
        && !v.is_none()
    {
        ev = vm.call(&ev, std::slice::from_ref(v))?;
    }
    let exc = vm.make_raisable(ev, None)?;
    let r = throw_into(vm, &it, exc);
    outcome(vm, r, default)
}

/// Throw `exc` into the driving iterator: Ok(Ok(v)) when it yielded v,
/// Ok(Err(r)) when it returned r.
fn throw_into(vm: &mut Vm, it: &Value, exc: Exc) -> PyResult<Result<Value, Value>> {
    if let Some(g) = it
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Generator(_)))
    {
        let g = g.clone();
        return match vm.gen_resume_with(&g, Value::None, Some(exc))? {
            GenStep::Yield(v) => Ok(Ok(v)),
            GenStep::Return(r) => Ok(Err(r)),
        };
    }
    let throw = vm.intern("throw");
    let Some(f) = vm.getattr_opt(it, &throw)? else {
        return Err(exc);
    };
    match vm.call(&f, &[Value::Obj(exc.0)]) {
        Ok(v) => Ok(Ok(v)),
        Err(e) => {
            let si = vm.exc_types.stop_iteration.clone();
            if vm.exc_is(&e, &si) {
                Ok(Err(crate::vm::generator::stop_value(&e)))
            } else {
                Err(e)
            }
        }
    }
}

fn aw_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (it, _) = parts(vm, a)?;
    if let Some(g) = it
        .as_obj()
        .filter(|o| matches!(o.payload(), Payload::Generator(_)))
    {
        let g = g.clone();
        vm.gen_close(&g)?;
        return Ok(Value::None);
    }
    let close = vm.intern("close");
    if let Some(f) = vm.getattr_opt(&it, &close)? {
        vm.call(&f, &[])?;
    }
    Ok(Value::None)
}
