//! `coroutine`: the methods of coroutine objects (`send`, `throw`, `close`,
//! `__await__`) and `coroutine_wrapper`, the iterator `__await__` returns.
//!
//! A coroutine is a generator object of kind `Coroutine`
//! (object/generator.rs); resuming it is the VM's work (vm/generator.rs),
//! awaiting it vm/coroutine.rs's. It is not an iterator: `iter()` and
//! `next()` refuse it as CPython does, and `__await__()` gives the wrapper
//! that iterates it.
//!
//! Invariants:
//! - A wrapper holds one reference, its coroutine (reported by `trace`,
//!   let go of in `clear`); every method forwards to the coroutine.
//! - A wrapper stays in its sandbox (a local host object): the freezer
//!   refuses it, as it refuses the coroutine.

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::add_method;
use crate::vm::{NativeFn, Vm};

/// The Python type `coroutine_wrapper`; its methods are natives in its class.
pub static COROUTINE_WRAPPER_TYPE: HostType = HostType::with_class_protocols("coroutine_wrapper");

/// The iterator of a coroutine (`coro.__await__()`).
pub struct CoroutineWrapper {
    /// The coroutine (None once the local collector has cleared it).
    coro: RefCell<Option<ObjRef>>,
}

impl HostObject for CoroutineWrapper {
    fn host_type(&self) -> &'static HostType {
        &COROUTINE_WRAPPER_TYPE
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let c = self.coro.try_borrow().map_err(|_| Busy)?;
        if let Some(c) = &*c {
            f(c);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut c) = self.coro.try_borrow_mut() {
            c.take();
        }
    }
}

/// Install the coroutine type's methods.
pub fn register(vm: &mut Vm) {
    let c = vm.types.coroutine.clone();
    add_method(&c, "send", super::misc::gen_send, NativeKind::Method);
    add_method(&c, "throw", super::misc::gen_throw, NativeKind::Method);
    add_method(&c, "close", super::misc::gen_close, NativeKind::Method);
    add_method(&c, "__await__", coro_await, NativeKind::Method);
}

/// The wrapper class, with its methods (registered in types/registry.rs).
pub fn wrapper_class(object: &ObjRef) -> ObjRef {
    let cls = crate::types::registry::builtin_class("coroutine_wrapper", object);
    let methods: &[(&'static str, NativeFn)] = &[
        ("__iter__", super::misc::iter_self),
        ("__next__", wrapper_next),
        ("send", wrapper_send),
        ("throw", wrapper_throw),
        ("close", wrapper_close),
    ];
    for (name, f) in methods {
        add_method(&cls, name, *f, NativeKind::Method);
    }
    cls
}

/// A coroutine's `self`, or CPython's TypeError for another object.
fn coroutine_self(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    match a.pos.first() {
        Some(Value::Obj(o))
            if o.payload().gen_kind() == Some(crate::object::generator::GenKind::Coroutine) =>
        {
            Ok(o.clone())
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'coroutine' objects doesn't apply to this object"
        ))),
    }
}

fn coro_await(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let c = coroutine_self(vm, a, "__await__")?;
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::local(
        CoroutineWrapper {
            coro: RefCell::new(Some(c)),
        },
    )))))
}

/// Call the coroutine method `f` with the arguments of a wrapper method,
/// the wrapper replaced by its coroutine.
fn forward(vm: &mut Vm, a: &Args, f: NativeFn, send_none: bool) -> PyResult<Value> {
    let coro = a
        .pos
        .first()
        .and_then(|v| v.host::<CoroutineWrapper>())
        .and_then(|w| w.coro.borrow().clone());
    let Some(coro) = coro else {
        return Err(vm.type_error(
            "descriptor for 'coroutine_wrapper' objects doesn't apply to this object",
        ));
    };
    let mut pos = a.pos.to_vec();
    pos[0] = Value::Obj(coro);
    if send_none {
        pos.truncate(1);
        pos.push(Value::None);
    }
    f(
        vm,
        &Args {
            pos: &pos,
            kw: a.kw,
        },
    )
}

fn wrapper_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    forward(vm, a, super::misc::gen_send, true)
}

fn wrapper_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    forward(vm, a, super::misc::gen_send, false)
}

fn wrapper_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    forward(vm, a, super::misc::gen_throw, false)
}

fn wrapper_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    forward(vm, a, super::misc::gen_close, false)
}
