//! Authority follows code (docs/security.md): code never runs with more
//! authority than the sandbox whose code made it.
//!
//! - Functions and classes are stamped with the authority of the frame that
//!   made them (`Function::authority`, `Class::authority`); each frame
//!   carries its function's, generators keep theirs.
//! - When a grant is used (a file opened, listed or removed, a module
//!   imported for the first time, stdin read, a sandbox started, a host
//!   service called), the VM intersects its sandbox's grants with those of
//!   every other authority on its stack (`effective_grants`, vm/sandbox.rs):
//!   stack inspection, as in Java's AccessController without
//!   `doPrivileged`. Nothing is computed on the call path: a frame push
//!   stores one integer.
//! - What pushes no frame of its own (a native, a bound method, another
//!   sandbox's function) stored in another sandbox's class would run with
//!   only the running sandbox's authority when the VM calls it implicitly
//!   (`hash(x)` finding `__hash__ = os.remove`). So a value found on a
//!   class of another authority comes back wrapped (`guard_foreign`): a
//!   [`Foreign`] callable that runs its target with the class's authority
//!   pushed on `authority_extra`, and descriptors (property, staticmethod,
//!   classmethod) whose accessors are wrapped the same way.
//!
//! Invariant: `authority_extra` only grows around one Rust-level call
//! (`with_authority`), so it is empty whenever the dispatch loop of the
//! sandbox's outermost frame runs.

use std::cell::RefCell;

use crate::object::host::{Busy, Host, HostObject, HostType};
use crate::object::{Authority, NO_AUTHORITY, ObjRef, Payload, PyResult, Value, class_of};

use super::Vm;

/// A callable found on a class of another authority: calling it runs the
/// target with that authority on the stack.
pub struct Foreign {
    target: RefCell<Value>,
    authority: Authority,
}

/// The type of [`Foreign`] callables.
pub static FOREIGN_TYPE: HostType = HostType::new("foreign_method");

impl HostObject for Foreign {
    fn host_type(&self) -> &'static HostType {
        &FOREIGN_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        format!(
            "<method of a class of another sandbox (authority {})>",
            self.authority
        )
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        let t = self.target.try_borrow().map_err(|_| Busy)?;
        if let Value::Obj(o) = &*t {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut t) = self.target.try_borrow_mut() {
            *t = Value::None;
        }
    }
}

/// The class of [`Foreign`] callables (a room of the type registry).
pub fn foreign_class(object: &ObjRef) -> ObjRef {
    crate::types::registry::builtin_class("foreign_method", object)
}

/// The target and authority of a [`Foreign`] callable.
pub(crate) fn foreign_parts(v: &Value) -> Option<(Value, Authority)> {
    let Some(Payload::Host(h)) = v.payload() else {
        return None;
    };
    let f = h.downcast::<Foreign>()?;
    let t = f.target.borrow().clone();
    Some((t, f.authority))
}

/// Whether `v` is a native function, seen through a [`Foreign`] wrapper.
pub(crate) fn is_native(v: &Value) -> bool {
    match v.payload() {
        Some(Payload::Native(_)) => true,
        Some(Payload::Host(_)) => foreign_parts(v).is_some_and(|(t, _)| is_native(&t)),
        _ => false,
    }
}

fn wrap(v: &Value, authority: Authority) -> Value {
    Value::Obj(ObjRef::new(Payload::Host(Host::local(Foreign {
        target: RefCell::new(v.clone()),
        authority,
    }))))
}

impl Vm {
    /// Whether `a` is an authority other than this sandbox's own (and not
    /// the interpreter's).
    #[inline(always)]
    pub(crate) fn is_foreign(&self, a: Authority) -> bool {
        a != NO_AUTHORITY && a != self.authority
    }

    /// The authority of the class at MRO position `pos` of `cls` (0: `cls`).
    pub(crate) fn holder_authority(cls: &ObjRef, pos: usize) -> Authority {
        let Some(c) = class_of(cls) else {
            return NO_AUTHORITY;
        };
        let holder = if pos == 0 {
            Some(cls)
        } else {
            c.mro.get(pos - 1)
        };
        holder
            .and_then(class_of)
            .map_or(NO_AUTHORITY, |h| h.authority)
    }

    /// A value found on a class of authority `a` (another sandbox's), as
    /// the lookup hands it out: what would run without a frame of `a` is
    /// wrapped to run with `a` on the stack; data and `a`'s own functions
    /// are returned as they are.
    pub(crate) fn guard_foreign(&self, v: Value, a: Authority) -> Value {
        let Value::Obj(o) = &v else {
            return v;
        };
        match o.payload() {
            Payload::Function(f) if f.authority == a => v,
            Payload::Function(_) | Payload::Native(_) | Payload::BoundMethod(_) => wrap(&v, a),
            Payload::StaticMethod(inner) => match self.guard_changed(inner, a) {
                Some(g) => Value::Obj(ObjRef::new(Payload::StaticMethod(g))),
                None => v,
            },
            Payload::ClassMethod(inner) => match self.guard_changed(inner, a) {
                Some(g) => Value::Obj(ObjRef::new(Payload::ClassMethod(g))),
                None => v,
            },
            Payload::Property(p) => {
                let parts: Vec<Option<Value>> =
                    p[..3].iter().map(|x| self.guard_changed(x, a)).collect();
                if parts.iter().all(Option::is_none) {
                    return v;
                }
                let mut out = [p[0].clone(), p[1].clone(), p[2].clone(), p[3].clone()];
                for (slot, g) in out.iter_mut().zip(parts) {
                    if let Some(g) = g {
                        *slot = g;
                    }
                }
                Value::Obj(ObjRef::new(Payload::Property(Box::new(out))))
            }
            _ => v,
        }
    }

    /// `guard_foreign(v, a)` when it wraps something; None when `v` needs
    /// nothing.
    fn guard_changed(&self, v: &Value, a: Authority) -> Option<Value> {
        let g = self.guard_foreign(v.clone(), a);
        match (&g, v) {
            (Value::Obj(x), Value::Obj(y)) if x.is(y) => None,
            (Value::Obj(_), Value::Obj(_)) => Some(g),
            _ => None,
        }
    }

    /// Run `f` with authority `a` on the stack (read by `effective_grants`)
    /// though it pushes no frame of `a`.
    pub(crate) fn with_authority<T>(
        &mut self,
        a: Authority,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        let depth = self.frames.len();
        self.authority_extra.push((a, depth));
        let r = f(self);
        self.authority_extra.pop();
        r
    }

    /// Call a [`Foreign`] callable's target with its authority.
    pub(crate) fn call_foreign(
        &mut self,
        target: Value,
        a: Authority,
        args: &[Value],
        kw: &[(ObjRef, Value)],
    ) -> PyResult<Value> {
        self.with_authority(a, |vm| vm.call_kw(&target, args, kw))
    }

    /// Bind a [`Foreign`] value found on a class (the descriptor protocol of
    /// its target), keeping its authority on what the binding makes.
    pub(crate) fn bind_foreign(
        &mut self,
        target: Value,
        a: Authority,
        obj: &Value,
        cls: &ObjRef,
    ) -> PyResult<Value> {
        let r = self.with_authority(a, |vm| vm.bind_class_attr(target, obj, cls))?;
        Ok(self.guard_foreign(r, a))
    }

    /// The authorities on this sandbox's stack other than its own: the
    /// frames' and `authority_extra`'s (each once).
    pub(crate) fn foreign_authorities(&self) -> smallvec::SmallVec<[Authority; 4]> {
        let mut out = smallvec::SmallVec::new();
        let extra = self.authority_extra.iter().map(|(a, _)| *a);
        for a in self.frames.iter().map(|f| f.authority).chain(extra) {
            if self.is_foreign(a) && !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// The authority of the code running now (what `type()` stamps on a
    /// class it makes): a native's pushed authority, else the top frame's.
    pub(crate) fn current_authority(&self) -> Authority {
        match self.authority_extra.last() {
            Some((a, d)) if *d == self.frames.len() => *a,
            _ => self.frames.last().map_or(self.authority, |f| f.authority),
        }
    }
}
