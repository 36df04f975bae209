//! The object header: the one place that decides the memory layout of every
//! heap object.
//!
//! Layout (`#[repr(C)]`, so the header is always at offset 0 of a `PyObject`):
//!
//! ```text
//! +----------------------+  offset 0
//! | rc: refcount word    |  usize; Cell (rc-magic, rc-plain) or AtomicUsize (rc-atomic)
//! +----------------------+  offset 8
//! | flags: u32           |  FROZEN / STATIC bits (see below)
//! | slot: u32            |  index in the shared-heap registry (frozen objects)
//! +----------------------+  offset 16
//! | payload: Payload     |  the type-specific part (see object/mod.rs)
//! +----------------------+
//! ```
//!
//! Invariants:
//! - `rc` counts the `ObjRef`s that point at the object, except when it holds
//!   `IMMORTAL`: then the object is immortal, INCREF/DECREF leave the word alone
//!   (rc-magic) and the object is freed only by the shared-heap collector.
//! - Only `object/refcount.rs` reads or writes `rc`. No other code looks at the count.
//! - A live local object has `1 <= rc < IMMORTAL` (the top bit clear). An object whose count reaches 0
//!   is freed at once (iteratively, see refcount.rs), never touched again.
//! - `flags` and `slot` are written only while the object is private to one
//!   thread (allocation, freezing before publication) or by the shared-heap
//!   collector while every sandbox is stopped. FROZEN is set only by
//!   `ObjRef::set_frozen`, an `unsafe fn` that only `freeze::seal` calls
//!   (docs/soundness.md, "Who may set the frozen flag"). A FROZEN object is deeply
//!   immutable and may be read from any thread; a STATIC one (the builtin
//!   types, shared by every sandbox) is never collected. Mark bits are not
//!   here: the collector keeps them in its own bitmap, indexed by `slot`.
//! - FLAG_HAS_WEAKREFS and FLAG_IS_WEAKREF are only ever set on local
//!   objects (never frozen ones), by object/weakref.rs on the owning thread.
//! - The type of an object is its payload variant (instances carry their class);
//!   there is no separate type pointer to keep in sync.

use std::cell::Cell;

use super::refcount::Active;
use super::refcount::strategy::Strategy;

/// The magic refcount of an immortal object: the word's top bit, so that
/// "immortal" is the word's sign. No realistic count of references reaches
/// it, and there is room above it, so a stray increment in an rc-plain
/// build never wraps to zero. With the sign as the mark, rc-magic's DECREF
/// costs plain's one compare on its common path (`count > 1` as a signed
/// number: neither the last reference nor immortal), see refcount.rs.
pub const IMMORTAL: usize = 1 << (usize::BITS - 1);

/// The refcount word's cell type for the selected strategy: `Cell<usize>`
/// (rc-magic, rc-plain) or `AtomicUsize` (rc-atomic), decided in refcount.rs.
pub type RcWord = <Active as Strategy>::Word;

/// The header at the start of every heap object.
#[repr(C)]
pub struct Header {
    pub(super) rc: RcWord,
    pub(super) flags: Cell<u32>,
    pub(super) slot: Cell<u32>,
}

/// The object is frozen: deeply immutable, shareable, never counted.
pub const FLAG_FROZEN: u32 = 1;
/// The object is frozen and static (a builtin type or one of its methods):
/// it lives for the whole process and is never collected.
pub const FLAG_STATIC: u32 = 2;
/// The object's finalizer (`__del__`, a suspended generator's `close`) has
/// been scheduled once: when its count reaches zero again it is freed.
pub const FLAG_FINALIZED: u32 = 4;
/// Audit builds only: the shared-heap collector found the object dead and
/// kept its memory (quarantined, see heap/shared.rs) instead of freeing it,
/// so that a reference the collector missed is found by the audit
/// (heap/audit.rs) rather than read after a free.
pub const FLAG_DEAD: u32 = 8;
/// Other objects hold weak references to this local object: the thread's
/// weak table (object/weakref.rs) lists them under its address. Set and
/// cleared only by weakref.rs, on this thread; read by the free path, so
/// that an object without weak references pays one bit test.
pub const FLAG_HAS_WEAKREFS: u32 = 16;
/// This local object is a weak reference listed in the thread's weak table
/// under its referent's address (object/weakref.rs): freeing it takes it
/// out of the table first.
pub const FLAG_IS_WEAKREF: u32 = 32;
/// `slot` of an object not registered with the shared heap.
pub const NO_SLOT: u32 = u32::MAX;

impl Header {
    /// A header for a freshly allocated object holding one reference.
    #[inline(always)]
    pub(super) fn new_owned() -> Header {
        Header {
            rc: Active::new(1),
            flags: Cell::new(0),
            slot: Cell::new(NO_SLOT),
        }
    }
}

#[cfg(any(
    all(feature = "rc-magic", feature = "rc-plain"),
    all(feature = "rc-magic", feature = "rc-atomic"),
    all(feature = "rc-plain", feature = "rc-atomic"),
))]
compile_error!(
    "choose exactly one refcount strategy: rc-magic (default), rc-plain or rc-atomic \
     (use --no-default-features --features rc-plain for the others)"
);

#[cfg(not(any(feature = "rc-magic", feature = "rc-plain", feature = "rc-atomic")))]
compile_error!("choose a refcount strategy: rc-magic (default), rc-plain or rc-atomic");
