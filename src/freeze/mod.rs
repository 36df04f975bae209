//! Freezing: turning a local object graph into a deeply immutable, immortal
//! copy in the shared heap, and thawing one back.
//!
//! - `discover.rs`, `copy.rs`: `freeze` (phase 1, then phases 2 to 4);
//! - `thaw.rs`: `thaw`, a mutable deep copy in the local heap;
//! - `guard.rs`: the check that every mutator makes first, and its errors;
//! - `path.rs`: how an unfreezable object's place is named in the error.
//!
//! This file holds `seal`, the one road by which an object becomes frozen
//! (the FROZEN flag is set only by `ObjRef::set_frozen`, an `unsafe fn`
//! called only here): the freezer, host data, queues and the builtin types
//! all go through it. It freezes the objects' cells, computes their str
//! hashes and only then sets the flag (docs/soundness.md, "Who may set the
//! frozen flag").

mod copy;
mod discover;
pub mod guard;
mod path;
#[cfg(test)]
mod tests;
mod thaw;

pub use copy::freeze;
pub use guard::{check_mutable, frozen_error};
pub use thaw::{raisable_copy, thaw};

use crate::object::{FuncCode, ObjRef, Payload};

/// Seal freshly made local objects as frozen (static too, with `is_static`:
/// never collected): freeze their cells, compute their str hashes, then flag
/// them. Checks first that the set is closed and shareable (see
/// `seal_unchecked`), and panics with an internal error when it is not: a
/// bug in the caller, caught before any object is flagged.
pub(crate) fn seal(objs: &[ObjRef], is_static: bool) {
    let mine: std::collections::HashSet<usize> = objs.iter().map(ObjRef::addr).collect();
    for o in objs {
        if o.is_frozen() {
            continue;
        }
        if !shareable(o.payload()) {
            panic!(
                "internal error: sealing a '{}' object, which cannot be frozen",
                o.payload().kind_name()
            );
        }
        let mut closed = true;
        let traced = crate::heap::trace::for_each_ref(o.payload(), &mut |c| {
            closed &= c.is_frozen() || mine.contains(&c.addr());
        });
        if traced.is_err() || !closed {
            panic!("internal error: a sealed object is borrowed or refers to a local object");
        }
    }
    // SAFETY: the loop above checked both conditions of `seal_unchecked`.
    unsafe { seal_unchecked(objs, is_static) }
}

/// `seal` without its checks, for the freezer, whose phases guarantee them.
///
/// # Safety
/// - closed: every object that one of `objs` refers to (as
///   `heap::trace::for_each_ref` lists them) is in `objs` or already frozen;
/// - shareable: no object of `objs` is of a kind that cannot be frozen
///   (`shareable`: it would hold thread-local state, such as an `Rc`, that
///   freezing its cells does not make read-only).
///
/// The objects are then private to this thread: they are local (`ObjRef` is
/// `!Send`), and no frozen object refers to a local one.
pub(super) unsafe fn seal_unchecked(objs: &[ObjRef], is_static: bool) {
    for o in objs {
        freeze_cells(o.payload());
        if let Payload::Str(s) = o.payload() {
            crate::types::str::str_hash(s);
        }
    }
    // Only once every object is sealed: until then they are counted local
    // objects that hold one another.
    for o in objs {
        // SAFETY: `set_frozen`'s contract: the object's cells were frozen
        // and its str hash computed just above; it is private to this
        // thread and refers only to objects of `objs` (flagged in this
        // loop, before any is published) or frozen ones (the caller's
        // guarantee, closed and shareable).
        unsafe { o.set_frozen(is_static) };
    }
}

/// Whether an object of this payload may be flagged frozen: what the
/// freezer refuses (`discover::freezable`), and a function whose code is the
/// thread's own (`FuncCode::Local`, an `Rc`; the freezer gives frozen
/// functions `FuncCode::Shared`).
fn shareable(p: &Payload) -> bool {
    match p {
        Payload::Function(f) => !matches!(f.code, FuncCode::Local(_)),
        p => discover::freezable(p),
    }
}

/// Freeze every `PyCell` of a payload in place, so shared borrows from any
/// thread never write their flag and mutable borrows fail.
pub fn freeze_cells(p: &Payload) {
    match p {
        Payload::List(c) => c.freeze_in_place(),
        Payload::Dict(c) => c.freeze_in_place(),
        Payload::Set(c) => c.freeze_in_place(),
        Payload::Function(f) => {
            f.name.freeze_in_place();
            f.qualname.freeze_in_place();
            f.dict.freeze_in_place();
            f.doc.freeze_in_place();
            f.annotations.freeze_in_place();
        }
        Payload::Class(c) => {
            c.name.freeze_in_place();
            c.qualname.freeze_in_place();
            c.dict.freeze_in_place();
        }
        Payload::Instance(i) => {
            if let Some(e) = &i.exc {
                e.freeze_in_place();
            }
        }
        Payload::Cell(c) => c.freeze_in_place(),
        Payload::Iter(it) => it.state.freeze_in_place(),
        Payload::Generator(g) => g.freeze_in_place(),
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
        | Payload::Ellipsis
        | Payload::Host(_) => {}
    }
}
