//! The counting allocator: the system allocator, plus a per-thread count of
//! the bytes allocated and not yet freed by that thread. A sandbox's memory
//! usage is its thread's count since the sandbox started (its local heap,
//! every buffer it grew, the frozen objects it made), so a memory cap sees a
//! list that grows to a billion items as well as a billion small objects.
//!
//! It is the process's global allocator when the `count-alloc` feature is on
//! (the default). A host that needs its own global allocator turns the
//! feature off; memory caps then cannot be set (`counting()` is false and
//! the builder refuses them with a message saying so).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    /// Bytes allocated minus bytes freed by this thread. Negative when the
    /// thread frees more than it allocated (memory made by another thread).
    static BYTES: Cell<i64> = const { Cell::new(0) };
}

/// The system allocator, counting per thread.
pub struct Counting;

#[inline(always)]
fn count(delta: i64) {
    // `try_with`: during thread teardown the slot may be gone; the count
    // then simply stops.
    let _ = BYTES.try_with(|b| b.set(b.get().wrapping_add(delta)));
}

// SAFETY: every method forwards to `System` with the same arguments, so the
// allocator contract is System's; counting touches only a thread-local
// `Cell<i64>` (const-initialised, no destructor, so it never allocates)
// (docs/soundness.md, "The counting allocator").
unsafe impl GlobalAlloc for Counting {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is (see above).
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            count(layout.size() as i64);
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            count(layout.size() as i64);
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        count(-(layout.size() as i64));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(new_size as i64 - layout.size() as i64);
        }
        p
    }
}

#[cfg(feature = "count-alloc")]
#[global_allocator]
static GLOBAL: Counting = Counting;

/// This thread's allocated-minus-freed bytes.
#[inline]
pub fn thread_bytes() -> i64 {
    BYTES.try_with(Cell::get).unwrap_or(0)
}

/// Run `f` without its allocations and frees changing this thread's count
/// (the shared-heap sweep frees memory other threads allocated).
pub fn uncounted<R>(f: impl FnOnce() -> R) -> R {
    let before = thread_bytes();
    let r = f();
    let _ = BYTES.try_with(|b| b.set(before));
    r
}

/// Whether allocations are counted (memory caps can be enforced).
pub fn counting() -> bool {
    cfg!(feature = "count-alloc")
}
