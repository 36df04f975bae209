//! A generator object's state: its suspended frame's values, position and
//! lifecycle. Resuming and suspending it is the VM's work (vm/generator.rs).
//!
//! Coroutines (`async def`) and async generators (`async def` with `yield`)
//! are generator objects too, of another `kind` (fixed when made): they share
//! the frame machinery, and differ in their type, their methods
//! (types/coroutine.rs, types/async_gen.rs) and in not being iterators.

use std::rc::Rc;

pub use crate::bytecode::GenKind;
use crate::object::code::Code;
use crate::object::{ObjRef, Value};

/// Lifecycle of a generator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// A generator object's state (also a coroutine's or an async generator's:
/// `kind` says which, fixed when it is made).
pub struct Generator {
    pub kind: GenKind,
    /// An async generator: an `asend`/`athrow` awaitable is running it
    /// (CPython's `ag_running_async`).
    pub running_async: bool,
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub closure: Box<[ObjRef]>,
    /// Slots and operand stack while suspended.
    pub saved: Vec<Value>,
    pub pc: usize,
    pub state: GenState,
    /// The exception handled inside the generator while it is suspended.
    pub handled: Value,
    pub name: ObjRef,
    pub qualname: ObjRef,
    /// The authority of the function that made it (its frame's, each time
    /// it is resumed).
    pub authority: crate::object::Authority,
}
