//! Frames: one per running Python function, module or class body, and how
//! they are pushed (`push_frame`) and unwound after an exception (`unwind`).
//!
//! A frame does not own its values: its slots (locals, then cells and free
//! variables) are `vm.stack[base .. base + code.nslots]` and its operand stack
//! follows them. Calling a Python function leaves the arguments where the caller
//! pushed them and makes them the callee's first slots, so a simple call
//! allocates nothing. On return the stack is cut back to `ret_to` and the result
//! pushed there.

use std::rc::Rc;

use smallvec::SmallVec;

use crate::object::{Exc, MaybeCounted, ObjRef, Payload, PyResult, Value, write_value};

use super::Vm;
use super::stack_view::push_value;
use crate::object::code::Code;

/// What happens when the frame returns.
pub enum FrameKind {
    /// Push the result for the caller frame.
    Normal,
    /// An `__init__` call made by class instantiation: the result must be None,
    /// and the instance is pushed instead.
    Init(ObjRef),
}

/// An activation record.
pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    /// Stack index of slot 0.
    pub base: usize,
    /// The globals dict: counted, or borrowed from the function that sits
    /// below the frame on the value stack (eval.rs's call fast path).
    pub globals: MaybeCounted,
    /// The namespace dict of a class body (LoadName/StoreName); None elsewhere.
    pub locals: Option<ObjRef>,
    /// Stack height to cut back to on return.
    pub ret_to: usize,
    pub kind: FrameKind,
    /// When this frame returns or raises, the dispatch loop that started it
    /// returns to its Rust caller.
    pub entry: bool,
    /// The authority of the code it runs (its function's; a module body's
    /// is its sandbox's): authority.rs reads the frames when a grant is used.
    pub authority: crate::object::Authority,
}

impl Vm {
    /// Drop the top frame and its stack values: a frame run from Rust that
    /// yielded where no generator can suspend it.
    pub(crate) fn drop_top_frame(&mut self) {
        if let Some(f) = self.frames.pop() {
            self.stack.truncate(f.ret_to);
        }
    }

    /// Unwind from the top frame: record the traceback and jump to the nearest
    /// handler. Returns the exception when it escapes the entry frame.
    pub(crate) fn unwind(&mut self, err: Exc, reraise: bool) -> Result<(), Exc> {
        // An exception coming back from a Python frame run by a native
        // (`__exit__`, a descriptor) was chained when it was raised there,
        // as CPython chains only at the raise.
        let escaped = self.escaped.take().is_some_and(|e| e.is(&err.0));
        if !reraise && !escaped {
            self.set_implicit_context(&err);
        }
        let mut first = true;
        loop {
            let Some(frame) = self.frames.last() else {
                return Err(err);
            };
            let lasti = frame.pc.saturating_sub(1);
            let code = frame.code.clone();
            if !(first && reraise) {
                let line = code.unit.line_of(lasti);
                self.add_traceback(&err, code.clone(), line);
            }
            let Some(frame) = self.frames.last() else {
                return Err(err);
            };
            first = false;
            // A terminated sandbox runs no handler: not `except`, not `finally`.
            if self.terminating.is_none()
                && let Some(h) = frame.code.unit.handler_for(lasti)
            {
                let height = frame.base + frame.code.nslots + h.depth as usize;
                let target = h.target as usize;
                self.stack.truncate(height);
                push_value(&mut self.stack, Value::Obj(err.0));
                if let Some(f) = self.frames.last_mut() {
                    f.pc = target;
                }
                return Ok(());
            }
            let Some(f) = self.frames.pop() else {
                return Err(err);
            };
            self.stack.truncate(f.ret_to);
            if f.entry {
                // A generator's frame does not see the handled exception
                // of its caller: what it raises is chained by the caller.
                if !f.code.unit.generator {
                    self.escaped = Some(err.0.clone());
                }
                return Err(err);
            }
        }
    }

    /// Push a new frame for `code` whose first `nargs` slots are already on the
    /// stack at `base`. Fills the remaining slots and sets up cells.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn push_frame(
        &mut self,
        code: Rc<Code>,
        globals: MaybeCounted,
        closure: &[ObjRef],
        base: usize,
        ret_to: usize,
        kind: FrameKind,
        authority: crate::object::Authority,
    ) -> PyResult<()> {
        self.budget -= 1;
        // A call runs at most its code's length without a backward jump.
        self.charges.instructions += code.instrs.len() as u64;
        if self.budget == 0 || self.account.tripped() {
            self.safepoint(false)
                .inspect_err(|_| self.stack.truncate(ret_to))?;
        }
        if self.frames.len() >= self.recursion_limit.min(self.frame_cap) {
            self.stack.truncate(ret_to);
            if self.frames.len() >= self.frame_cap {
                return Err(self.recursion_cap_error());
            }
            let c = self.exc_types.recursion_error.clone();
            return Err(self.new_exc(&c, "maximum recursion depth exceeded"));
        }
        fill_undef(&mut self.stack, base + code.nlocals);
        let unit = &code.unit;
        if !unit.cellvars.is_empty() || !unit.freevars.is_empty() {
            for i in 0..unit.cellvars.len() {
                let init = match unit.cell2arg.get(i).copied().flatten() {
                    Some(a) => self.stack[base + a as usize].clone(),
                    None => Value::Undef,
                };
                push_value(
                    &mut self.stack,
                    Value::Obj(ObjRef::new(Payload::Cell(
                        crate::object::cell::PyCell::new(init),
                    ))),
                );
            }
            for c in closure.iter().take(unit.freevars.len()) {
                push_value(&mut self.stack, Value::Obj(c.clone()));
            }
            self.stack.resize(base + code.nslots, Value::Undef);
        }
        self.frames.push(Frame {
            code,
            pc: 0,
            base,
            globals,
            locals: None,
            ret_to,
            kind,
            entry: false,
            authority,
        });
        Ok(())
    }

    /// Collect `n` values from the top of the stack without a heap allocation
    /// for small counts.
    #[inline(always)]
    pub(crate) fn pop_n(&mut self, n: usize) -> SmallVec<[Value; 8]> {
        let at = self.stack.len() - n;
        // Moved out slot by slot (a `drain` does far more work for the one
        // or two arguments of a typical call); the slots are left Undef, so
        // cutting them drops nothing.
        // Filled in place: a `collect` builds the vector aside and then
        // copies its 136 bytes into the caller's (a memcpy call per call).
        let mut out = SmallVec::new();
        for v in &mut self.stack[at..] {
            out.push(v.take());
        }
        self.stack.truncate(at);
        out
    }
}

/// Grow the stack to `len` with `Undef` (a new frame's unbound locals); a
/// stack already that long is left alone (the slots are the arguments). A
/// plain loop of word stores: `Vec::resize` is inlined into the dispatch
/// loop in some builds and called in others.
#[inline(always)]
fn fill_undef(stack: &mut Vec<Value>, len: usize) {
    let n = stack.len();
    if len <= n {
        stack.truncate(len);
        return;
    }
    stack.reserve(len - n);
    for i in n..len {
        // SAFETY: `i < len <= capacity` (just reserved): an uninitialised
        // slot inside the buffer.
        unsafe { write_value(stack.as_mut_ptr().add(i), Value::Undef) };
    }
    // SAFETY: the slots `n..len` were just initialised.
    unsafe { stack.set_len(len) };
}
