//! The counting allocator: the system allocator, plus a per-thread count of
//! the bytes allocated and not yet freed by that thread. A sandbox's memory
//! usage is its thread's count since the sandbox started (its local heap,
//! every buffer it grew, the frozen objects it made), so a memory cap sees a
//! list that grows to a billion items as well as a billion small objects.
//!
//! The library never installs it: a library cannot choose the process's
//! global allocator without taking that choice from its host. The `sandpy`
//! binary installs it (src/main.rs), and so does a host that wants memory
//! caps, with one line in its own crate:
//!
//! ```
//! #[global_allocator]
//! static A: sandpy::CountingAlloc = sandpy::CountingAlloc;
//! # fn main() { assert!(sandpy::CountingAlloc::is_installed()); }
//! ```
//!
//! Whether it is installed is found out, not assumed (`counting()`): one
//! probe allocation of a known size must move this thread's count by that
//! size. A host with another global allocator gets no count; memory caps are
//! then refused (`LimitError::NoCountingAllocator`, whose message is the line
//! above) rather than silently not enforced. The alloc path stays as it was:
//! the probe costs one allocation, once per process.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

thread_local! {
    /// Bytes allocated minus bytes freed by this thread. Negative when the
    /// thread frees more than it allocated (memory made by another thread).
    static BYTES: Cell<i64> = const { Cell::new(0) };
}

/// The system allocator, counting the bytes each thread holds; memory caps
/// need it as the process's global allocator:
///
/// ```
/// #[global_allocator]
/// static A: sandpy::CountingAlloc = sandpy::CountingAlloc;
/// # fn main() {}
/// ```
///
/// A host that wraps its own allocator cannot combine it with this one;
/// memory caps are then refused with [`LimitError::NoCountingAllocator`]
/// (the other caps work in any case).
///
/// [`LimitError::NoCountingAllocator`]: crate::LimitError::NoCountingAllocator
#[derive(Clone, Copy, Debug, Default)]
pub struct CountingAlloc;

impl CountingAlloc {
    /// Whether `CountingAlloc` is the process's global allocator, so that
    /// memory caps can be enforced.
    pub fn is_installed() -> bool {
        counting()
    }
}

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
unsafe impl GlobalAlloc for CountingAlloc {
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

/// This thread's allocated-minus-freed bytes (0 forever when the counting
/// allocator is not installed).
#[inline]
pub fn thread_bytes() -> i64 {
    BYTES.try_with(Cell::get).unwrap_or(0)
}

/// Run `f` without its allocations and frees changing this thread's count
/// (the shared-heap sweep frees memory other threads allocated).
#[cfg_attr(feature = "audit", allow(dead_code))]
pub fn uncounted<R>(f: impl FnOnce() -> R) -> R {
    let before = thread_bytes();
    let r = f();
    let _ = BYTES.try_with(|b| b.set(before));
    r
}

/// Set once a probe has seen the count move: the global allocator of a
/// process never changes, so the answer is then final.
static SEEN_COUNTING: AtomicBool = AtomicBool::new(false);

/// Whether allocations are counted, i.e. whether `CountingAlloc` is the
/// process's global allocator (memory caps can be enforced). Probes with
/// one allocation of a known size until the answer is yes.
pub fn counting() -> bool {
    if SEEN_COUNTING.load(Ordering::Relaxed) {
        return true;
    }
    const PROBE: usize = 64;
    let before = thread_bytes();
    // `black_box` keeps the allocation from being elided: it must reach
    // the global allocator.
    let probe = std::hint::black_box(Vec::<u8>::with_capacity(PROBE));
    let moved = thread_bytes().wrapping_sub(before) >= PROBE as i64;
    drop(probe);
    if moved {
        SEEN_COUNTING.store(true, Ordering::Relaxed);
    }
    moved
}
