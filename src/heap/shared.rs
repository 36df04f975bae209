//! The shared heap: every frozen object of one runtime, and its tracing
//! (mark and sweep) collector.
//!
//! Invariants:
//! - A frozen object never refers to a local object: everything reachable
//!   from it is frozen (registered here) or static (the builtin types).
//! - Nothing writes to a frozen object after it is registered, except this
//!   collector while every sandbox is stopped (`Safepoints::stop_the_world`):
//!   it renumbers `slot` in survivors' headers and frees the dead.
//! - Roots are (1) the pin table: values held outside any sandbox (queue
//!   items, spawn arguments and results in flight, host handles), and (2)
//!   each sandbox's root set (see runtime/roots.rs), which covers every frozen
//!   object a sandbox can still reach from its frames, local objects and Rust
//!   frames.
//! - Mark bits live in a bitmap owned by the collection, indexed by `slot`,
//!   never in the refcount word or the object.
//!
//! Marking runs on rayon over chunks of roots with an atomic bitmap; sweeping
//! frees in parallel (except under rc-plain, whose non-atomic counts would
//! race when two freed objects share a child).

use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use parking_lot::Mutex;
use rayon::prelude::*;

use crate::object::{ObjRef, Payload, PyObject};

use super::account::Account;

/// A collection is triggered when the heap holds this many objects more than
/// twice what survived the last one.
const MIN_TRIGGER: usize = 200_000;
const PIN_SHARDS: usize = 32;

/// A pointer to a frozen object (registered here, or static).
///
/// Its field is private: outside this file a `RawObj` is made only by
/// [`RawObj::frozen`], which checks the FROZEN flag, and that flag is set
/// only by `freeze::seal` (docs/soundness.md, "Who may set the frozen
/// flag"). Inside this file it is also made from the collector's roots and
/// from the references of frozen objects, which are frozen.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct RawObj(NonNull<PyObject>);

// SAFETY: a RawObj only ever points at a frozen object (see above), which is
// immutable and may be read from any thread (docs/soundness.md, "The freeze
// invariant" and "Why frozen handles are Send and Sync"); it is dereferenced
// only while the object is live (rooted, or during a collection that has not
// swept it yet).
unsafe impl Send for RawObj {}
// SAFETY: as for Send.
unsafe impl Sync for RawObj {}

impl RawObj {
    /// The pointer to `o`, when it is frozen (None for a local object).
    #[inline]
    pub(crate) fn frozen(o: &ObjRef) -> Option<RawObj> {
        o.is_frozen().then(|| RawObj(o.as_raw()))
    }

    /// The pointer.
    #[inline]
    pub(crate) fn ptr(self) -> NonNull<PyObject> {
        self.0
    }

    /// # Safety
    /// The object must be live.
    unsafe fn obj<'a>(self) -> &'a PyObject {
        // SAFETY: the caller guarantees the object is live.
        unsafe { self.0.as_ref() }
    }
}

struct Registry {
    objs: Vec<RawObj>,
    /// The account each object is charged to (the sandbox that made it),
    /// slot for slot with `objs`; None for objects made by a host.
    owners: Vec<Option<Arc<Account>>>,
    bytes: usize,
    trigger: usize,
}

/// What `heap_stats()` reports.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct HeapStats {
    pub frozen_objects: usize,
    pub frozen_bytes: usize,
    pub collections: u64,
    pub last_pause_ms: f64,
    pub total_freed: u64,
    pub pinned: usize,
}

/// The shared heap of one runtime.
pub struct SharedHeap {
    registry: Mutex<Registry>,
    /// Pinned objects by address, with their pin counts; sharded by address
    /// so that queue traffic between different sandboxes rarely contends.
    pins: Box<[Mutex<HashMap<usize, u32>>]>,
    stats: Mutex<HeapStats>,
    /// Audit builds: the objects the collector found dead, marked and kept
    /// (never freed while the heap lives), so that a missed root shows up
    /// as a reference to a dead object (heap/audit.rs), not as a read of
    /// freed memory.
    #[cfg(feature = "audit")]
    quarantine: Mutex<Vec<RawObj>>,
}

impl Default for SharedHeap {
    fn default() -> Self {
        SharedHeap::new()
    }
}

/// Approximate bytes held by an object (header, payload and its buffers).
fn approx_size(p: &Payload) -> usize {
    let extra = match p {
        Payload::Str(s) => s.s.len(),
        Payload::Bytes(b) => b.len(),
        Payload::BigInt(b) => (b.bits() / 8) as usize,
        Payload::Tuple(t) => t.len() * 16,
        Payload::List(l) => l.try_borrow().map_or(0, |l| l.capacity() * 16),
        Payload::Dict(d) => d.try_borrow().map_or(0, |d| d.len() * 48),
        Payload::Set(d) => d.try_borrow().map_or(0, |d| d.capacity() * 24),
        Payload::FrozenSet(d) => d.capacity() * 24,
        _ => 0,
    };
    std::mem::size_of::<PyObject>() + extra
}

fn shard(addr: usize) -> usize {
    (addr >> 4).wrapping_mul(0x9E37_79B9) % PIN_SHARDS
}

impl SharedHeap {
    pub fn new() -> SharedHeap {
        SharedHeap {
            registry: Mutex::new(Registry {
                objs: Vec::new(),
                owners: Vec::new(),
                bytes: 0,
                trigger: MIN_TRIGGER,
            }),
            pins: (0..PIN_SHARDS)
                .map(|_| Mutex::new(HashMap::new()))
                .collect(),
            stats: Mutex::new(HeapStats::default()),
            #[cfg(feature = "audit")]
            quarantine: Mutex::new(Vec::new()),
        }
    }

    /// Register sealed frozen objects, made on this thread: they stay
    /// charged to the account this thread's allocations go to (the sandbox
    /// that made them; none on a host's thread) until they are freed.
    /// Returns true when the heap has grown enough that a collection should
    /// run.
    pub(crate) fn register(&self, objs: &[ObjRef]) -> bool {
        let owner = crate::heap::alloc::attached_account();
        let mut r = self.registry.lock();
        for o in objs {
            let Some(raw) = RawObj::frozen(o) else {
                panic!("internal error: registering a local object with the shared heap")
            };
            if o.heap_slot().is_some() || o.is_static() {
                panic!("internal error: registering a registered or static object again");
            }
            let slot = u32::try_from(r.objs.len()).unwrap_or(u32::MAX - 1);
            // SAFETY: an unregistered, non-static frozen object is not yet
            // published: every caller registers the objects it has just
            // sealed before it gives out any handle to them
            // (`Vm::adopt_frozen` right after `freeze`, `freeze_data` and
            // `freeze_queue` before they return the `Frozen`).
            unsafe { o.obj().set_heap_slot(slot) };
            // The registry is the heap's own bookkeeping, grown by whoever
            // registers and replaced by whoever collects: counted on no
            // side (as the queues' blocks), or its blocks would move one
            // sandbox's memory figure into another's at every collection.
            crate::heap::alloc::uncounted(|| {
                r.objs.push(raw);
                r.owners.push(owner.clone());
            });
            r.bytes += approx_size(o.payload());
        }
        r.objs.len() >= r.trigger
    }

    /// Pin a frozen object (a root held outside every sandbox).
    pub(crate) fn pin(&self, p: NonNull<PyObject>) {
        let a = p.as_ptr() as usize;
        // Bookkeeping of the heap, counted on no side (see `register`).
        crate::heap::alloc::uncounted(|| *self.pins[shard(a)].lock().entry(a).or_insert(0) += 1);
    }

    /// Drop one pin.
    pub(crate) fn unpin(&self, p: NonNull<PyObject>) {
        let a = p.as_ptr() as usize;
        let mut m = self.pins[shard(a)].lock();
        if let Some(n) = m.get_mut(&a) {
            *n -= 1;
            if *n == 0 {
                m.remove(&a);
            }
        }
    }

    /// Current statistics.
    pub fn stats(&self) -> HeapStats {
        let mut s = self.stats.lock().clone();
        let r = self.registry.lock();
        s.frozen_objects = r.objs.len();
        s.frozen_bytes = r.bytes;
        s.pinned = self.pins.iter().map(|m| m.lock().len()).sum();
        s
    }

    /// Mark from the pins and `roots`, free everything unmarked; returns the
    /// number of objects freed.
    ///
    /// Must run inside `Safepoints::stop_the_world` of the runtime that owns
    /// this heap, with `roots` holding every sandbox's root set.
    pub(crate) fn collect_stopped(&self, roots: Vec<usize>) -> usize {
        let start = std::time::Instant::now();
        let mut reg = self.registry.lock();
        let n = reg.objs.len();
        let mut all_roots = roots;
        for m in self.pins.iter() {
            all_roots.extend(m.lock().keys().copied());
        }
        let marks: Vec<AtomicU64> = (0..n.div_ceil(64)).map(|_| AtomicU64::new(0)).collect();
        let objs = &reg.objs;
        let mark_from = |start: &[usize]| {
            let mut todo: Vec<RawObj> = Vec::new();
            for &a in start {
                if let Some(p) = NonNull::new(a as *mut PyObject) {
                    todo.push(RawObj(p));
                }
            }
            while let Some(o) = todo.pop() {
                // SAFETY: every root and every object reached from one is
                // live: roots are pinned or held by a stopped sandbox, and
                // nothing is freed before marking ends. Reading it races with
                // no writer (docs/soundness.md, "The freeze invariant").
                let obj = unsafe { o.obj() };
                let slot = obj.heap_slot_word() as usize;
                if slot >= n || objs[slot] != o {
                    // Static (builtin) objects: never collected, and they
                    // refer to nothing collectable.
                    continue;
                }
                let bit = 1u64 << (slot % 64);
                if marks[slot / 64].fetch_or(bit, Ordering::Relaxed) & bit != 0 {
                    continue;
                }
                // Frozen cells are borrowed without writes; a frozen object
                // is never mutably borrowed, so tracing cannot fail.
                let _ = crate::heap::trace::for_each_ref(&obj.payload, &mut |c| {
                    todo.push(RawObj(c.as_raw()));
                });
            }
        };
        all_roots.sort_unstable();
        all_roots.dedup();
        if all_roots.len() > 4096 {
            all_roots.par_chunks(1024).for_each(mark_from);
        } else {
            mark_from(&all_roots);
        }
        let is_marked = |i: usize| marks[i / 64].load(Ordering::Relaxed) & (1 << (i % 64)) != 0;
        // Compact the registry: a survivor moves down over the dead before
        // it (its slot is rewritten only when it moves), and the heap's
        // byte count loses the dead objects' sizes (usually far fewer than
        // the survivors, so nothing is recomputed for the living).
        // The new registry lists are the heap's bookkeeping (see
        // `register`): made and dropped uncounted.
        let freed = crate::heap::alloc::uncounted(|| {
            let mut survivors = Vec::with_capacity(n);
            let mut survivor_owners = Vec::with_capacity(n);
            let mut dead = Vec::new();
            let mut dead_owners = Vec::new();
            let mut dead_bytes = 0;
            let owners = std::mem::take(&mut reg.owners);
            for ((i, o), owner) in reg.objs.iter().enumerate().zip(owners) {
                // SAFETY: every registered object is live memory until the
                // sweep below frees the dead; the world is stopped, so the slot
                // write races with no reader and the payload read with no writer
                // (docs/soundness.md, "The freeze invariant").
                let obj = unsafe { o.obj() };
                if is_marked(i) {
                    let j = survivors.len();
                    if j != i {
                        // SAFETY: every sandbox is stopped (see above).
                        unsafe { obj.set_heap_slot(j as u32) };
                    }
                    survivors.push(*o);
                    survivor_owners.push(owner);
                } else {
                    dead_bytes += approx_size(&obj.payload);
                    dead.push(*o);
                    dead_owners.push(owner);
                }
            }
            let bytes = reg.bytes.saturating_sub(dead_bytes);
            let freed = dead.len();
            // The dead were allocated by whichever sandboxes made them; freeing
            // them here must not lower the memory count of the thread that
            // happens to collect (a sandbox could otherwise make room under
            // its own cap by collecting others' garbage).
            #[cfg(not(feature = "audit"))]
            free_charged(&dead, &dead_owners);
            drop(dead_owners);
            #[cfg(feature = "audit")]
            {
                for o in &dead {
                    // SAFETY: every sandbox is stopped (see above).
                    unsafe { o.obj().mark_dead() };
                }
                self.quarantine.lock().extend(dead);
            }
            reg.objs = survivors;
            reg.owners = survivor_owners;
            reg.bytes = bytes;
            freed
        });
        reg.trigger = (reg.objs.len() * 2).max(MIN_TRIGGER);
        drop(reg);
        let mut s = self.stats.lock();
        s.collections += 1;
        s.total_freed += freed as u64;
        s.last_pause_ms = start.elapsed().as_secs_f64() * 1000.0;
        freed
    }
}

impl Drop for SharedHeap {
    fn drop(&mut self) {
        // The runtime is gone: no sandbox, queue or handle is left (they all
        // hold the runtime), so every object can go.
        #[allow(unused_mut)]
        let mut objs = std::mem::take(&mut self.registry.get_mut().objs);
        // Quarantined objects may refer to registered ones and back: all
        // go in one `free_all`, which takes every payload before it frees.
        #[cfg(feature = "audit")]
        objs.append(self.quarantine.get_mut());
        free_all(&objs);
    }
}

/// The payload of a dead frozen object, on its way to being dropped.
struct DeadPayload(#[allow(dead_code)] Payload);

// SAFETY: a dead frozen payload refers only to frozen objects, whose memory
// stays allocated until every payload is dropped, and dropping a reference
// to a frozen object leaves its count alone (rc-magic) or changes it
// atomically (rc-atomic); rc-plain drops them on one thread
// (docs/soundness.md, "Why frozen handles are Send and Sync").
unsafe impl Send for DeadPayload {}

/// Free dead frozen objects in three steps: take every payload out, drop the
/// payloads (their references to other dead objects still find valid headers,
/// whose immortal counts they leave alone or count atomically), then release
/// the memory.
///
/// Callers guarantee: every object in `dead` is unreachable from every root,
/// appears once, and every sandbox is stopped (or none is left).
fn free_all(dead: &[RawObj]) {
    free_charged(dead, &[]);
}

/// `free_all`, crediting each object's owner (`owners`, slot for slot with
/// `dead`; missing ones have none) with the bytes freeing it returned, as
/// measured on the freeing thread: an account gets back what its thread was
/// charged for the object, not an estimate.
fn free_charged(dead: &[RawObj], owners: &[Option<Arc<Account>>]) {
    use crate::heap::alloc::measure_freed;
    // SAFETY (for the three unsafe calls below): the caller's guarantee; the
    // payloads are taken once each, dropped while every header is still
    // allocated, and the memory is released last, once per object.
    let payloads: Vec<DeadPayload> = dead
        .iter()
        // SAFETY: see above.
        .map(|o| DeadPayload(unsafe { crate::object::refcount::take_frozen_payload(o.0) }))
        .collect();
    let freed: Vec<u64> = if cfg!(feature = "rc-plain") || payloads.len() < 4096 {
        payloads
            .into_iter()
            .map(|p| measure_freed(|| drop(p)))
            .collect()
    } else {
        payloads
            .into_par_iter()
            .map(|p| measure_freed(|| drop(p)))
            .collect()
    };
    for (i, o) in dead.iter().enumerate() {
        // SAFETY: see above.
        let header = measure_freed(|| unsafe { crate::object::refcount::dealloc_frozen(o.0) });
        if let Some(Some(a)) = owners.get(i) {
            a.release(freed[i] + header);
        }
    }
}
