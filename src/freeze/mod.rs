//! Freezing: turning a local object graph into a deeply immutable, immortal
//! copy in the shared heap, and thawing one back.
//!
//! - `discover.rs`, `copy.rs`: `freeze` (phase 1, then phases 2 to 4);
//! - `thaw.rs`: `thaw`, a mutable deep copy in the local heap;
//! - `guard.rs`: the check that every mutator makes first, and its errors;
//! - `path.rs`: how an unfreezable object's place is named in the error.
//!
//! This file holds `freeze_cells`, which both the freezer and the sealing of
//! the builtin types use.

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

use crate::object::Payload;

/// Freeze every `PyCell` of a payload in place, so shared borrows from any
/// thread never write their flag and mutable borrows fail.
pub fn freeze_cells(p: &Payload) {
    match p {
        Payload::List(c) => c.freeze_in_place(),
        Payload::Dict(c) | Payload::Set(c) => c.freeze_in_place(),
        Payload::Function(f) => {
            f.name.freeze_in_place();
            f.qualname.freeze_in_place();
            f.dict.freeze_in_place();
            f.doc.freeze_in_place();
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
