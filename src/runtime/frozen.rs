//! `Frozen`: a frozen value held outside any sandbox (by the host, in a
//! queue, as a spawn argument or a result in flight). It is `Send + Sync`
//! and *pinned*: while it exists, the collector treats its object as a root.

use std::sync::Arc;

use crate::heap::shared::RawObj;
use crate::object::{ObjRef, Value};

use super::RuntimeInner;

#[derive(Clone, Copy, Debug)]
enum Raw {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A registered frozen object (pinned while the handle lives).
    Obj(RawObj),
    /// A static object (builtin type, singleton): never collected.
    Static(RawObj),
}

/// A pinned frozen value (see the module docs).
pub struct Frozen {
    rt: Arc<RuntimeInner>,
    raw: Raw,
}

// SAFETY: a Frozen refers only to an immediate or to a frozen object (its
// `RawObj` can only be made from one), which is immutable and may be read
// from any thread (docs/soundness.md, "The freeze invariant" and "Why frozen
// handles are Send and Sync"); the pin keeps the object alive for as long as
// the handle exists, and the pin table is locked.
unsafe impl Send for Frozen {}
// SAFETY: as for Send; the handle itself is never mutated.
unsafe impl Sync for Frozen {}

impl Frozen {
    /// Pin `v`, which must be an immediate or a frozen object (None otherwise).
    pub(crate) fn from_value(rt: &Arc<RuntimeInner>, v: &Value) -> Option<Frozen> {
        let raw = match v {
            Value::None | Value::Undef => Raw::None,
            Value::Bool(b) => Raw::Bool(*b),
            Value::Int(i) => Raw::Int(*i),
            Value::Float(f) => Raw::Float(*f),
            // `RawObj::frozen` refuses a local object (a static one is
            // frozen too).
            Value::Obj(o) => {
                let raw = RawObj::frozen(o)?;
                if o.is_static() {
                    Raw::Static(raw)
                } else {
                    rt.heap.pin(raw.ptr());
                    Raw::Obj(raw)
                }
            }
        };
        Some(Frozen {
            rt: rt.clone(),
            raw,
        })
    }

    /// The value, as a reference usable on this thread. The caller records
    /// it in the sandbox's root set (`Vm::take_frozen`) or holds it only
    /// while the handle lives.
    pub(crate) fn to_value(&self) -> Value {
        match self.raw {
            Raw::None => Value::None,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Int(i) => Value::Int(i),
            Raw::Float(f) => Value::Float(f),
            // SAFETY: a `RawObj` points at a frozen object (`RawObj::frozen`
            // checked it), and it is pinned (or static) while `self` lives,
            // so it is live.
            Raw::Obj(o) | Raw::Static(o) => Value::Obj(unsafe { ObjRef::from_frozen_raw(o.ptr()) }),
        }
    }

    /// Whether this value belongs to the runtime `rt` (or needs none).
    pub(crate) fn usable_in(&self, rt: &Arc<RuntimeInner>) -> bool {
        !matches!(self.raw, Raw::Obj(_)) || Arc::ptr_eq(&self.rt, rt)
    }
}

/// A frozen value pinned for as long as its runtime lives: the runtime's
/// table of shared standard-library modules (`RuntimeInner::stdlib`) holds
/// these. Unlike [`Frozen`] it holds no handle on the runtime (the runtime
/// owns it, so a handle would keep the runtime alive forever) and is never
/// unpinned: the heap frees the object when the runtime goes.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Pinned(Raw);

// SAFETY: as for `Frozen`: a Pinned refers only to an immediate or to a
// frozen object, immutable and readable from any thread, kept alive by its
// pin for the life of the runtime that holds it.
unsafe impl Send for Pinned {}
// SAFETY: as for Send; the value is never mutated.
unsafe impl Sync for Pinned {}

impl Frozen {
    /// Pin this value for the life of its runtime (one pin more, never
    /// dropped; this handle's own pin goes with it).
    pub(crate) fn into_pinned(self) -> Pinned {
        if let Raw::Obj(o) = self.raw {
            self.rt.heap.pin(o.ptr());
        }
        Pinned(self.raw)
    }
}

impl Pinned {
    /// The value, as a reference usable on this thread. Only a sandbox of
    /// the runtime that holds this value may call it (that runtime is then
    /// alive, and so is the pin); the caller records the value in its root
    /// set (`Vm::note_root`).
    pub(crate) fn to_value(self) -> Value {
        match self.0 {
            Raw::None => Value::None,
            Raw::Bool(b) => Value::Bool(b),
            Raw::Int(i) => Value::Int(i),
            Raw::Float(f) => Value::Float(f),
            // SAFETY: the object is frozen (`RawObj::frozen` checked it when
            // the `Frozen` this came from was made) and pinned for the life
            // of the runtime, which the calling sandbox keeps alive.
            Raw::Obj(o) | Raw::Static(o) => Value::Obj(unsafe { ObjRef::from_frozen_raw(o.ptr()) }),
        }
    }
}

impl Clone for Frozen {
    fn clone(&self) -> Frozen {
        if let Raw::Obj(o) = self.raw {
            self.rt.heap.pin(o.ptr());
        }
        Frozen {
            rt: self.rt.clone(),
            raw: self.raw,
        }
    }
}

impl Drop for Frozen {
    fn drop(&mut self) {
        if let Raw::Obj(o) = self.raw {
            self.rt.heap.unpin(o.ptr());
        }
    }
}

impl std::fmt::Debug for Frozen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match super::data::to_data(self) {
            Ok(d) => write!(f, "Frozen({d:?})"),
            Err(_) => write!(
                f,
                "Frozen(<{}>)",
                self.to_value().payload().map_or("?", |p| p.kind_name())
            ),
        }
    }
}
