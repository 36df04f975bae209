//! The local cycle collector: reclaims reference cycles of one sandbox's
//! local objects, which reference counting alone never frees (a function
//! and the module globals it closes over, an object whose attribute points
//! back at it, a list that contains itself).
//!
//! It is CPython's algorithm (trial deletion) over the thread's tracked
//! containers (`object::refcount`'s `TRACKED` list):
//!
//! 1. Copy every tracked object's count.
//! 2. Subtract, for every reference a tracked object owns to another
//!    tracked object (`trace::for_each_owned_ref`), one from the target's
//!    copy. What is left is the number of references from outside the
//!    tracked objects: the VM's stack and frames, Rust locals, untracked
//!    holders. Those are not enumerated, so nothing held by them can be
//!    missed.
//! 3. Objects with references left are reachable, and so is everything they
//!    reach. The rest is garbage: only other garbage refers to it.
//! 4. Garbage is kept alive by the collector's own references while the
//!    contents of its mutable cells are emptied, which breaks every cycle
//!    (a cycle must pass through a mutable cell: an object's immutable fields
//!    can only point at objects that existed before it). Dropping the
//!    collector's references then frees it all by counting.
//!
//! Safety of the algorithm rests on `for_each_owned_ref` never reporting a
//! reference the object does not own (see trace.rs), and on every frozen
//! object that local garbage refers to being alive: a sandbox's root scan
//! (runtime/roots.rs) covers all tracked objects, garbage included. A scan
//! that meets a mutably borrowed cell gives up and frees nothing.
//!
//! Weak references to the garbage are cleared before step 4 empties
//! anything (object/weakref.rs), and the callbacks of those that are not
//! garbage themselves are queued to run after the collection.
//!
//! Runs: when the tracked list has doubled since the last collection
//! (checked at the VM's budgeted safepoints), from `sandbox.collect()`, and
//! when a VM ends (so a sandbox leaks nothing into its reused thread).

use crate::heap::trace::for_each_owned_ref;
use crate::object::cell::PyCell;
use crate::object::{IterState, ObjRef, Payload, Value, refcount, weakref};

/// What one collection did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LocalCollection {
    /// Tracked objects examined.
    pub examined: usize,
    /// Objects found unreachable and freed.
    pub freed: usize,
}

/// What a sandbox's program set through the `gc` module (modules/gc_native.rs):
/// whether automatic collections run, and the numbers it reads back.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Automatic collections at safepoints (`gc.enable()`/`gc.disable()`).
    pub enabled: bool,
    /// CPython's three thresholds, as last set (the trigger here is
    /// `set_gc_threshold`'s, whatever they say).
    pub thresholds: [i64; 3],
    /// `gc.set_debug` flags (recorded only).
    pub debug: i64,
    /// Collections run by `gc.collect()`, and the objects they freed.
    pub collections: u64,
    pub collected: u64,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            enabled: true,
            thresholds: [700, 10, 10],
            debug: 0,
            collections: 0,
            collected: 0,
        }
    }
}

/// Whether a collection is due (and clear the request).
#[inline]
pub fn wanted() -> bool {
    refcount::take_gc_request()
}

/// Collect this thread's unreachable local cycles.
pub fn collect() -> LocalCollection {
    let objs = refcount::tracked_objects();
    let n = objs.len();
    let index = |o: &ObjRef| -> Option<usize> {
        let i = o.local_slot()?;
        (i < n && objs[i].is(o)).then_some(i)
    };
    // 1 and 2: external references (less the collector's own one).
    let mut outside: Vec<isize> = objs
        .iter()
        .map(|o| o.refcount().min(isize::MAX as usize) as isize - 1)
        .collect();
    for o in &objs {
        let scanned = for_each_owned_ref(o.payload(), &mut |c| {
            if let Some(j) = index(c) {
                outside[j] -= 1;
            }
        });
        if scanned.is_err() {
            return give_up(objs);
        }
    }
    // 3: everything reachable from an object with outside references.
    let mut reachable: Vec<bool> = outside.iter().map(|&r| r > 0).collect();
    let mut todo: Vec<usize> = (0..n).filter(|&i| reachable[i]).collect();
    while let Some(i) = todo.pop() {
        let scanned = for_each_owned_ref(objs[i].payload(), &mut |c| {
            if let Some(j) = index(c)
                && !reachable[j]
            {
                reachable[j] = true;
                todo.push(j);
            }
        });
        if scanned.is_err() {
            return give_up(objs);
        }
    }
    // Weak references to garbage are cleared before anything is emptied,
    // as CPython does; callbacks are queued for those that survive.
    let is_garbage = |o: &crate::object::PyObject| -> bool {
        let i = o.local_slot_word();
        i < n && std::ptr::eq(objs[i].obj(), o) && !reachable[i]
    };
    for (o, r) in objs.iter().zip(&reachable) {
        if !r {
            weakref::clear_for_collector(o, &is_garbage);
        }
    }
    // 4: keep the garbage alive, let go of the rest, then break the cycles.
    let mut garbage = Vec::new();
    for (o, r) in objs.into_iter().zip(&reachable) {
        if !r {
            garbage.push(o);
        }
    }
    let freed = garbage.len();
    for g in &garbage {
        // Emptied below, so no finalizer may see it (finalize.rs).
        refcount::claim_finalizer(g);
    }
    for g in &garbage {
        clear(g.payload());
    }
    drop(garbage);
    refcount::set_gc_threshold(n - freed);
    LocalCollection { examined: n, freed }
}

fn give_up(objs: Vec<ObjRef>) -> LocalCollection {
    let n = objs.len();
    drop(objs);
    refcount::set_gc_threshold(n);
    LocalCollection {
        examined: n,
        freed: 0,
    }
}

/// Empty the mutable cells of a garbage object. What they held is dropped
/// at once: every garbage object is kept alive by the collector until all
/// are emptied, so this frees only objects that garbage alone referred to.
/// A cell that is borrowed is left alone (its object then stays alive).
fn clear(p: &Payload) {
    fn take<T: Default>(c: &PyCell<T>) -> Option<T> {
        c.try_borrow_mut().ok().map(|mut v| std::mem::take(&mut *v))
    }
    match p {
        Payload::List(l) => drop(take(l)),
        Payload::Dict(d) => drop(take(d)),
        Payload::Set(d) => drop(take(d)),
        Payload::Class(c) => drop(take(&c.dict)),
        Payload::Function(f) => {
            drop(take(&f.dict));
            let doc = f
                .doc
                .try_borrow_mut()
                .ok()
                .map(|mut v| std::mem::replace(&mut *v, Value::None));
            drop(doc);
            let annotations = f
                .annotations
                .try_borrow_mut()
                .ok()
                .map(|mut v| std::mem::replace(&mut *v, Value::None));
            drop(annotations);
        }
        Payload::Instance(i) => {
            if let Some(e) = &i.exc {
                let parts = e.try_borrow_mut().ok().map(|mut e| {
                    (
                        std::mem::replace(&mut e.args, Value::None),
                        std::mem::replace(&mut e.cause, Value::None),
                        std::mem::replace(&mut e.context, Value::None),
                        e.group.take(),
                    )
                });
                drop(parts);
            }
        }
        Payload::Cell(c) => {
            let old = c
                .try_borrow_mut()
                .ok()
                .map(|mut v| std::mem::replace(&mut *v, Value::Undef));
            drop(old);
        }
        Payload::Iter(it) => {
            let old = it
                .state
                .try_borrow_mut()
                .ok()
                .map(|mut s| std::mem::replace(&mut *s, IterState::Exhausted));
            drop(old);
        }
        Payload::Generator(g) => {
            let old = g.try_borrow_mut().ok().map(|mut g| {
                (
                    std::mem::take(&mut g.saved),
                    std::mem::replace(&mut g.handled, Value::None),
                )
            });
            drop(old);
        }
        // No mutable cell that can hold a reference: a cycle through these
        // passes through one of the payloads above.
        Payload::Str(_)
        | Payload::Bytes(_)
        | Payload::BigInt(_)
        | Payload::Tuple(_)
        | Payload::FrozenSet(_)
        | Payload::Range(_)
        | Payload::Slice(_)
        | Payload::Native(_)
        | Payload::BoundMethod(_)
        | Payload::Module(_)
        | Payload::Code(_)
        | Payload::Property(_)
        | Payload::StaticMethod(_)
        | Payload::ClassMethod(_)
        | Payload::Super(_)
        | Payload::DictView(..)
        | Payload::NotImplemented
        | Payload::Ellipsis => {}
        // A host container lets go of its items itself.
        Payload::Host(h) => h.get().clear(),
    }
}
