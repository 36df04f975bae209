//! The dispatch loop's raw view of the value stack, and the word-by-word
//! push and pop on the `Vec` itself.
//!
//! The fast layer of the dispatch loop (vm/eval.rs) does not go through
//! `Vec<Value>` for its hottest opcodes: it keeps the buffer pointer, the
//! capacity and the live length in locals, so that a push is one bounds
//! test and two word stores and a pop one test and two word loads, with
//! `self.stack.len()` left stale until the slow path needs the `Vec` again.
//! [`StackView`] is those locals as one small type. Every method is
//! `#[inline(always)]` and no method passes the view to an out-of-line
//! function, so the fields stay in registers (the struct is never in memory),
//! and the machine operations are those of the hand-written locals it
//! replaces.
//!
//! # Invariant
//!
//! (Summarised in docs/soundness.md, "The stack view".)
//!
//! A `StackView` is *attached* to one `Vec<Value>`, the VM's value stack, for
//! the frame whose operand stack starts at `floor` (the frame's slots, its
//! locals, cells and free variables, are `base..floor`). While it is
//! attached:
//!
//! 1. `start` is that `Vec`'s buffer and `cap` its capacity; the values at
//!    `0..sp` are initialised, and `sp <= cap`. The `Vec`'s own length is
//!    stale: the view owns the stack's contents.
//! 2. Nothing but the view reads, writes, grows, shrinks, moves or drops the
//!    `Vec`. (The fast arms call only helpers that never touch the value stack
//!    or run Python code.)
//! 3. `floor <= sp`, and every index given to [`StackView::local`] and
//!    [`StackView::set_local`] is below `floor`: it is `base + operand` for a
//!    local operand of the frame's code, which is below `nlocals <= nslots`
//!    (`Code`'s invariant, vm/code.rs: the verifier checked every operand, and
//!    that the static stack height never goes below the frame's floor).
//!
//! [`StackView::attach`] is the one `unsafe` entry: its caller promises 2 and
//! 3 for as long as the view lives, and 1 holds from the `Vec` it is given.
//! [`StackView::sync`] ends the attachment: it writes `sp` back as the
//! `Vec`'s length and consumes the view, so a view that may be stale cannot
//! be used again (the dispatch loop attaches a fresh one after the general
//! layer ran).
//!
//! Given the invariant, the other methods are safe to call with any
//! arguments except the local indices of 3: every access to the operand stack
//! checks its depth against `floor` (pops) or `cap` (pushes) first, so a VM
//! bug cannot read or write outside the buffer or below the frame's slots.
//! The checks are the ones the dispatch loop made by hand before: a method
//! that answers `None` (or false) when the depth is too small is the fast
//! arm's guard, and the arm falls through to the general layer with the stack
//! untouched. The methods that act after such a guard (`drop_tops`, `fold2`,
//! `replace_top`, ...) test the same condition on unchanged values again;
//! the optimiser folds that test into the guard.
//!
//! Writes go through `write_value` and reads through `read_value` (two 8-byte
//! stores or loads, never one 16-byte copy, see object/mod.rs): a slot just
//! written as two words and read back as one vector stalls the pipeline.

use crate::object::{Value, read_value, write_value};

/// The raw view of the value stack (see the module docs for its invariant).
pub(super) struct StackView {
    start: *mut Value,
    cap: usize,
    sp: usize,
    floor: usize,
}

/// A depth check that the dispatch loop's guard already made failed: a VM
/// bug. Out of line, so that the (folded) test costs nothing where it stays.
#[cold]
#[inline(never)]
fn underflow() -> ! {
    panic!("internal error: value stack underflow in the fast layer")
}

impl StackView {
    /// Attach a view to `stack` for the frame whose operand stack starts at
    /// `floor`.
    ///
    /// # Safety
    /// Until the view is given back with [`StackView::sync`] (or dropped
    /// without further use of `stack`):
    /// - nothing else uses `stack` (invariant 2 of the module docs), and
    ///   `sync` and `push` are given this same `stack`;
    /// - `floor <= stack.len()`, and every index passed to `local` and
    ///   `set_local` is below `floor` (invariant 3).
    #[inline(always)]
    pub(super) unsafe fn attach(stack: &mut Vec<Value>, floor: usize) -> StackView {
        debug_assert!(floor <= stack.len());
        StackView {
            start: stack.as_mut_ptr(),
            cap: stack.capacity(),
            sp: stack.len(),
            floor,
        }
    }

    /// End the attachment: `stack`'s length becomes the view's.
    #[inline(always)]
    pub(super) fn sync(self, stack: &mut Vec<Value>) {
        debug_assert!(std::ptr::eq(stack.as_ptr(), self.start));
        // SAFETY: `stack` is the attached `Vec` (`attach`'s contract), whose
        // buffer the view describes: `sp <= cap` and the values at `0..sp`
        // are initialised (invariant 1), which is what `set_len` requires.
        unsafe { stack.set_len(self.sp) }
    }

    /// Push `v`; when the buffer is full, grow it through the `Vec`.
    #[inline(always)]
    pub(super) fn push(&mut self, stack: &mut Vec<Value>, v: Value) {
        if self.sp < self.cap {
            // SAFETY: `sp < cap`: the slot is inside the buffer and
            // uninitialised (invariant 1); it becomes initialised here.
            unsafe { write_value(self.start.add(self.sp), v) };
            self.sp += 1;
        } else {
            // The value goes straight to the cold call: kept live across it,
            // it would be spilled and reloaded on the hot path too (a
            // store-forwarding stall). The view itself is not passed, so it
            // stays in registers.
            debug_assert!(std::ptr::eq(stack.as_ptr(), self.start));
            // SAFETY: as in `sync`: `stack` is the attached `Vec`.
            unsafe { stack.set_len(self.sp) };
            push_growing(stack, v);
            // The `Vec` is exact again: the view re-derives invariant 1 from
            // it (it may have moved); 2 and 3 are unchanged.
            self.start = stack.as_mut_ptr();
            self.cap = stack.capacity();
            self.sp = stack.len();
        }
    }

    /// The frame slot `i` (a local: `i` is below `floor`, invariant 3).
    #[inline(always)]
    pub(super) fn local(&self, i: usize) -> &Value {
        debug_assert!(i < self.floor);
        // SAFETY: `i < floor <= sp` (invariant 3): an initialised slot.
        unsafe { &*self.start.add(i) }
    }

    /// Store `v` in the frame slot `i` (below `floor`, invariant 3),
    /// dropping what it held.
    #[inline(always)]
    pub(super) fn set_local(&mut self, i: usize, v: Value) {
        debug_assert!(i < self.floor);
        // SAFETY: `i < floor <= sp` (invariant 3): an initialised slot;
        // dropping its value and writing the new one keeps it initialised.
        unsafe {
            std::ptr::drop_in_place(self.start.add(i));
            write_value(self.start.add(i), v);
        }
    }

    /// The slot `k` places below the top (`k = 0` is the top).
    ///
    /// # Safety
    /// The operand stack holds more than `k` values (`sp > floor + k`), so
    /// the slot is at or above `floor` and below `sp`: initialised.
    #[inline(always)]
    unsafe fn slot(&self, k: usize) -> *mut Value {
        debug_assert!(self.sp > self.floor + k);
        // SAFETY: `floor <= sp - 1 - k < sp <= cap` (the caller's guarantee
        // and invariant 1): the offset is inside the buffer.
        unsafe { self.start.add(self.sp - 1 - k) }
    }

    /// Whether the operand stack holds at least `n` values.
    #[inline(always)]
    fn holds(&self, n: usize) -> bool {
        self.sp >= self.floor + n
    }

    /// The top value, or None on an empty operand stack.
    #[inline(always)]
    pub(super) fn top(&self) -> Option<&Value> {
        if !self.holds(1) {
            return None;
        }
        // SAFETY: the operand stack holds a value (checked above): the slot
        // is below `sp` and at or above `floor`, initialised (invariant 1).
        Some(unsafe { &*self.slot(0) })
    }

    /// The value `k` places below the top (0: the top), or None when the
    /// operand stack holds fewer than `k + 1` values.
    #[inline(always)]
    pub(super) fn peek(&self, k: usize) -> Option<&Value> {
        if !self.holds(k + 1) {
            return None;
        }
        // SAFETY: the operand stack holds `k + 1` values (checked above): the
        // slot is below `sp` and at or above `floor`, initialised
        // (invariant 1).
        Some(unsafe { &*self.slot(k) })
    }

    /// The two top values (the lower first), or None.
    #[inline(always)]
    pub(super) fn top2(&self) -> Option<(&Value, &Value)> {
        if !self.holds(2) {
            return None;
        }
        // SAFETY: the operand stack holds two values (checked above): both
        // slots are below `sp` and at or above `floor`, initialised
        // (invariant 1).
        Some(unsafe { (&*self.slot(1), &*self.slot(0)) })
    }

    /// The second value, mutably, and the top one, or None.
    #[inline(always)]
    pub(super) fn top2_mut(&mut self) -> Option<(&mut Value, &Value)> {
        if !self.holds(2) {
            return None;
        }
        // SAFETY: both slots are initialised (as in `top2`) and distinct, so
        // the mutable reference aliases nothing.
        Some(unsafe { (&mut *self.slot(1), &*self.slot(0)) })
    }

    /// The third value, mutably, and the two above it, or None.
    #[inline(always)]
    pub(super) fn top3_mut(&mut self) -> Option<(&mut Value, &Value, &Value)> {
        if !self.holds(3) {
            return None;
        }
        // SAFETY: three distinct initialised slots (as in `top2`).
        Some(unsafe { (&mut *self.slot(2), &*self.slot(1), &*self.slot(0)) })
    }

    /// The frame slot `i` (below `floor`, invariant 3) and the top value,
    /// mutably, or None on an empty operand stack.
    #[inline(always)]
    pub(super) fn local_and_top_mut(&mut self, i: usize) -> Option<(&Value, &mut Value)> {
        if !self.holds(1) {
            return None;
        }
        debug_assert!(i < self.floor);
        // SAFETY: `i < floor` (invariant 3) and the top slot is at or above
        // `floor`: two distinct initialised slots.
        Some(unsafe { (&*self.start.add(i), &mut *self.slot(0)) })
    }

    /// The frame slots `i` and `j` (below `floor`, invariant 3) and the top
    /// value, mutably, or None on an empty operand stack.
    #[inline(always)]
    pub(super) fn locals2_and_top_mut(
        &mut self,
        i: usize,
        j: usize,
    ) -> Option<(&Value, &Value, &mut Value)> {
        if !self.holds(1) {
            return None;
        }
        debug_assert!(i < self.floor && j < self.floor);
        // SAFETY: `i, j < floor` (invariant 3) and the top slot is at or
        // above `floor`: initialised, and the mutable one is distinct from
        // the two shared ones (which may be the same slot).
        Some(unsafe { (&*self.start.add(i), &*self.start.add(j), &mut *self.slot(0)) })
    }

    /// Pop the top value, or None on an empty operand stack.
    #[inline(always)]
    pub(super) fn pop(&mut self) -> Option<Value> {
        if !self.holds(1) {
            return None;
        }
        self.sp -= 1;
        // SAFETY: the slot was the initialised top; `sp` no longer covers it,
        // so the value read out is owned once.
        Some(unsafe { read_value(self.start.add(self.sp)) })
    }

    /// Pop the top value into `dst`, dropping what `dst` held; false on an
    /// empty operand stack. The two words are read with volatile loads, so
    /// that the compiler cannot fuse them into one 16-byte load: the slot
    /// was most likely just pushed as two 8-byte stores, and a 16-byte load
    /// of it cannot be forwarded from them (a stall on every argument of a
    /// native call, see `write_value`).
    #[inline(always)]
    pub(super) fn pop_into(&mut self, dst: &mut Value) -> bool {
        if !self.holds(1) {
            return false;
        }
        self.sp -= 1;
        // SAFETY: the slot was the initialised top and `sp` no longer covers
        // it, so the value read out is owned once; its two words are read
        // as `MaybeUninit<u64>` (aligned: `Value` is 16 bytes, 8-aligned)
        // and put back together bit for bit. `dst` is a valid `&mut Value`:
        // its old value is read out (and dropped below) before the new one
        // is written over it, so neither is dropped twice.
        let old = unsafe {
            let s = self.start.add(self.sp).cast::<std::mem::MaybeUninit<u64>>();
            let words = [
                std::ptr::read_volatile(s),
                std::ptr::read_volatile(s.add(1)),
            ];
            let v = std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>(words);
            let old = read_value(dst);
            write_value(dst, v);
            old
        };
        drop(old);
        true
    }

    /// Pop the top value when it is a bool (nothing to drop), or None.
    #[inline(always)]
    pub(super) fn pop_bool(&mut self) -> Option<bool> {
        match self.top() {
            Some(&Value::Bool(t)) => {
                self.sp -= 1;
                Some(t)
            }
            _ => None,
        }
    }

    /// Pop and drop the top value; false on an empty operand stack.
    #[inline(always)]
    pub(super) fn drop_top(&mut self) -> bool {
        if !self.holds(1) {
            return false;
        }
        self.sp -= 1;
        // SAFETY: the slot was the initialised top and `sp` no longer covers
        // it: drop its value in place, once.
        unsafe { std::ptr::drop_in_place(self.start.add(self.sp)) };
        true
    }

    /// Pop and drop the `N` top values, the top one first (after a guard
    /// that saw at least `N`).
    #[inline(always)]
    pub(super) fn drop_tops<const N: usize>(&mut self) {
        if !self.holds(N) {
            underflow();
        }
        self.sp -= N;
        for k in (0..N).rev() {
            // SAFETY: the `N` slots from `sp` up were initialised and `sp` no
            // longer covers them: each value is dropped in place, once.
            unsafe { std::ptr::drop_in_place(self.start.add(self.sp + k)) };
        }
    }

    /// Pop the `N` top values without dropping them: for values known to
    /// hold no reference (ints, bools), where a drop would only test the tag.
    /// (Forgetting a value is always safe; a reference would leak.)
    #[inline(always)]
    pub(super) fn forget_tops<const N: usize>(&mut self) {
        if !self.holds(N) {
            underflow();
        }
        self.sp -= N;
    }

    /// Replace the two top values by `r`, without dropping them (for ints
    /// and floats, as `forget_tops`).
    #[inline(always)]
    pub(super) fn fold2(&mut self, r: Value) {
        if !self.holds(2) {
            underflow();
        }
        // SAFETY: the operand stack holds two values (checked above), so the
        // second slot is initialised; overwriting it without a drop forgets
        // its value (see above) and leaves it initialised.
        unsafe { write_value(self.slot(1), r) };
        self.sp -= 1;
    }

    /// Replace the top value by `v`, dropping it.
    #[inline(always)]
    pub(super) fn replace_top(&mut self, v: Value) {
        if !self.holds(1) {
            underflow();
        }
        // SAFETY: the operand stack holds a value (checked above), so the top
        // slot is initialised: drop its value, then write the new one, so it
        // stays initialised.
        unsafe {
            let p = self.slot(0);
            std::ptr::drop_in_place(p);
            write_value(p, v);
        }
    }

    /// Replace the two top values by `v`, dropping the top one first, then
    /// the second.
    #[inline(always)]
    pub(super) fn replace_top2(&mut self, v: Value) {
        if !self.holds(2) {
            underflow();
        }
        self.sp -= 1;
        // SAFETY: the operand stack held two values (checked above). The old
        // top slot is initialised and no longer covered by `sp`: dropped
        // once. The new top (the old second) is still above `floor` and
        // initialised: its value is dropped and `v` written, so it stays
        // initialised.
        unsafe {
            std::ptr::drop_in_place(self.start.add(self.sp));
            let p = self.slot(0);
            std::ptr::drop_in_place(p);
            write_value(p, v);
        }
    }

    /// Put `v` in the top slot and return the value it held.
    #[inline(always)]
    pub(super) fn swap_top(&mut self, v: Value) -> Value {
        if !self.holds(1) {
            underflow();
        }
        // SAFETY: the operand stack holds a value (checked above), so the top
        // slot is initialised: its value is moved out and the slot
        // overwritten at once, so it is owned once and stays initialised.
        unsafe {
            let p = self.slot(0);
            let old = read_value(p);
            write_value(p, v);
            old
        }
    }
}

/// Pop the top value of the `Vec`, read word by word (`read_value`: the
/// slot may just have been written word by word); None on an empty stack
/// (a VM bug the verifier rules out, answered as `pop().unwrap_or(Value::None)`
/// was).
#[inline(always)]
pub(super) fn pop_value(stack: &mut Vec<Value>) -> Value {
    let Some(n) = stack.len().checked_sub(1) else {
        return Value::None;
    };
    // SAFETY: `n < len`: the slot is initialised; after `set_len(n)` the
    // vector no longer owns it, so the value read out is owned once.
    unsafe {
        stack.set_len(n);
        read_value(stack.as_ptr().add(n))
    }
}

/// Push a value on the `Vec`, written word by word (`write_value`).
#[inline(always)]
pub(crate) fn push_value(stack: &mut Vec<Value>, v: Value) {
    if stack.len() == stack.capacity() {
        stack.reserve(256);
    }
    let n = stack.len();
    // SAFETY: `n < capacity` (just ensured): the slot is inside the buffer
    // and uninitialised; it becomes initialised, then covered by the length.
    unsafe {
        write_value(stack.as_mut_ptr().add(n), v);
        stack.set_len(n + 1);
    }
}

/// The view's push when the buffer is full: grow it (by at least 256
/// values) and push.
#[cold]
#[inline(never)]
fn push_growing(stack: &mut Vec<Value>, v: Value) {
    stack.reserve(256);
    stack.push(v);
}
