//! Reference counting: INCREF, DECREF and freeing. The only file that touches
//! the refcount word, and (with header.rs) the only place where objects are
//! allocated and freed.
//!
//! The strategy is chosen at compile time by a cargo feature:
//! - `rc-magic` (default): a non-atomic count; INCREF and DECREF return early
//!   when the word holds `IMMORTAL` (Olsen's magic constant), so immortal objects
//!   are never written.
//! - `rc-plain`: a non-atomic count, always counted (CPython 2.4's behaviour).
//!   Immortal objects start at `IMMORTAL` and so never reach zero, but their word
//!   is written on every use; such a build cannot share objects between threads.
//! - `rc-atomic`: an atomic add/sub on every INCREF/DECREF.
//!
//! All three are compiled in every build as the types of [`strategy`], so
//! that benches/refcount.rs measures them side by side; the feature only picks
//! which one is [`Active`], the one the header's word and the crate's
//! INCREF/DECREF use. No other code counts.
//!
//! Freeing is iterative: when a count reaches zero the object goes on a
//! thread-local pending list, and only the outermost free drains that list, so
//! dropping a million-long linked list or a deeply nested list cannot overflow
//! the Rust stack.
//!
//! `ObjRef` holds a raw pointer, so it is `!Send` and `!Sync`: a local object can
//! never be handed to another thread (the compiler rejects it):
//!
//! ```compile_fail
//! let obj = sandpy::object::ObjRef::new(sandpy::object::Payload::Ellipsis);
//! std::thread::spawn(move || drop(obj));
//! ```

use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use super::header::{
    FLAG_FINALIZED, FLAG_FROZEN, FLAG_HAS_WEAKREFS, FLAG_IS_WEAKREF, FLAG_STATIC, Header, IMMORTAL,
    NO_SLOT,
};
use super::{Payload, PyObject, Value};

/// A counted reference to a heap object.
pub struct ObjRef {
    ptr: NonNull<PyObject>,
}

pub mod strategy {
    //! The three refcount strategies as types, so that one build can measure
    //! all of them (benches/refcount.rs). The interpreter uses exactly one,
    //! [`Active`](super::Active), chosen by the cargo feature; the crate's
    //! INCREF and DECREF below are that strategy's `incref` and `decref`.

    use std::cell::Cell;
    use std::sync::atomic::{AtomicUsize, Ordering, fence};

    /// How a refcount word is counted.
    pub trait Strategy {
        /// The word in the header: `Cell<usize>` or `AtomicUsize`.
        type Word;
        /// The cargo feature that selects this strategy.
        const FEATURE: &'static str;
        /// A word holding `n`.
        fn new(n: usize) -> Self::Word;
        /// The count (for audits, tests and immortality checks).
        fn load(w: &Self::Word) -> usize;
        /// Overwrite the count (making an object immortal).
        fn store(w: &Self::Word, n: usize);
        /// INCREF.
        fn incref(w: &Self::Word);
        /// DECREF; true when the count reached zero and the object must be freed.
        fn decref(w: &Self::Word) -> bool;
    }

    /// `rc-plain`: a non-atomic count, always counted (CPython 2.4).
    pub struct Plain;
    /// `rc-magic`: a non-atomic count that leaves `IMMORTAL` alone (Olsen).
    pub struct Magic;
    /// `rc-atomic`: an atomic add/sub on every INCREF/DECREF.
    pub struct Atomic;

    impl Strategy for Plain {
        type Word = Cell<usize>;
        const FEATURE: &'static str = "rc-plain";
        #[inline(always)]
        fn new(n: usize) -> Cell<usize> {
            Cell::new(n)
        }
        #[inline(always)]
        fn load(w: &Cell<usize>) -> usize {
            w.get()
        }
        #[inline(always)]
        fn store(w: &Cell<usize>, n: usize) {
            w.set(n)
        }
        #[inline(always)]
        fn incref(w: &Cell<usize>) {
            w.set(w.get() + 1);
        }
        #[inline(always)]
        fn decref(w: &Cell<usize>) -> bool {
            let n = w.get();
            w.set(n - 1);
            n == 1
        }
    }

    impl Strategy for Magic {
        type Word = Cell<usize>;
        const FEATURE: &'static str = "rc-magic";
        #[inline(always)]
        fn new(n: usize) -> Cell<usize> {
            Cell::new(n)
        }
        #[inline(always)]
        fn load(w: &Cell<usize>) -> usize {
            w.get()
        }
        #[inline(always)]
        fn store(w: &Cell<usize>, n: usize) {
            w.set(n)
        }
        // IMMORTAL is the word's top bit, so a word is immortal exactly
        // when it is negative as a signed number (header.rs): one test.
        #[inline(always)]
        fn incref(w: &Cell<usize>) {
            let n = w.get();
            if (n as isize) < 0 {
                // Immortal: laid out of line, so that the counted case
                // runs straight through as in rc-plain.
                std::hint::cold_path();
                return;
            }
            w.set(n + 1);
        }
        #[inline(always)]
        fn decref(w: &Cell<usize>) -> bool {
            let n = w.get();
            // The common case, neither the last reference nor immortal: one
            // signed compare, as plain's `n == 1`.
            if (n as isize) > 1 {
                w.set(n - 1);
                return false;
            }
            std::hint::cold_path();
            if n == 1 {
                w.set(0);
                return true;
            }
            false
        }
    }

    impl Strategy for Atomic {
        type Word = AtomicUsize;
        const FEATURE: &'static str = "rc-atomic";
        #[inline(always)]
        fn new(n: usize) -> AtomicUsize {
            AtomicUsize::new(n)
        }
        #[inline(always)]
        fn load(w: &AtomicUsize) -> usize {
            w.load(Ordering::Relaxed)
        }
        #[inline(always)]
        fn store(w: &AtomicUsize, n: usize) {
            w.store(n, Ordering::Relaxed)
        }
        #[inline(always)]
        fn incref(w: &AtomicUsize) {
            w.fetch_add(1, Ordering::Relaxed);
        }
        #[inline(always)]
        fn decref(w: &AtomicUsize) -> bool {
            // Release on the decrement and Acquire before freeing, as Arc does,
            // so that every use of the object happens-before its destruction.
            if w.fetch_sub(1, Ordering::Release) != 1 {
                return false;
            }
            fence(Ordering::Acquire);
            true
        }
    }
}

use strategy::Strategy;

/// The strategy of this build (the `rc-*` cargo feature).
#[cfg(feature = "rc-magic")]
pub type Active = strategy::Magic;
/// The strategy of this build (the `rc-*` cargo feature).
#[cfg(feature = "rc-plain")]
pub type Active = strategy::Plain;
/// The strategy of this build (the `rc-*` cargo feature).
#[cfg(feature = "rc-atomic")]
pub type Active = strategy::Atomic;

#[inline(always)]
fn incref(h: &Header) {
    Active::incref(&h.rc)
}

/// Decrement; true when the count reached zero and the object must be freed.
#[inline(always)]
fn decref(h: &Header) -> bool {
    Active::decref(&h.rc)
}

#[inline(always)]
fn count(h: &Header) -> usize {
    Active::load(&h.rc)
}

thread_local! {
    /// Objects whose count reached zero while another free was in progress.
    static PENDING: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// True while this thread is draining `PENDING`.
    static FREEING: Cell<bool> = const { Cell::new(false) };
    /// Objects whose count reached zero but that want Python code run first
    /// (`vm::finalize`): kept alive, holding one reference each, in the order
    /// they died, until the VM runs their finalizers.
    static FINALIZE: RefCell<std::collections::VecDeque<Finalizable>> =
        const { RefCell::new(std::collections::VecDeque::new()) };
    /// `FINALIZE` is not empty (one read on the VM's check).
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
    /// How many VMs on this thread can run finalizers (objects are queued
    /// for them only while one can).
    static FINALIZERS_ON: Cell<u32> = const { Cell::new(0) };
    /// Live local objects allocated by this thread (for leak audits and usage).
    static LIVE: Cell<isize> = const { Cell::new(0) };
    /// This thread's local objects that can be part of a reference cycle
    /// (containers), for the local cycle collector (heap/local_gc.rs). A
    /// tracked object's header `slot` is its index here; untracked local
    /// objects have `NO_SLOT`. (Frozen objects use `slot` for the shared
    /// heap's registry instead, and are never tracked here.)
    static TRACKED: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
    /// The collector wants to run: the tracked list outgrew `GC_THRESHOLD`.
    static GC_WANTED: Cell<bool> = const { Cell::new(false) };
    /// Tracked-object count that triggers the next local collection.
    static GC_THRESHOLD: Cell<usize> = const { Cell::new(GC_MIN_THRESHOLD) };
}

/// The smallest number of tracked objects that triggers a local collection.
pub(crate) const GC_MIN_THRESHOLD: usize = 20_000;

/// Whether objects of this payload can hold references that close a cycle.
fn tracks(p: &Payload) -> bool {
    match p {
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::BigInt(_)
        | Payload::Range(_)
        | Payload::Native(_)
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::Code(_) => false,
        Payload::Host(h) => h.get().holds_references(),
        _ => true,
    }
}

/// Add a new local container to `TRACKED`.
fn track(ptr: NonNull<PyObject>) {
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        // Past u32 slots an object is simply not tracked (its cycles leak
        // instead of being collected); memory caps end a sandbox long before.
        if t.len() >= NO_SLOT as usize {
            return;
        }
        // SAFETY: `ptr` is a live object this thread just allocated.
        unsafe { ptr.as_ref() }.header.slot.set(t.len() as u32);
        t.push(ptr);
        if t.len() >= GC_THRESHOLD.with(Cell::get) {
            GC_WANTED.with(|w| w.set(true));
        }
    });
}

/// Remove a tracked local object from `TRACKED` (it is being freed or
/// frozen): the last entry takes its place.
fn untrack(obj: &PyObject) {
    let slot = obj.header.slot.get();
    if slot == NO_SLOT || obj.header.flags.get() & FLAG_FROZEN != 0 {
        return;
    }
    obj.header.slot.set(NO_SLOT);
    TRACKED.with(|t| {
        let mut t = t.borrow_mut();
        let i = slot as usize;
        t.swap_remove(i);
        if let Some(moved) = t.get(i) {
            // SAFETY: every pointer in TRACKED is a live object of this
            // thread (objects leave the list before they are freed).
            unsafe { moved.as_ref() }.header.slot.set(slot);
        }
    });
}

/// Strong references to every tracked local object of this thread, in
/// `TRACKED` order (so an object's `slot` is its index in the result, for
/// as long as no tracked object is allocated or freed).
pub(crate) fn tracked_objects() -> Vec<ObjRef> {
    TRACKED.with(|t| {
        t.borrow()
            .iter()
            .map(|&ptr| {
                // SAFETY: every pointer in TRACKED is a live local object of
                // this thread; the new reference is counted.
                let r = ObjRef { ptr };
                incref(&r.obj().header);
                r
            })
            .collect()
    })
}

/// How many local objects this thread tracks (the cycle collector's and
/// the audit's work).
pub(crate) fn tracked_count() -> usize {
    TRACKED.with(|t| t.borrow().len())
}

/// Whether a local collection is due, and clear the request.
pub(crate) fn take_gc_request() -> bool {
    GC_WANTED.with(|w| w.replace(false))
}

/// After a collection: the next one runs when the tracked objects are
/// twice the survivors (so collection work stays linear in allocation).
pub(crate) fn set_gc_threshold(survivors: usize) {
    GC_THRESHOLD.with(|t| t.set((survivors * 2).max(GC_MIN_THRESHOLD)));
}

impl ObjRef {
    /// Allocate a new object holding `payload`, with one reference.
    #[inline]
    pub fn new(payload: Payload) -> ObjRef {
        let tracked = tracks(&payload);
        let boxed = Box::new(PyObject {
            header: Header::new_owned(),
            payload,
        });
        LIVE.with(|l| l.set(l.get() + 1));
        let ptr = NonNull::from(Box::leak(boxed));
        if tracked {
            track(ptr);
        }
        ObjRef { ptr }
    }

    /// The tracked-list index of a local object (None for an untracked or
    /// frozen one).
    #[inline]
    pub(crate) fn local_slot(&self) -> Option<usize> {
        let h = &self.obj().header;
        match h.slot.get() {
            NO_SLOT => None,
            _ if h.flags.get() & FLAG_FROZEN != 0 => None,
            s => Some(s as usize),
        }
    }

    /// The object this reference points at.
    #[inline(always)]
    pub fn obj(&self) -> &PyObject {
        // SAFETY: `ptr` came from `Box::leak` in `ObjRef::new` and the object is
        // freed only when its count reaches zero, which cannot happen while this
        // `ObjRef` (one of the counted references) exists.
        unsafe { self.ptr.as_ref() }
    }

    /// The object's payload.
    #[inline(always)]
    pub fn payload(&self) -> &Payload {
        &self.obj().payload
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, used for `id()` and identity hashing.
    #[inline(always)]
    pub fn addr(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Make this object immortal: its count becomes `IMMORTAL` and, under
    /// rc-magic, it is never counted again. Used for singletons and, later, for
    /// frozen objects. The object is then never freed by counting.
    pub fn make_immortal(&self) {
        Active::store(&self.obj().header.rc, IMMORTAL);
    }

    /// Whether the count holds the magic constant (its top bit: under
    /// rc-plain the count drifts around it).
    pub fn is_immortal(&self) -> bool {
        count(&self.obj().header) & IMMORTAL != 0
    }

    /// The current reference count (for tests and audits only).
    pub fn refcount(&self) -> usize {
        count(&self.obj().header)
    }

    /// Whether the object is frozen (deeply immutable, shareable).
    #[inline(always)]
    pub fn is_frozen(&self) -> bool {
        self.obj().header.flags.get() & FLAG_FROZEN != 0
    }

    /// Whether the object is a static frozen object (never collected).
    #[inline]
    pub fn is_static(&self) -> bool {
        self.obj().header.flags.get() & FLAG_STATIC != 0
    }

    /// Turn a local object into a frozen one: immortal count, FROZEN flag,
    /// and no longer counted among this thread's live local objects. The
    /// flag is what makes an object shareable (`Frozen::from_value` and
    /// `RawObj::frozen` accept exactly the flagged objects), so it is set
    /// here only, and this is called only by `freeze::seal` (docs/soundness.md,
    /// "Who may set the frozen flag").
    ///
    /// # Safety
    /// The object is private to this thread (no other thread can reach it);
    /// its cells are frozen (`PyCell::freeze_in_place`) and, for a str, its
    /// hash is computed, so that no read from any thread writes to it; its
    /// payload holds no thread-local state (no `Rc`); and every object it
    /// refers to is frozen, or is flagged by the same caller before any of
    /// them is published.
    pub(crate) unsafe fn set_frozen(&self, is_static: bool) {
        if self.is_frozen() {
            return;
        }
        untrack(self.obj());
        self.make_immortal();
        let h = &self.obj().header;
        h.flags
            .set(FLAG_FROZEN | if is_static { FLAG_STATIC } else { 0 });
        LIVE.with(|l| l.set(l.get() - 1));
    }

    /// The object's index in the shared-heap registry, if it has one.
    #[inline]
    pub(crate) fn heap_slot(&self) -> Option<u32> {
        match self.obj().header.slot.get() {
            NO_SLOT => None,
            s => Some(s),
        }
    }

    /// The raw pointer, for the shared-heap registry.
    #[inline]
    pub(crate) fn as_raw(&self) -> NonNull<PyObject> {
        self.ptr
    }

    /// A new reference from a raw pointer to a frozen object.
    ///
    /// # Safety
    /// `ptr` must point at a live frozen object (one that `set_frozen` was
    /// called on and that the collector has not freed).
    #[inline]
    pub(crate) unsafe fn from_frozen_raw(ptr: NonNull<PyObject>) -> ObjRef {
        // SAFETY: the caller guarantees the object is live; it is frozen, so
        // the increment below leaves it alone (rc-magic) or counts atomically
        // (rc-atomic); rc-plain never shares frozen objects across threads
        // (docs/soundness.md, "The header and the refcount word").
        let r = ObjRef { ptr };
        incref(&r.obj().header);
        r
    }

    /// A new reference to a local object known by its address, or None
    /// when its count already reached zero (it is waiting to be freed: a
    /// reference now would outlive it). Weak references reach their
    /// referents this way (object/weakref.rs).
    ///
    /// # Safety
    /// `ptr` points at an object of this thread that has not been freed
    /// yet (it may be on the way: count zero, still in memory).
    #[inline]
    pub(super) unsafe fn from_live_raw(ptr: NonNull<PyObject>) -> Option<ObjRef> {
        // SAFETY: the caller guarantees the memory is still the object's.
        let h = unsafe { &ptr.as_ref().header };
        if count(h) == 0 {
            return None;
        }
        incref(h);
        Some(ObjRef { ptr })
    }

    /// Number of live local objects allocated by this thread.
    pub fn live_objects() -> isize {
        LIVE.with(|l| l.get())
    }
}

impl PyObject {
    /// The tracked-list index of a local object (`NO_SLOT` for an untracked
    /// or frozen one).
    #[inline]
    pub(crate) fn local_slot_word(&self) -> usize {
        let h = &self.header;
        if h.flags.get() & FLAG_FROZEN != 0 {
            return NO_SLOT as usize;
        }
        h.slot.get() as usize
    }

    /// The header's slot word: the shared heap's registry index of a
    /// frozen object (`NO_SLOT` when it has none).
    #[inline]
    pub(crate) fn heap_slot_word(&self) -> u32 {
        self.header.slot.get()
    }

    /// Whether the shared-heap collector found the object dead (audit
    /// builds quarantine such objects instead of freeing them).
    #[inline]
    pub fn is_dead(&self) -> bool {
        self.header.flags.get() & super::header::FLAG_DEAD != 0
    }

    /// Mark a dead frozen object (audit builds' quarantine).
    ///
    /// # Safety
    /// As `set_heap_slot`: every sandbox is stopped at a safepoint, so no
    /// other thread reads or writes the header meanwhile.
    #[cfg(feature = "audit")]
    pub(crate) unsafe fn mark_dead(&self) {
        let f = self.header.flags.get();
        self.header.flags.set(f | super::header::FLAG_DEAD);
    }

    /// Record a frozen object's registry index in its header.
    ///
    /// # Safety
    /// No other thread reads or writes the header meanwhile: the object is
    /// not yet published (it is being registered, before any handle to it
    /// is given out), or every sandbox is stopped at a safepoint (the
    /// collector renumbering survivors; docs/soundness.md, "The freeze
    /// invariant").
    #[inline]
    pub(crate) unsafe fn set_heap_slot(&self, slot: u32) {
        self.header.slot.set(slot);
    }
}

impl Clone for ObjRef {
    #[inline(always)]
    fn clone(&self) -> ObjRef {
        incref(&self.obj().header);
        ObjRef { ptr: self.ptr }
    }
}

impl Drop for ObjRef {
    #[inline(always)]
    fn drop(&mut self) {
        if decref(&self.obj().header) {
            free_object(self.ptr);
        }
    }
}

/// A reference that is either counted (an ordinary `ObjRef`) or borrows the
/// count of another reference that outlives it: made without INCREF and
/// dropped without DECREF. A frame holds its globals this way when the
/// function it runs sits below it on the value stack for the whole call
/// (vm/eval.rs), which saves a count and an uncount per Python call.
///
/// It dereferences to the `ObjRef`; `.clone()` through it makes an ordinary
/// counted reference. It has no `Clone` of its own, so a borrowed reference
/// cannot be copied into something that outlives its lender.
pub struct MaybeCounted {
    obj: std::mem::ManuallyDrop<ObjRef>,
    counted: bool,
}

impl MaybeCounted {
    /// A counted reference (dropping it uncounts).
    #[inline(always)]
    pub fn counted(obj: ObjRef) -> MaybeCounted {
        MaybeCounted {
            obj: std::mem::ManuallyDrop::new(obj),
            counted: true,
        }
    }

    /// A reference to `lender`'s object that borrows `lender`'s count.
    ///
    /// # Safety
    /// A counted reference to the object must live for as long as the
    /// result is used (dereferenced or cloned). Dropping the result later
    /// is harmless: it touches nothing.
    #[inline(always)]
    pub unsafe fn borrowed(lender: &ObjRef) -> MaybeCounted {
        MaybeCounted {
            obj: std::mem::ManuallyDrop::new(ObjRef { ptr: lender.ptr }),
            counted: false,
        }
    }
}

impl From<ObjRef> for MaybeCounted {
    #[inline(always)]
    fn from(obj: ObjRef) -> MaybeCounted {
        MaybeCounted::counted(obj)
    }
}

impl std::ops::Deref for MaybeCounted {
    type Target = ObjRef;
    #[inline(always)]
    fn deref(&self) -> &ObjRef {
        &self.obj
    }
}

impl Drop for MaybeCounted {
    #[inline(always)]
    fn drop(&mut self) {
        if self.counted {
            // SAFETY: a counted `obj` is an ordinary reference that nothing
            // else drops; it is dropped exactly once, here.
            unsafe { std::mem::ManuallyDrop::drop(&mut self.obj) }
        }
    }
}

/// Free an object whose count reached zero, and everything that frees in turn,
/// without recursion.
#[cold]
#[inline(never)]
fn free_object(ptr: NonNull<PyObject>) {
    if FREEING.with(|f| f.replace(true)) {
        // A free is already running further up this thread's stack: defer.
        PENDING.with(|p| p.borrow_mut().push(ptr));
        return;
    }
    let mut next = Some(ptr);
    while let Some(p) = next {
        // SAFETY: the object is still live (freed just below, or kept).
        let obj = unsafe { p.as_ref() };
        let flags = obj.header.flags.get();
        if flags & FLAG_FINALIZED == 0
            && obj.payload.wants_finalizer()
            && FINALIZERS_ON.with(Cell::get) > 0
        {
            // Resurrected for its finalizer, once: the count of one is the
            // queue's reference, so the object (and all it refers to) stays
            // intact until the VM has run it.
            obj.header.flags.set(flags | FLAG_FINALIZED);
            Active::store(&obj.header.rc, 1);
            FINALIZE.with(|f| {
                f.borrow_mut()
                    .push_back(Finalizable::Object(ObjRef { ptr: p }))
            });
            FINALIZE_PENDING.with(|f| f.set(true));
            next = PENDING.with(|q| q.borrow_mut().pop());
            continue;
        }
        if obj.header.flags.get() & (FLAG_HAS_WEAKREFS | FLAG_IS_WEAKREF) != 0 {
            // Weak references to it are cleared (their callbacks queued), or
            // it is a weak reference leaving the table: before its memory
            // goes (object/weakref.rs).
            super::weakref::on_free(obj);
        }
        untrack(obj);
        // SAFETY: `p` was produced by `Box::leak` in `ObjRef::new`, its count
        // reached zero so no `ObjRef` to it remains, and it is freed exactly once
        // (it is pushed to PENDING only by the decrement that reached zero).
        drop(unsafe { Box::from_raw(p.as_ptr()) });
        LIVE.with(|l| l.set(l.get() - 1));
        next = PENDING.with(|q| q.borrow_mut().pop());
    }
    FREEING.with(|f| f.set(false));
}

/// A VM that runs finalizers started on this thread.
pub(crate) fn finalizers_enable() {
    FINALIZERS_ON.with(|c| c.set(c.get() + 1));
}

/// A VM that ran finalizers is going away.
pub(crate) fn finalizers_disable() {
    FINALIZERS_ON.with(|c| c.set(c.get().saturating_sub(1)));
}

/// Whether objects wait for their finalizers (`take_finalizable`).
#[inline(always)]
pub(crate) fn finalizers_pending() -> bool {
    FINALIZE_PENDING.with(Cell::get)
}

/// Python code that waits to run because something died: an object's
/// finalizer, or the callback of a weak reference whose referent was freed
/// (object/weakref.rs). They run in the order they were queued, which is the
/// order the objects died.
pub(crate) enum Finalizable {
    /// An object kept alive for its finalizer (the queue's reference).
    Object(ObjRef),
    /// A cleared weak reference and the callback to call with it.
    WeakCallback(ObjRef, Value),
}

/// Queue a weak reference's callback (its referent was just freed), if a VM
/// on this thread can run it; otherwise it is dropped, as finalizers are.
pub(super) fn queue_weak_callback(weakref: ObjRef, callback: Value) {
    if FINALIZERS_ON.with(Cell::get) == 0 {
        drop((weakref, callback));
        return;
    }
    FINALIZE.with(|f| {
        f.borrow_mut()
            .push_back(Finalizable::WeakCallback(weakref, callback))
    });
    FINALIZE_PENDING.with(|f| f.set(true));
}

/// The object that died first among those waiting for their finalizer (or
/// the first weak-reference callback due); an object's reference is the
/// queue's (dropping it after the finalizer ran frees the object, unless the
/// finalizer stored it somewhere).
pub(crate) fn take_finalizable() -> Option<Finalizable> {
    FINALIZE.with(|f| {
        let mut f = f.borrow_mut();
        let o = f.pop_front();
        if f.is_empty() {
            FINALIZE_PENDING.with(|p| p.set(false));
        }
        o
    })
}

/// Mark `obj`'s finalizer as run, or never to run (the cycle collector's
/// garbage, whose cells it empties first); true when it had not been
/// before, so the caller may run it now. Frozen objects have none.
pub(crate) fn claim_finalizer(obj: &ObjRef) -> bool {
    let h = &obj.obj().header;
    let flags = h.flags.get();
    if flags & (FLAG_FROZEN | FLAG_FINALIZED) != 0 {
        return false;
    }
    h.flags.set(flags | FLAG_FINALIZED);
    true
}

/// Take the payload out of a dead frozen object, leaving a payload that
/// refers to nothing: the first step of freeing it (the collector drops all
/// dead payloads while every dead object's header is still valid memory, so a
/// dead object referring to another never reads freed memory).
///
/// # Safety
/// `ptr` must point at a frozen object that nothing reachable refers to, with
/// every sandbox stopped at a safepoint, and no other reference to its payload
/// may be alive.
pub(crate) unsafe fn take_frozen_payload(ptr: NonNull<PyObject>) -> Payload {
    // SAFETY: the caller guarantees exclusive access to the dead object (the
    // collector with every sandbox stopped: docs/soundness.md, "The freeze
    // invariant").
    unsafe { std::ptr::replace(&raw mut (*ptr.as_ptr()).payload, Payload::Ellipsis) }
}

/// Release the memory of a dead frozen object whose payload was taken.
///
/// # Safety
/// As for `take_frozen_payload`, after it was called; once per object.
pub(crate) unsafe fn dealloc_frozen(ptr: NonNull<PyObject>) {
    // SAFETY: frozen objects are allocated by `ObjRef::new` (`Box::leak`);
    // the caller guarantees nothing refers to it and that it is freed once.
    drop(unsafe { Box::from_raw(ptr.as_ptr()) });
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "ObjRef({:#x}: {})",
            self.addr(),
            self.payload().kind_name()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_frees() {
        let before = ObjRef::live_objects();
        let a = ObjRef::new(Payload::Ellipsis);
        let b = a.clone();
        assert_eq!(a.refcount(), 2);
        drop(b);
        assert_eq!(a.refcount(), 1);
        drop(a);
        assert_eq!(ObjRef::live_objects(), before);
    }

    #[test]
    #[cfg(feature = "rc-magic")]
    fn immortal_objects_are_not_counted() {
        let a = ObjRef::new(Payload::Ellipsis);
        a.make_immortal();
        let b = a.clone();
        assert!(b.is_immortal());
        drop(b);
        assert!(a.is_immortal());
    }

    #[test]
    fn every_strategy_counts_and_only_magic_skips_immortal() {
        use strategy::{Atomic, Magic, Plain};
        fn check<S: Strategy>(skips_immortal: bool) {
            let w = S::new(1);
            S::incref(&w);
            assert_eq!(S::load(&w), 2);
            assert!(!S::decref(&w));
            assert!(S::decref(&w), "{}: the last DECREF frees", S::FEATURE);
            let w = S::new(IMMORTAL);
            S::incref(&w);
            let expect = if skips_immortal {
                IMMORTAL
            } else {
                IMMORTAL + 1
            };
            assert_eq!(S::load(&w), expect, "{}", S::FEATURE);
            assert!(!S::decref(&w));
        }
        check::<Plain>(false);
        check::<Magic>(true);
        check::<Atomic>(false);
    }

    #[test]
    fn deep_structures_free_without_recursion() {
        let mut v = Value::None;
        for _ in 0..1_000_000 {
            v = Value::Obj(ObjRef::new(Payload::Tuple(vec![v].into_boxed_slice())));
        }
        drop(v);
    }
}
