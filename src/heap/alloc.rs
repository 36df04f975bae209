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
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use super::account::{Account, FLUSH_BYTES};

/// What the allocator keeps per thread.
struct Counter {
    /// Bytes allocated minus bytes freed by this thread. Negative when the
    /// thread frees more than it allocated (memory made by another thread).
    bytes: Cell<i64>,
    /// The change not yet charged to the attached account.
    pending: Cell<i64>,
    /// The account charged for this thread's allocations (null: none). Set
    /// and cleared by `attach`/`detach`, whose caller keeps it alive.
    account: Cell<*const Account>,
}

thread_local! {
    static COUNTER: Counter = const {
        Counter {
            bytes: Cell::new(0),
            pending: Cell::new(0),
            account: Cell::new(std::ptr::null()),
        }
    };
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

/// The memory an allocation of `size` bytes really takes from the system
/// allocator: the size plus its bookkeeping word, rounded up to 16 bytes,
/// 32 at least (glibc's malloc chunks; close to other allocators'), so
/// that a program of many small objects is charged what it holds in RAM.
#[inline(always)]
fn chunk(size: usize) -> i64 {
    (((size as i64) + 8 + 15) & !15).max(32)
}

#[inline(always)]
fn count(delta: i64) {
    // `try_with`: during thread teardown the slot may be gone; the count
    // then simply stops.
    let _ = COUNTER.try_with(|c| {
        c.bytes.set(c.bytes.get().wrapping_add(delta));
        let acc = c.account.get();
        if !acc.is_null() {
            let p = c.pending.get().wrapping_add(delta);
            if p.unsigned_abs() >= FLUSH_BYTES as u64 {
                c.pending.set(0);
                // SAFETY: a non-null `account` was set by `attach`, whose
                // caller keeps the account alive until `detach` clears it
                // on this same thread, or by `charged_to`, which borrows it
                // for the call and puts the previous one back on return
                // and on unwind (docs/soundness.md, "Memory accounts").
                unsafe { (*acc).charge(p) };
            } else {
                c.pending.set(p);
            }
        }
    });
}

/// Charge this thread's allocations to `account` from now on (flushing
/// what was pending to the previous one).
///
/// # Safety
/// `account` must stay alive until `detach` is called on this thread (or
/// another `attach` replaces it).
pub unsafe fn attach(account: &Arc<Account>) {
    detach();
    let _ = COUNTER.try_with(|c| c.account.set(Arc::as_ptr(account)));
}

/// Fix glibc's mmap threshold at its default (128 KiB), once per process.
/// glibc raises the threshold each time a large mmapped block is freed, so
/// that later large blocks come from a thread's arena, where they stay
/// resident after they are freed: a sandbox thread that once built a 10 MB
/// string would keep 10 MB resident for every later sandbox on it, charged
/// to nobody. With the threshold fixed, every large block is mapped on its
/// own and unmapped when freed, and the resident size follows the caps.
pub fn tune_system_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        // SAFETY: `mallopt` only sets a parameter of glibc's allocator; it
        // is thread-safe and changes no live allocation.
        ONCE.call_once(|| unsafe {
            libc::mallopt(libc::M_MMAP_THRESHOLD, 128 * 1024);
        });
    }
}

/// Hand the memory this thread's allocator arena holds free back to the
/// system (after a sandbox ends: glibc keeps a thread's freed memory in its
/// arena, where the resident size of the process would still show it while
/// the next sandboxes of a capped tree fill their share).
pub fn give_back_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `malloc_trim` only returns free pages of glibc's arenas to the
    // system; it takes the arenas' locks and touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Run `f` with this thread's allocations and frees charged to `account`
/// (a service thread working for a sandbox: what the call allocates, and
/// what it frees of the arguments the sandbox allocated, is the sandbox's).
/// The account attached before, if any, is attached again afterwards.
pub fn charged_to<R>(account: &Arc<Account>, f: impl FnOnce() -> R) -> R {
    /// Puts the previous account back, on return and on unwind alike, so
    /// that the thread never keeps a pointer to `account` past the borrow.
    struct Restore<'a> {
        account: &'a Account,
        prev: *const Account,
        pending: i64,
    }
    impl Drop for Restore<'_> {
        fn drop(&mut self) {
            let _ = COUNTER.try_with(|c| {
                let p = c.pending.replace(self.pending);
                c.account.set(self.prev);
                if p != 0 {
                    self.account.charge(p);
                }
            });
        }
    }
    let (prev, pending) = COUNTER
        .try_with(|c| {
            (
                c.account.replace(Arc::as_ptr(account)),
                c.pending.replace(0),
            )
        })
        .unwrap_or((std::ptr::null(), 0));
    let _restore = Restore {
        account,
        prev,
        pending,
    };
    f()
}

/// The account this thread's allocations are charged to, if any.
pub fn attached_account() -> Option<Arc<Account>> {
    let p = COUNTER.try_with(|c| c.account.get()).ok()?;
    if p.is_null() {
        return None;
    }
    // SAFETY: a non-null pointer was set by `attach` from a live
    // `Arc<Account>` that its caller keeps alive while attached; taking one
    // more strong count and rebuilding an `Arc` from it is how a borrowed
    // `Arc` is cloned through its raw pointer.
    unsafe {
        Arc::increment_strong_count(p);
        Some(Arc::from_raw(p))
    }
}

/// Stop charging this thread's allocations to an account; what was
/// pending is charged first.
pub fn detach() {
    let _ = COUNTER.try_with(|c| {
        let acc = c.account.replace(std::ptr::null());
        let p = c.pending.replace(0);
        if !acc.is_null() && p != 0 {
            // SAFETY: as in `count`: still attached until this call.
            unsafe { (*acc).charge(p) };
        }
    });
}

/// The bytes this thread has allocated (net) and not yet charged to its
/// account.
#[inline]
pub fn pending_bytes() -> i64 {
    COUNTER.try_with(|c| c.pending.get()).unwrap_or(0)
}

/// Run `f` with its allocations and frees charged to nobody, and return
/// what it freed net (bytes): the collector frees other sandboxes'
/// frozen objects and credits their accounts with the figure.
pub fn measure_freed(f: impl FnOnce()) -> u64 {
    uncounted(|| {
        let before = thread_bytes();
        f();
        before.saturating_sub(thread_bytes()).max(0) as u64
    })
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
            count(chunk(layout.size()));
        }
        p
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            count(chunk(layout.size()));
        }
        p
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded as is.
        unsafe { System.dealloc(ptr, layout) };
        count(-chunk(layout.size()));
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: forwarded as is.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            count(chunk(new_size) - chunk(layout.size()));
        }
        p
    }
}

/// This thread's allocated-minus-freed bytes (0 forever when the counting
/// allocator is not installed).
#[inline]
pub fn thread_bytes() -> i64 {
    COUNTER.try_with(|c| c.bytes.get()).unwrap_or(0)
}

/// Run `f` without its allocations and frees changing this thread's count
/// (the shared-heap sweep frees memory other threads allocated).
#[cfg_attr(feature = "audit", allow(dead_code))]
pub fn uncounted<R>(f: impl FnOnce() -> R) -> R {
    let before = thread_bytes();
    let saved = COUNTER.try_with(|c| c.account.replace(std::ptr::null()));
    let r = f();
    let _ = COUNTER.try_with(|c| {
        c.bytes.set(before);
        if let Ok(acc) = saved {
            c.account.set(acc);
        }
    });
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
