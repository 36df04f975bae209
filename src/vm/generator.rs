//! Generators: a suspended frame kept in a heap object.
//!
//! While suspended, a generator owns its frame's values (`saved`: the slots and
//! the operand stack). Resuming moves them back onto the VM stack, pushes an
//! entry frame and runs the dispatch loop until the frame yields (the values
//! move back into the generator) or returns (the generator is finished).
//! The exception being handled inside the generator is swapped in and out with
//! its frame, as CPython keeps a per-generator exception state.
//!
//! Coroutines and async generators resume here too; their messages name
//! their kind ("coroutine already executing", "cannot reuse already awaited
//! coroutine", "async generator raised StopAsyncIteration").

use crate::object::generator::{GenKind, GenState, Generator};
use crate::object::{Exc, Function, ObjRef, Payload, PyResult, Value};

use super::Vm;
use super::eval::RunOutcome;
use super::frame::{Frame, FrameKind};

/// The value a StopIteration carries (its first argument, else None).
pub(crate) fn stop_value(e: &Exc) -> Value {
    super::exc::exc_data(&e.0)
        .and_then(|d| match d.borrow().args.payload() {
            Some(Payload::Tuple(t)) => t.first().cloned(),
            _ => None,
        })
        .unwrap_or(Value::None)
}

/// How CPython's messages name a kind of generator.
pub(crate) fn kind_words(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// What throwing into a `yield from` sub-iterator came to.
enum Delegated {
    /// Raise this in the delegating frame.
    Raise(Exc),
    /// The sub-iterator yielded: so does the delegating generator.
    Yield(Value),
    /// The sub-iterator returned; its value is on the stack: run on.
    Resume,
}

/// What one resumption produced.
pub enum GenStep {
    Yield(Value),
    Return(Value),
}

impl Vm {
    /// A generator for `func` with bound argument slots.
    pub(crate) fn new_generator(&mut self, func: &Function, slots: Vec<Value>) -> PyResult<Value> {
        let code = self.func_code(&func.code)?;
        let g = Generator {
            kind: code.unit.gen_kind,
            running_async: false,
            code,
            globals: func.globals.clone(),
            closure: func.closure.clone(),
            saved: slots,
            pc: 0,
            state: GenState::Created,
            handled: Value::None,
            name: func.name.borrow().clone(),
            qualname: func.qualname.borrow().clone(),
            authority: func.authority,
        };
        Ok(Value::Obj(ObjRef::new(Payload::Generator(Box::new(
            crate::object::cell::PyCell::new(g),
        )))))
    }

    /// Resume `gen`, sending `sent` (None for `next`).
    pub fn gen_resume(&mut self, gen_obj: &ObjRef, sent: Value) -> PyResult<GenStep> {
        self.gen_resume_with(gen_obj, sent, None)
    }

    /// Resume `gen`, either sending a value or throwing `throw` into it.
    pub fn gen_resume_with(
        &mut self,
        gen_obj: &ObjRef,
        sent: Value,
        throw: Option<Exc>,
    ) -> PyResult<GenStep> {
        let Payload::Generator(cell) = gen_obj.payload() else {
            return Err(self.type_error("expected a generator"));
        };
        let kind = cell.try_borrow().map_or(GenKind::Generator, |g| g.kind);
        let (code, globals, closure, saved, pc, state, handled, authority) = {
            let Ok(mut g) = cell.try_borrow_mut() else {
                return Err(self.already_executing(kind));
            };
            match g.state {
                GenState::Running => {
                    drop(g);
                    return Err(self.already_executing(kind));
                }
                GenState::Finished => {
                    drop(g);
                    if kind == GenKind::Coroutine {
                        return Err(self.runtime_error("cannot reuse already awaited coroutine"));
                    }
                    if let Some(e) = throw {
                        return Err(e);
                    }
                    return Ok(GenStep::Return(Value::None));
                }
                GenState::Created if !sent.is_none() && throw.is_none() => {
                    drop(g);
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        kind_words(kind)
                    )));
                }
                _ => {}
            }
            let first = g.state == GenState::Created;
            g.state = GenState::Running;
            let saved = std::mem::take(&mut g.saved);
            (
                g.code.clone(),
                g.globals.clone(),
                g.closure.clone(),
                saved,
                if first { usize::MAX } else { g.pc },
                first,
                std::mem::replace(&mut g.handled, Value::None),
                g.authority,
            )
        };
        let first = state;
        if let Err(e) = self.enter_native() {
            if let Ok(mut g) = cell.try_borrow_mut() {
                g.saved = saved;
                g.state = if first {
                    GenState::Created
                } else {
                    GenState::Suspended
                };
            }
            return Err(e);
        }
        let outer_handled = std::mem::replace(&mut self.handled, handled);
        let base = self.stack.len();
        let r = if first {
            self.stack.extend(saved);
            self.push_frame(
                code,
                globals.into(),
                &closure,
                base,
                base,
                FrameKind::Normal,
                authority,
            )
        } else {
            self.stack.extend(saved);
            if self.frames.len() >= self.recursion_limit.min(self.frame_cap) {
                self.stack.truncate(base);
                if self.frames.len() >= self.frame_cap {
                    Err(self.recursion_cap_error())
                } else {
                    let c = self.exc_types.recursion_error.clone();
                    Err(self.new_exc(&c, "maximum recursion depth exceeded"))
                }
            } else {
                self.frames.push(Frame {
                    code,
                    pc,
                    base,
                    globals: globals.into(),
                    locals: None,
                    ret_to: base,
                    kind: FrameKind::Normal,
                    entry: false,
                    authority,
                });
                Ok(())
            }
        };
        let outcome = r.and_then(|()| {
            if let Some(f) = self.frames.last_mut() {
                f.entry = true;
            }
            if !first {
                match throw {
                    Some(e) => self.throw_into_top(e),
                    None => {
                        self.stack.push(sent);
                        self.run()
                    }
                }
            } else if let Some(e) = throw {
                // Throwing into a just-created generator raises at its start.
                self.frames.pop();
                self.stack.truncate(base);
                Err(e)
            } else {
                self.run()
            }
        });
        let inner_handled = std::mem::replace(&mut self.handled, outer_handled);
        self.leave_native();
        let mut g = cell.borrow_mut();
        match outcome {
            Ok(RunOutcome::Yield(v)) => {
                // The generator frame is still on top: save it.
                if let Some(f) = self.frames.pop() {
                    g.saved = self.stack.split_off(f.base);
                    g.pc = f.pc;
                }
                g.handled = inner_handled;
                g.state = GenState::Suspended;
                Ok(GenStep::Yield(v))
            }
            Ok(RunOutcome::Return(v)) => {
                g.state = GenState::Finished;
                Ok(GenStep::Return(v))
            }
            Err(e) => {
                g.state = GenState::Finished;
                drop(g);
                // A StopIteration escaping a generator becomes a RuntimeError
                // (and a StopAsyncIteration escaping an async generator).
                let si = self.exc_types.stop_iteration.clone();
                let sai = self.exc_types.stop_async_iteration.clone();
                let escaped = if self.exc_is(&e, &si) {
                    Some("StopIteration")
                } else if kind == GenKind::AsyncGenerator && self.exc_is(&e, &sai) {
                    Some("StopAsyncIteration")
                } else {
                    None
                };
                if let Some(what) = escaped {
                    let mut r = self.runtime_error(format!("{} raised {what}", kind_words(kind)));
                    if let Some(d) = super::exc::exc_data(&r.0) {
                        d.borrow_mut().cause = Value::Obj(e.0.clone());
                    }
                    r = Exc(r.0);
                    return Err(r);
                }
                Err(e)
            }
        }
    }

    /// Raise `e` at the current instruction of the top (entry) frame and run.
    fn throw_into_top(&mut self, e: Exc) -> PyResult<RunOutcome> {
        let e = match self.throw_into_delegate(e)? {
            Delegated::Raise(e) => e,
            Delegated::Yield(v) => return Ok(RunOutcome::Yield(v)),
            Delegated::Resume => return self.run(),
        };
        // Unwind within the generator frame as if the yield raised.
        let reraise = false;
        match self.unwind(e, reraise) {
            Ok(()) => self.run(),
            Err(e) => Err(e),
        }
    }

    /// When the top frame is suspended in `yield from`, pass the thrown
    /// exception on to the sub-iterator, as CPython's `gen_throw` does:
    /// GeneratorExit closes it first; anything else goes to its `throw`.
    fn throw_into_delegate(&mut self, e: Exc) -> PyResult<Delegated> {
        let Some(frame) = self.frames.last() else {
            return Ok(Delegated::Raise(e));
        };
        let at_yield_from = matches!(frame.code.unit.instrs.get(frame.pc), Some(ins) if ins.op == crate::bytecode::Op::YieldFrom);
        if !at_yield_from {
            return Ok(Delegated::Raise(e));
        }
        let Some(sub) = self.stack.last().cloned() else {
            return Ok(Delegated::Raise(e));
        };
        let ge = self.exc_types.generator_exit.clone();
        if self.exc_is(&e, &ge) {
            let closed = match &sub {
                Value::Obj(o) if matches!(o.payload(), Payload::Generator(_)) => self.gen_close(o),
                _ => {
                    let close = self.intern("close");
                    match self.getattr_opt(&sub, &close) {
                        Ok(Some(f)) => self.call(&f, &[]).map(|_| ()),
                        Ok(None) => Ok(()),
                        Err(err) => Err(err),
                    }
                }
            };
            return Ok(Delegated::Raise(closed.err().unwrap_or(e)));
        }
        let step = match &sub {
            Value::Obj(o) if matches!(o.payload(), Payload::Generator(_)) => {
                let o = o.clone();
                self.gen_resume_with(&o, Value::None, Some(e))
            }
            _ => {
                let throw = self.intern("throw");
                let f = match self.getattr_opt(&sub, &throw) {
                    Ok(Some(f)) => f,
                    Ok(None) => return Ok(Delegated::Raise(e)),
                    Err(err) => return Ok(Delegated::Raise(err)),
                };
                match self.call(&f, &[Value::Obj(e.0.clone())]) {
                    Ok(v) => Ok(GenStep::Yield(v)),
                    Err(err) => {
                        let si = self.exc_types.stop_iteration.clone();
                        if self.exc_is(&err, &si) {
                            Ok(GenStep::Return(stop_value(&err)))
                        } else {
                            Err(err)
                        }
                    }
                }
            }
        };
        Ok(match step {
            Ok(GenStep::Yield(v)) => Delegated::Yield(v),
            Ok(GenStep::Return(r)) => {
                // The sub-iterator finished: `yield from` evaluates to r.
                self.stack.pop();
                self.stack.push(r);
                if let Some(f) = self.frames.last_mut() {
                    f.pc += 1;
                }
                Delegated::Resume
            }
            Err(err) => Delegated::Raise(err),
        })
    }

    /// `YieldFrom` support: send into a sub-iterator. Ok(Ok(v)) when it yielded
    /// v, Ok(Err(r)) when it finished with return value r.
    pub(crate) fn send_into(&mut self, it: &Value, sent: Value) -> PyResult<Result<Value, Value>> {
        if let Some(Payload::Generator(_)) = it.payload() {
            let g = it
                .as_obj()
                .cloned()
                .ok_or_else(|| self.type_error("bad generator"))?;
            return match self.gen_resume(&g, sent)? {
                GenStep::Yield(v) => Ok(Ok(v)),
                GenStep::Return(r) => Ok(Err(r)),
            };
        }
        if sent.is_none() {
            if !it.payload().is_some_and(Payload::class_protocols) {
                return match self.next(it)? {
                    Some(v) => Ok(Ok(v)),
                    None => Ok(Err(Value::None)),
                };
            }
            // A class's `__next__` may end with `StopIteration(value)`: the
            // value is what `yield from` returns.
            return match self.next_or_stop(it) {
                Ok(v) => Ok(Ok(v)),
                Err(e) => {
                    let si = self.exc_types.stop_iteration.clone();
                    if self.exc_is(&e, &si) {
                        Ok(Err(stop_value(&e)))
                    } else {
                        Err(e)
                    }
                }
            };
        }
        let send = self.getattr_str(it, "send")?;
        match self.call(&send, &[sent]) {
            Ok(v) => Ok(Ok(v)),
            Err(e) => {
                let si = self.exc_types.stop_iteration.clone();
                if self.exc_is(&e, &si) {
                    Ok(Err(stop_value(&e)))
                } else {
                    Err(e)
                }
            }
        }
    }

    #[cold]
    fn already_executing(&mut self, kind: GenKind) -> Exc {
        self.value_error(format!("{} already executing", kind_words(kind)))
    }

    /// `gen.close()`: throw GeneratorExit; it must not yield again.
    pub fn gen_close(&mut self, gen_obj: &ObjRef) -> PyResult<()> {
        let state = match gen_obj.payload() {
            Payload::Generator(c) => c.borrow().state,
            _ => return Ok(()),
        };
        if state == GenState::Created {
            if let Payload::Generator(c) = gen_obj.payload() {
                let mut g = c.borrow_mut();
                g.state = GenState::Finished;
                g.saved.clear();
            }
            return Ok(());
        }
        if state == GenState::Finished {
            return Ok(());
        }
        let ge = self.exc_types.generator_exit.clone();
        let e = super::exc::new_exception(self, &ge, vec![]);
        let kind = match gen_obj.payload() {
            Payload::Generator(c) => c.try_borrow().map_or(GenKind::Generator, |g| g.kind),
            _ => GenKind::Generator,
        };
        match self.gen_resume_with(gen_obj, Value::None, Some(e)) {
            Ok(GenStep::Yield(_)) => {
                Err(self.runtime_error(format!("{} ignored GeneratorExit", kind_words(kind))))
            }
            Ok(GenStep::Return(_)) => Ok(()),
            Err(err) => {
                let si = self.exc_types.stop_iteration.clone();
                if self.exc_is(&err, &ge) || self.exc_is(&err, &si) {
                    Ok(())
                } else {
                    Err(err)
                }
            }
        }
    }
}
