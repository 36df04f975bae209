//! Frames: one per running Python function, module or class body.
//!
//! A frame does not own its values: its slots (locals, then cells and free
//! variables) are `vm.stack[base .. base + code.nslots]` and its operand stack
//! follows them. Calling a Python function leaves the arguments where the caller
//! pushed them and makes them the callee's first slots, so a simple call
//! allocates nothing. On return the stack is cut back to `ret_to` and the result
//! pushed there.

use std::rc::Rc;

use crate::object::{MaybeCounted, ObjRef};

use super::code::Code;

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
}
