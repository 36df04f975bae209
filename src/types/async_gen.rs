//! `async_generator`: the methods of async generator objects (`__aiter__`,
//! `__anext__`, `asend`, `athrow`, `aclose`) and the awaitables they return,
//! `async_generator_asend` and `async_generator_athrow`.
//!
//! An async generator is a generator object of kind `AsyncGenerator`
//! (object/generator.rs). Its frame yields two sorts of values through the
//! same `gen_resume`: what its own `yield` produces, and what an `await`
//! inside it passes up from below (the frame is then suspended on a
//! `YieldFrom`). An awaitable tells them apart by the instruction the frame
//! stopped at: an `await`'s value goes on up to whoever drives the
//! awaitable; a `yield`'s value completes the awaitable, as the value of its
//! StopIteration (CPython wraps such values instead; the outcome is the same).
//!
//! Invariants:
//! - An awaitable holds its generator and the value to send or exception to
//!   throw (reported by `trace`, let go of in `clear`).
//! - Its state goes Init -> Iter -> Closed and never back: a closed one
//!   raises CPython's "cannot reuse already awaited ..." RuntimeError.
//! - While an awaitable is between its first step and its end, the
//!   generator's `running_async` is set: another awaitable of the same
//!   generator is refused ("... asynchronous generator is already running").
//! - Awaitables stay in their sandbox (local host objects): the freezer
//!   refuses them, as it refuses the generator.

use std::cell::{Cell, RefCell};

use crate::bytecode::Op;
use crate::object::generator::{GenKind, GenState};
use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Args, Exc, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::types::registry::add_method;
use crate::vm::generator::GenStep;
use crate::vm::{NativeFn, Vm};

/// The Python type of `agen.__anext__()` and `agen.asend(v)`.
pub static ASEND_TYPE: HostType = HostType::with_class_protocols("async_generator_asend");
/// The Python type of `agen.athrow(...)` and `agen.aclose()`.
pub static ATHROW_TYPE: HostType = HostType::with_class_protocols("async_generator_athrow");

/// What an awaitable does to its generator.
#[derive(Clone, Copy, PartialEq, Eq)]
enum AgenOp {
    /// `__anext__()` / `asend(v)`: send `value`.
    Send,
    /// `athrow(...)`: throw `value` (an exception).
    Throw,
    /// `aclose()`: throw GeneratorExit; the generator must not yield again.
    Close,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum AwState {
    Init,
    Iter,
    Closed,
}

/// An awaitable step of an async generator.
pub struct AgenAwaitable {
    /// The generator (None once the local collector has cleared it).
    gen_obj: RefCell<Option<ObjRef>>,
    op: AgenOp,
    /// The value to send (`Send`) or the exception to throw (`Throw`).
    value: RefCell<Value>,
    state: Cell<AwState>,
}

impl HostObject for AgenAwaitable {
    fn host_type(&self) -> &'static HostType {
        match self.op {
            AgenOp::Send => &ASEND_TYPE,
            AgenOp::Throw | AgenOp::Close => &ATHROW_TYPE,
        }
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let g = self.gen_obj.try_borrow().map_err(|_| Busy)?;
        if let Some(g) = &*g {
            f(g);
        }
        let v = self.value.try_borrow().map_err(|_| Busy)?;
        if let Value::Obj(o) = &*v {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut g) = self.gen_obj.try_borrow_mut() {
            g.take();
        }
        if let Ok(mut v) = self.value.try_borrow_mut() {
            *v = Value::None;
        }
    }
}

/// Install the async generator type's methods.
pub fn register(vm: &mut Vm) {
    let c = vm.types.async_generator.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__aiter__", super::misc::iter_self),
        ("__anext__", agen_anext),
        ("asend", agen_asend),
        ("athrow", agen_athrow),
        ("aclose", agen_aclose),
    ];
    for (name, f) in methods {
        add_method(&c, name, *f, NativeKind::Method);
    }
}

/// The `async_generator_asend` class (registered in types/registry.rs).
pub fn asend_class(object: &ObjRef) -> ObjRef {
    awaitable_class("async_generator_asend", object)
}

/// The `async_generator_athrow` class (registered in types/registry.rs).
pub fn athrow_class(object: &ObjRef) -> ObjRef {
    awaitable_class("async_generator_athrow", object)
}

fn awaitable_class(name: &str, object: &ObjRef) -> ObjRef {
    awaitable_type(name, object, [aw_next, aw_send, aw_throw, aw_close])
}

/// A class of awaitable iterators (`__await__` and `__iter__` are itself)
/// with its `__next__`, `send`, `throw` and `close`: the async generator's
/// awaitables and `anext_awaitable`.
pub(super) fn awaitable_type(name: &str, object: &ObjRef, steps: [NativeFn; 4]) -> ObjRef {
    let cls = crate::types::registry::builtin_class(name, object);
    add_method(
        &cls,
        "__await__",
        super::misc::iter_self,
        NativeKind::Method,
    );
    add_method(&cls, "__iter__", super::misc::iter_self, NativeKind::Method);
    for (name, f) in ["__next__", "send", "throw", "close"]
        .into_iter()
        .zip(steps)
    {
        add_method(&cls, name, f, NativeKind::Method);
    }
    cls
}

/// An async generator's `self`, or CPython's TypeError for another object.
fn agen_self(vm: &mut Vm, a: &Args, method: &str) -> PyResult<ObjRef> {
    match a.pos.first() {
        Some(Value::Obj(o)) if o.payload().gen_kind() == Some(GenKind::AsyncGenerator) => {
            Ok(o.clone())
        }
        _ => Err(vm.type_error(format!(
            "descriptor '{method}' for 'async_generator' objects doesn't apply to this object"
        ))),
    }
}

fn awaitable(gen_obj: ObjRef, op: AgenOp, value: Value) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(AgenAwaitable {
        gen_obj: RefCell::new(Some(gen_obj)),
        op,
        value: RefCell::new(value),
        state: Cell::new(AwState::Init),
    }))))
}

fn agen_anext(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = agen_self(vm, a, "__anext__")?;
    Ok(awaitable(g, AgenOp::Send, Value::None))
}

fn agen_asend(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = agen_self(vm, a, "asend")?;
    let [_, v] = a.pos else {
        let n = a.pos.len().saturating_sub(1);
        return Err(vm.type_error(format!(
            "async_generator.asend() takes exactly one argument ({n} given)"
        )));
    };
    Ok(awaitable(g, AgenOp::Send, v.clone()))
}

fn agen_athrow(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = agen_self(vm, a, "athrow")?;
    let exc = thrown(vm, a, "athrow")?;
    Ok(awaitable(g, AgenOp::Throw, Value::Obj(exc.0)))
}

fn agen_aclose(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let g = agen_self(vm, a, "aclose")?;
    Ok(awaitable(g, AgenOp::Close, Value::None))
}

/// The exception `throw(type[, value])`/`athrow(...)` were given: an
/// instance, or a class made into one with `value` as its argument.
fn thrown(vm: &mut Vm, a: &Args, method: &str) -> PyResult<crate::object::Exc> {
    let Some(e) = a.pos.get(1) else {
        return Err(vm.type_error(format!("{method} expected at least 1 argument, got 0")));
    };
    let mut ev = e.clone();
    if let Some(v) = a.pos.get(2)
        && let Value::Obj(c) = &ev
        && matches!(c.payload(), Payload::Class(_))
        && !v.is_none()
    {
        ev = vm.call(&ev, std::slice::from_ref(v))?;
    }
    vm.make_raisable(ev, None)
}

/// The awaitable `self` of a method.
fn aw_self<'a>(vm: &mut Vm, a: &'a Args) -> PyResult<&'a AgenAwaitable> {
    match a.pos.first().and_then(|v| v.host::<AgenAwaitable>()) {
        Some(aw) => Ok(aw),
        None => Err(vm.type_error("descriptor for async generator awaitables doesn't apply")),
    }
}

fn aw_next(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let aw = aw_self(vm, a)?;
    step(vm, aw, Value::None, None)
}

fn aw_send(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let aw = aw_self(vm, a)?;
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    step(vm, aw, v, None)
}

fn aw_throw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let aw = aw_self(vm, a)?;
    let exc = thrown(vm, a, "throw")?;
    step(vm, aw, Value::None, Some(exc))
}

fn aw_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let aw = aw_self(vm, a)?;
    finish(aw);
    Ok(Value::None)
}

/// The awaitable is over: it and its generator's `running_async` flag.
fn finish(aw: &AgenAwaitable) {
    if aw.state.get() == AwState::Iter
        && let Some(g) = aw.gen_obj.borrow().as_ref()
        && let Payload::Generator(c) = g.payload()
        && let Ok(mut g) = c.try_borrow_mut()
    {
        g.running_async = false;
    }
    aw.state.set(AwState::Closed);
}

/// One step of an awaitable: resume its generator, sending `sent` or
/// throwing `throw`, and say what the step came to (a value passed up from
/// an `await`, or the end of the awaitable as StopIteration or an error).
fn step(vm: &mut Vm, aw: &AgenAwaitable, sent: Value, throw: Option<Exc>) -> PyResult<Value> {
    let Some(gen_obj) = aw.gen_obj.borrow().clone() else {
        return Err(vm.runtime_error("async generator awaitable was cleared"));
    };
    let Payload::Generator(cell) = gen_obj.payload() else {
        return Err(vm.type_error("expected an async generator"));
    };
    let (mut sent, mut throw) = (sent, throw);
    match aw.state.get() {
        AwState::Closed => {
            return Err(vm.runtime_error(match aw.op {
                AgenOp::Send => "cannot reuse already awaited __anext__()/asend()",
                AgenOp::Throw | AgenOp::Close => "cannot reuse already awaited aclose()/athrow()",
            }));
        }
        AwState::Init => {
            let (running, finished) = cell.try_borrow().map_or((true, false), |g| {
                (g.running_async, g.state == GenState::Finished)
            });
            if running {
                return Err(vm.runtime_error(match aw.op {
                    AgenOp::Send => "anext(): asynchronous generator is already running",
                    AgenOp::Throw => "athrow(): asynchronous generator is already running",
                    AgenOp::Close => "aclose(): asynchronous generator is already running",
                }));
            }
            match aw.op {
                AgenOp::Send => {
                    if throw.is_none() && sent.is_none() {
                        sent = aw.value.borrow().clone();
                    }
                }
                AgenOp::Throw | AgenOp::Close => {
                    if throw.is_none() && !sent.is_none() {
                        return Err(vm.runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    if finished {
                        aw.state.set(AwState::Closed);
                        return Err(vm.stop_iteration(Value::None));
                    }
                    if throw.is_none() {
                        throw = Some(match aw.op {
                            AgenOp::Close => {
                                let ge = vm.exc_types.generator_exit.clone();
                                crate::vm::exc::new_exception(vm, &ge, vec![])
                            }
                            _ => match aw.value.borrow().clone() {
                                Value::Obj(o) => Exc(o),
                                _ => return Err(vm.type_error("athrow needs an exception")),
                            },
                        });
                    }
                }
            }
            if let Ok(mut g) = cell.try_borrow_mut() {
                g.running_async = true;
            }
            aw.state.set(AwState::Iter);
        }
        AwState::Iter => {}
    }
    let r = vm.gen_resume_with(&gen_obj, sent, throw);
    match r {
        Ok(GenStep::Yield(v)) => {
            let awaiting = cell.try_borrow().is_ok_and(|g| {
                g.state == GenState::Suspended
                    && matches!(g.code.unit.instrs.get(g.pc), Some(i) if i.op == Op::YieldFrom)
            });
            if awaiting {
                return Ok(v);
            }
            finish(aw);
            if aw.op == AgenOp::Close {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            Err(vm.stop_iteration(v))
        }
        Ok(GenStep::Return(_)) => {
            finish(aw);
            if aw.op == AgenOp::Close {
                return Err(vm.stop_iteration(Value::None));
            }
            let sai = vm.exc_types.stop_async_iteration.clone();
            Err(crate::vm::exc::new_exception(vm, &sai, vec![]))
        }
        Err(e) => {
            finish(aw);
            if aw.op == AgenOp::Close {
                let sai = vm.exc_types.stop_async_iteration.clone();
                let ge = vm.exc_types.generator_exit.clone();
                if vm.exc_is(&e, &sai) || vm.exc_is(&e, &ge) {
                    return Err(vm.stop_iteration(Value::None));
                }
            }
            Err(e)
        }
    }
}
