//! Freezing: turning a local object graph into a deeply immutable, immortal
//! copy in the shared heap, and thawing one back.
//!
//! (The freezer proper is in `copy.rs`; this file holds what both it and the
//! builtins' sealing need.)

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
        | Payload::Queue(_)
        | Payload::Handle(_) => {}
    }
}
