//! Host objects: payloads owned by the floors above the object model
//! (queues, sandbox handles, proxies and their methods and iterators, open
//! files, and whatever a later floor adds) behind one trait, so that the
//! object model, the heaps and the collectors name none of them.
//!
//! Invariants:
//! - A host object's references to heap objects are the ones `trace`
//!   reports (none by default: a queue, a handle or a file holds shared,
//!   thread-safe state such as an `Arc` of a channel, not objects). A type
//!   that holds some (a container) reports them all, says so in
//!   `holds_references` (the local cycle collector then tracks it) and lets
//!   go of them in `clear`: the collectors and the audit learn what they
//!   need from the type itself. Such a container stays in its sandbox: the
//!   freezer refuses it (a frozen container needs its items held in a
//!   `Send + Sync` form that no type here provides yet).
//! - A [`Host`] is *shared* only when built from a `Send + Sync` object
//!   (`Host::shared`): only a shared host object may sit in a frozen object,
//!   which every sandbox reads. A local one (`Host::local`: an open file, an
//!   iterator with a cursor) cannot be frozen; the freezer says so, naming
//!   the object and the path by which it was reached.
//! - Its Python type is found through its [`HostType`]: a process-wide slot
//!   that the type registry fills with the class when it builds the builtin
//!   types.

use std::any::{Any, TypeId};

use super::ObjRef;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The object as `Any`, for downcasting: given to every host object (it
/// cannot be written by hand, so it is always the object itself, which
/// `Host::downcast` relies on).
pub trait AsAny: Any {
    /// The object itself, as `Any`.
    fn as_any(&self) -> &dyn Any;
}

impl<T: Any> AsAny for T {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What the object model asks of a host object.
pub trait HostObject: AsAny {
    /// Its Python type (the class `type(x)` returns).
    fn host_type(&self) -> &'static HostType;

    /// The name of its type, for messages and debugging output.
    fn type_name(&self) -> &'static str {
        self.host_type().name
    }

    /// `repr(x)`; `addr` is the object's address.
    fn repr(&self, addr: usize) -> String {
        format!("<{} object at {addr:#x}>", self.type_name())
    }

    /// `len(x)` (and `bool(x)`: true when not 0) without a call through its
    /// class, for a type whose `__len__` is a native that answers exactly
    /// this (builtin classes cannot be changed, so the answer is always the
    /// method's): `while d:` over a deque. None: ask the class.
    fn native_len(&self) -> Option<usize> {
        None
    }

    /// The identity of the shared state behind it, for objects whose frozen
    /// copies are the same object (a queue, a proxy): `==` and `hash`
    /// compare it, so a queue equals its copies in other sandboxes. `None`:
    /// compared by object identity.
    fn shared_identity(&self) -> Option<usize> {
        None
    }

    /// A frozen copy: the same host object, shareable by every sandbox.
    /// Only shared host objects are asked (see [`Host::shared`]).
    fn share(&self) -> Option<Box<dyn SharedHost>> {
        None
    }

    /// Whether a weak reference may point at it (`weakref.ref(x)`), as
    /// CPython's type of the same name allows (object/weakref.rs).
    fn weakrefable(&self) -> bool {
        false
    }

    /// Whether it can refer to heap objects (then the local cycle
    /// collector tracks it, and `trace` must report every reference).
    fn holds_references(&self) -> bool {
        false
    }

    /// Call `f` on every heap object it refers to; `Busy` when a cell that
    /// holds them is borrowed (the scan is then incomplete, and the caller
    /// falls back to what it does for a busy list).
    fn trace(&self, _f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        Ok(())
    }

    /// Let go of every reference it holds (the local cycle collector
    /// breaking a cycle through it: it is garbage, and about to be freed).
    fn clear(&self) {}

    /// For a local object that has a frozen form (a bytearray: its bytes,
    /// read-only): that form, which the freezer puts in the frozen graph.
    /// Only local objects that hold no references are asked.
    fn frozen_form(&self) -> Option<Box<dyn SharedHost>> {
        None
    }

    /// Whether `frozen_form` gives one (asked before freezing, so that the
    /// freezer refuses early what it cannot copy).
    fn has_frozen_form(&self) -> bool {
        false
    }

    /// For a frozen object that `thaw` copies (a frozen bytearray): a new
    /// local, mutable copy.
    fn thawed_form(&self) -> Option<Host> {
        None
    }

    /// Whether `thawed_form` gives one.
    fn thaws(&self) -> bool {
        false
    }
}

/// A scan met a cell that was mutably borrowed: its contents are unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Busy;

/// A host object that any thread may read: the only kind a frozen object
/// may hold.
pub trait SharedHost: HostObject + Send + Sync {
    /// As a plain host object.
    fn as_host(&self) -> &dyn HostObject;
}

impl<T: HostObject + Send + Sync> SharedHost for T {
    fn as_host(&self) -> &dyn HostObject {
        self
    }
}

/// The payload of a host object (see the module invariants), with the
/// concrete type of the boxed object, so that a downcast is one compare.
pub struct Host(Kind, TypeId);

enum Kind {
    Local(Box<dyn HostObject>),
    Shared(Box<dyn SharedHost>),
}

impl Host {
    /// A host object of this sandbox only: it cannot be frozen.
    pub fn local(o: impl HostObject) -> Host {
        Host::of(Kind::Local(Box::new(o)))
    }

    /// A host object whose state any thread may use: freezing one makes a
    /// frozen copy that is the same object (`HostObject::share`).
    pub fn shared(o: impl SharedHost) -> Host {
        Host::of(Kind::Shared(Box::new(o)))
    }

    /// The object.
    #[inline]
    pub fn get(&self) -> &dyn HostObject {
        match &self.0 {
            Kind::Local(o) => o.as_ref(),
            Kind::Shared(o) => o.as_host(),
        }
    }

    /// A host payload over `kind`, recording the boxed object's type.
    fn of(kind: Kind) -> Host {
        let tid = match &kind {
            Kind::Local(o) => o.as_ref().as_any().type_id(),
            Kind::Shared(o) => o.as_host().as_any().type_id(),
        };
        Host(kind, tid)
    }

    /// The concrete object, if it is a `T`: one compare of type ids, no
    /// call through the vtable (`d.append(x)` asks this on every call).
    #[inline]
    pub fn downcast<T: HostObject>(&self) -> Option<&T> {
        if self.1 != TypeId::of::<T>() {
            return None;
        }
        let data: *const T = match &self.0 {
            Kind::Local(o) => (o.as_ref() as *const dyn HostObject).cast::<T>(),
            Kind::Shared(o) => (o.as_ref() as *const dyn SharedHost).cast::<T>(),
        };
        // SAFETY: `self.1` is the type id of the boxed object (`Host::of`
        // reads it through `AsAny::as_any`, which every type gets from the
        // blanket impl and so is the object itself), and it equals `T`'s:
        // the box holds a `T`, and the data pointer of the trait object is
        // its address. The reference borrows `self`, which owns the box and
        // never replaces it, so the `T` outlives it.
        Some(unsafe { &*data })
    }

    /// A frozen copy, or None when the object cannot be frozen (a local
    /// one, or one that holds references: see the module invariants).
    pub fn share(&self) -> Option<Host> {
        match &self.0 {
            Kind::Shared(o) if !o.holds_references() => {
                o.share().map(|s| Host::of(Kind::Shared(s)))
            }
            Kind::Local(o) if !o.holds_references() => {
                o.frozen_form().map(|s| Host::of(Kind::Shared(s)))
            }
            _ => None,
        }
    }

    /// Whether it can be frozen: shared, or local with a frozen form
    /// (`HostObject::frozen_form`), and holding no references.
    pub fn is_shared(&self) -> bool {
        let o = self.get();
        !o.holds_references()
            && match &self.0 {
                Kind::Shared(_) => true,
                Kind::Local(o) => o.has_frozen_form(),
            }
    }
}

/// A host object's Python type: a name and a slot in every type table,
/// given out on first use and the same in every sandbox of the process.
pub struct HostType {
    pub name: &'static str,
    /// The VM finds this type's operators (`__add__`, `__eq__`, `__hash__`,
    /// `__repr__`, `__len__`, ...) in its class's dict, as it does for
    /// instances of Python classes: a type written in Rust in one room (see
    /// types/complex.rs) needs no arm in the VM's dispatch.
    pub class_protocols: bool,
    /// For a type whose class a Python module supplies in each sandbox
    /// (decimal's `Decimal`): that module, imported by a sandbox that
    /// meets such an object (a frozen one, from another sandbox) before it
    /// imported the module itself.
    pub module: Option<&'static str>,
    slot: OnceLock<usize>,
}

impl HostType {
    /// A type to declare as a `static` in the room that owns the object;
    /// the VM knows its behaviour (a queue, a proxy, a file).
    pub const fn new(name: &'static str) -> HostType {
        HostType {
            name,
            class_protocols: false,
            module: None,
            slot: OnceLock::new(),
        }
    }

    /// A type whose behaviour is all in its class's natives.
    pub const fn with_class_protocols(name: &'static str) -> HostType {
        HostType {
            name,
            class_protocols: true,
            module: None,
            slot: OnceLock::new(),
        }
    }

    /// A type whose behaviour is in its class's natives, and whose class
    /// the Python module `module` supplies in each sandbox.
    pub const fn of_module(name: &'static str, module: &'static str) -> HostType {
        HostType {
            name,
            class_protocols: true,
            module: Some(module),
            slot: OnceLock::new(),
        }
    }

    /// This type's slot in the type tables.
    pub fn slot(&self) -> usize {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        *self
            .slot
            .get_or_init(|| NEXT.fetch_add(1, Ordering::Relaxed))
    }
}
