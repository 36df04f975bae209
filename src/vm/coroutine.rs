//! The await protocol: what `await`, `async with` and `async for` ask of
//! their operands (the `GetAwaitable`, `BeforeAsyncWith`, `GetAIter`,
//! `GetANext` and `EndAsyncFor` instructions).
//!
//! A coroutine is a generator object of kind `Coroutine` (object/generator.rs)
//! and is driven like one: `await x` is `GetAwaitable` then `YieldFrom` on the
//! iterator it gives, so every value a coroutine yields passes up the chain
//! of awaiting coroutines to whoever called `send` on the outermost one (an
//! event loop, or a test's `run` loop). Each level of that chain resumes the
//! next through `gen_resume`, which enters a native level: a deep chain
//! raises RecursionError at the native depth guard, never overflows the Rust
//! stack.
//!
//! Messages are CPython 3.11's (ceval.c's `format_awaitable_error` and the
//! `GET_AITER` / `GET_ANEXT` / `BEFORE_ASYNC_WITH` instructions).

use crate::object::generator::{GenKind, GenState};
use crate::object::{Exc, Payload, PyResult, Value};

use super::Vm;

impl Vm {
    /// The iterator that `await v` drives. `context`: 0 a plain `await`,
    /// 1 the result of `__aenter__`, 2 the result of `__aexit__` (for the
    /// message of the TypeError when `v` is not awaitable).
    pub(crate) fn get_awaitable(&mut self, v: &Value, context: u32) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload()
            && let Ok(g) = g.try_borrow()
            && g.kind == GenKind::Coroutine
        {
            let awaiting = g.state == GenState::Suspended
                && matches!(g.code.unit.instrs.get(g.pc), Some(i) if i.op == crate::bytecode::Op::YieldFrom);
            drop(g);
            if awaiting {
                return Err(self.runtime_error("coroutine is being awaited already"));
            }
            return Ok(v.clone());
        }
        let Some(f) = self.lookup_special_str(v, "__await__") else {
            return Err(self.not_awaitable(v, context));
        };
        let it = self.call(&f, std::slice::from_ref(v))?;
        if it.payload().and_then(Payload::gen_kind) == Some(GenKind::Coroutine) {
            return Err(self.type_error("__await__() returned a coroutine"));
        }
        if !self.is_iterator(&it) {
            let tn = self.type_name(&it);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(it)
    }

    #[cold]
    fn not_awaitable(&mut self, v: &Value, context: u32) -> Exc {
        let tn = self.type_name(v);
        self.type_error(match context {
            1 => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {tn}"
            ),
            2 => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {tn}"
            ),
            _ => format!("object {tn} can't be used in 'await' expression"),
        })
    }

    /// Whether `v` is an iterator (has `__next__`).
    fn is_iterator(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Iter(_)) => true,
            Some(p @ Payload::Generator(_)) => p.is_plain_generator(),
            _ => self.lookup_special_str(v, "__next__").is_some(),
        }
    }

    /// `async for`'s `x.__aiter__()`.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(f) = self.lookup_special_str(v, "__aiter__") else {
            let tn = self.type_name(v);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        let it = self.call(&f, std::slice::from_ref(v))?;
        if self.lookup_special_str(&it, "__anext__").is_none() {
            let tn = self.type_name(&it);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(it)
    }

    /// `async for`'s next step: the iterator that awaiting
    /// `aiter.__anext__()` drives.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        let Some(f) = self.lookup_special_str(aiter, "__anext__") else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let next = self.call(&f, std::slice::from_ref(aiter))?;
        match self.get_awaitable(&next, 0) {
            Ok(it) => Ok(it),
            Err(e) => {
                let te = self.exc_types.type_error.clone();
                if !self.exc_is(&e, &te) {
                    return Err(e);
                }
                let tn = self.type_name(&next);
                let r = self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                ));
                if let Some(d) = super::exc::exc_data(&r.0) {
                    d.borrow_mut().cause = Value::Obj(e.0.clone());
                }
                Err(r)
            }
        }
    }

    /// `async with`'s start: the bound `__aexit__` and the result of
    /// `__aenter__()` (still to be awaited).
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let enter = self.lookup_special_str(mgr, "__aenter__");
        let exit = self.lookup_special_str(mgr, "__aexit__");
        let (Some(enter), Some(exit)) = (&enter, exit) else {
            let tn = self.type_name(mgr);
            let what = if enter.is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{tn}' object does not support the asynchronous context manager protocol{what}"
            )));
        };
        let cls = self.type_of(mgr);
        let exit_bound = self.bind_class_attr(exit, mgr, &cls)?;
        let r = self.call(enter, std::slice::from_ref(mgr))?;
        Ok((exit_bound, r))
    }

    /// Whether the exception that ended an `async for` step is the
    /// StopAsyncIteration that ends the loop.
    pub(crate) fn ends_async_for(&self, e: &Value) -> bool {
        match e {
            Value::Obj(o) => {
                let sai = self.exc_types.stop_async_iteration.clone();
                self.exc_is(&Exc(o.clone()), &sai)
            }
            _ => false,
        }
    }
}
