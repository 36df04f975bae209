//! Weak references: the object behind `weakref.ref` and the proxies, and
//! the thread's weak table that finds them when their referent dies.
//!
//! Mechanism (docs/architecture.md, "Weak references"):
//! - A weak reference to a local object holds its address, uncounted. The
//!   thread's weak table maps that address to the weak-reference objects
//!   that point there, in CPython's list order (the plain `ref` without a
//!   callback first, then the plain proxy, then the rest, newest first).
//! - The referent's header carries `FLAG_HAS_WEAKREFS` while the table
//!   lists it, and each listed weak-reference object carries
//!   `FLAG_IS_WEAKREF`: refcount.rs's free path tests those two bits and
//!   calls [`on_free`] only when one is set, so objects without weak
//!   references pay one bit test and no table lookup.
//! - When the referent is freed (its count reached zero, or the local cycle
//!   collector found it unreachable: [`clear_for_collector`]), every weak
//!   reference to it is cleared first, then the callbacks are queued with
//!   the finalizers (refcount.rs, `Finalizable::WeakCallback`): Python code
//!   never runs inside a free. A callback gets the cleared reference, so it
//!   cannot resurrect the referent.
//! - When a weak reference is freed first, it leaves the table (and its
//!   callback is never called), so the table never lists freed memory.
//! - A weak reference to a frozen object holds it counted: frozen objects
//!   are immortal and freed only by the shared collector, which must see
//!   the reference as a root, so such a reference never dies.
//! - Weak references are local host objects: the freezer refuses them
//!   (`cannot freeze 'weakref.ReferenceType' object`).
//!
//! Invariant: a table entry `referent -> [w...]` exists exactly when the
//! referent is a live local object of this thread with FLAG_HAS_WEAKREFS,
//! each `w` is a live object of this thread with FLAG_IS_WEAKREF whose
//! [`WeakRef`] targets that referent. Entries are added and removed only
//! here, on the owning thread.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use super::header::{FLAG_HAS_WEAKREFS, FLAG_IS_WEAKREF};
use super::host::{Busy, HostObject, HostType};
use super::refcount::queue_weak_callback;
use super::{ObjRef, Payload, PyObject, Value};

/// `weakref.ReferenceType` (`weakref.ref`).
pub static REF_TYPE: HostType = HostType::with_class_protocols("weakref.ReferenceType");
/// The native base of `weakref.ProxyType` and `weakref.CallableProxyType`
/// (whose methods are Python, src/stdlib/weakref.py).
pub static PROXY_BASE_TYPE: HostType = HostType::with_class_protocols("weakref.ProxyType");

thread_local! {
    /// Referent address -> the weak-reference objects that point at it.
    static TABLE: RefCell<HashMap<usize, Vec<NonNull<PyObject>>>> =
        RefCell::new(HashMap::new());
}

/// The state of one weak reference (a `ref`, a subclass's base value, or a
/// proxy's base value).
pub struct WeakRef {
    /// The local referent while it lives (uncounted); None once cleared.
    target: Cell<Option<NonNull<PyObject>>>,
    /// A frozen referent: counted, never cleared.
    frozen: Option<ObjRef>,
    /// The callback, until it is taken to be called (or the reference is
    /// cleared by the collector).
    callback: RefCell<Value>,
    /// The referent's hash, once asked while it lived.
    hash: Cell<Option<i64>>,
    /// A proxy's state (its type is the proxy base).
    proxy: bool,
}

impl HostObject for WeakRef {
    fn host_type(&self) -> &'static HostType {
        if self.proxy {
            &PROXY_BASE_TYPE
        } else {
            &REF_TYPE
        }
    }

    fn holds_references(&self) -> bool {
        true
    }

    fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> Result<(), Busy> {
        if let Some(o) = &self.frozen {
            f(o);
        }
        let cb = self.callback.try_borrow().map_err(|_| Busy)?;
        if let Value::Obj(o) = &*cb {
            f(o);
        }
        Ok(())
    }

    fn clear(&self) {
        if let Ok(mut cb) = self.callback.try_borrow_mut() {
            let old = std::mem::replace(&mut *cb, Value::None);
            drop(cb);
            drop(old);
        }
    }
}

impl WeakRef {
    /// A weak reference to `referent`, not yet listed: the caller wraps it
    /// in its object (a `ref`, or an instance of a subclass) and calls
    /// [`register`] with that object.
    pub fn new(referent: &ObjRef, callback: Value, proxy: bool) -> WeakRef {
        let (target, frozen) = if referent.is_frozen() {
            (None, Some(referent.clone()))
        } else {
            (Some(referent.as_raw()), None)
        };
        WeakRef {
            target: Cell::new(target),
            frozen,
            callback: RefCell::new(callback),
            hash: Cell::new(None),
            proxy,
        }
    }

    /// The referent, or None once it died.
    pub fn get(&self) -> Option<ObjRef> {
        if let Some(o) = &self.frozen {
            return Some(o.clone());
        }
        let p = self.target.get()?;
        // SAFETY: `target` is set only while the referent is live: its free
        // (on_free) and the collector (clear_for_collector) clear it first.
        unsafe { ObjRef::from_live_raw(p) }
    }

    /// The callback (None when there is none, or it was taken).
    pub fn callback(&self) -> Value {
        self.callback
            .try_borrow()
            .map_or(Value::None, |c| c.clone())
    }

    /// Whether this is a proxy's state.
    pub fn is_proxy(&self) -> bool {
        self.proxy
    }

    /// The cached hash of the referent.
    pub fn cached_hash(&self) -> Option<i64> {
        self.hash.get()
    }

    /// Remember the referent's hash.
    pub fn set_hash(&self, h: i64) {
        self.hash.set(Some(h));
    }

    /// Forget the referent (it is being freed) and hand back the callback.
    fn kill(&self) -> Value {
        self.target.set(None);
        self.callback
            .try_borrow_mut()
            .map_or(Value::None, |mut c| std::mem::replace(&mut *c, Value::None))
    }
}

/// The weak-reference state of an object: a `ref` or proxy base itself, or
/// an instance of a subclass of one (whose base value it is).
pub fn state_of(o: &PyObject) -> Option<&WeakRef> {
    match &o.payload {
        Payload::Host(h) => h.downcast::<WeakRef>(),
        Payload::Instance(i) => match i.base() {
            Some(Value::Obj(b)) => b.payload().host::<WeakRef>(),
            _ => None,
        },
        _ => None,
    }
}

/// Whether `w` is a "basic" reference, one that `ref(x)` or `proxy(x)`
/// without a callback gives back again: a plain `ref` (not a subclass), or
/// a proxy, with no callback.
fn is_basic(w: &PyObject, proxy: bool) -> bool {
    let Some(s) = state_of(w) else {
        return false;
    };
    s.proxy == proxy
        && s.callback.try_borrow().is_ok_and(|c| c.is_none())
        && (proxy || matches!(w.payload, Payload::Host(_)))
}

/// List the weak-reference object `outer` (whose state targets a local
/// referent) in the table. A plain `ref` without a callback goes first, a
/// proxy without one after it, any other reference after those.
pub fn register(outer: &ObjRef) {
    let Some(state) = state_of(outer.obj()) else {
        return;
    };
    let Some(target) = state.target.get() else {
        return;
    };
    let o = outer.obj();
    let basic_ref = is_basic(o, false);
    let basic_proxy = is_basic(o, true);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(target.as_ptr() as usize).or_default();
        // SAFETY: listed objects are live (the module invariant).
        let lead = |i: usize, proxy: bool| is_basic(unsafe { list[i].as_ref() }, proxy);
        let at = if basic_ref {
            0
        } else {
            let mut i = 0;
            if i < list.len() && lead(i, false) {
                i += 1;
            }
            if !basic_proxy && i < list.len() && lead(i, true) {
                i += 1;
            }
            i
        };
        list.insert(at, outer.as_raw());
    });
    let h = &o.header;
    h.flags.set(h.flags.get() | FLAG_IS_WEAKREF);
    // SAFETY: the referent is live (`target` is set) and of this thread.
    let rh = unsafe { &target.as_ref().header };
    rh.flags.set(rh.flags.get() | FLAG_HAS_WEAKREFS);
}

/// The weak references to `referent` (live local ones, in list order).
fn listed(referent: &ObjRef) -> Vec<ObjRef> {
    if referent.obj().header.flags.get() & FLAG_HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let ptrs: Vec<NonNull<PyObject>> = TABLE.with(|t| {
        t.borrow()
            .get(&referent.addr())
            .cloned()
            .unwrap_or_default()
    });
    ptrs.into_iter()
        // SAFETY: listed objects are live (the module invariant).
        .filter_map(|p| unsafe { ObjRef::from_live_raw(p) })
        .collect()
}

/// `weakref.getweakrefs(x)`.
pub fn refs_to(referent: &ObjRef) -> Vec<ObjRef> {
    listed(referent)
}

/// `weakref.getweakrefcount(x)`.
pub fn count_to(referent: &ObjRef) -> usize {
    listed(referent).len()
}

/// The basic reference (see `is_basic`) to `referent`, if one exists, for
/// `ref(x)` and `proxy(x)` to give back.
pub fn basic_to(referent: &ObjRef, proxy: bool) -> Option<ObjRef> {
    listed(referent)
        .into_iter()
        .find(|w| is_basic(w.obj(), proxy))
}

/// Called by refcount.rs's free path for an object with either weak flag,
/// before its memory is released: a weak reference leaves the table; a
/// referent's weak references are cleared and their callbacks queued.
pub(super) fn on_free(obj: &PyObject) {
    let h = &obj.header;
    let flags = h.flags.get();
    if flags & FLAG_IS_WEAKREF != 0 {
        h.flags.set(h.flags.get() & !FLAG_IS_WEAKREF);
        if let Some(s) = state_of(obj)
            && let Some(target) = s.target.get()
        {
            s.target.set(None);
            unlist(target, obj);
        }
    }
    if flags & FLAG_HAS_WEAKREFS != 0 {
        h.flags.set(h.flags.get() & !FLAG_HAS_WEAKREFS);
        let addr = obj as *const PyObject as usize;
        let list = TABLE
            .try_with(|t| t.borrow_mut().remove(&addr))
            .ok()
            .flatten()
            .unwrap_or_default();
        kill_all(list, &|_| false);
    }
}

/// Take the weak reference `w` out of `target`'s list (and the referent's
/// flag with its last one).
fn unlist(target: NonNull<PyObject>, w: &PyObject) {
    let key = target.as_ptr() as usize;
    let me = w as *const PyObject;
    let emptied = TABLE
        .try_with(|t| {
            let mut t = t.borrow_mut();
            let Some(list) = t.get_mut(&key) else {
                return false;
            };
            list.retain(|p| !std::ptr::eq(p.as_ptr(), me));
            let empty = list.is_empty();
            if empty {
                t.remove(&key);
            }
            empty
        })
        .unwrap_or(false);
    if emptied {
        // SAFETY: the referent is live: its list was still in the table.
        let rh = unsafe { &target.as_ref().header };
        rh.flags.set(rh.flags.get() & !FLAG_HAS_WEAKREFS);
    }
}

/// Clear every weak reference of a dying referent, then queue the
/// callbacks of those that are alive and not `doomed` (in list order).
fn kill_all(list: Vec<NonNull<PyObject>>, doomed: &dyn Fn(&PyObject) -> bool) {
    let mut calls = Vec::new();
    for p in &list {
        // SAFETY: listed objects are live (the module invariant).
        let w = unsafe { p.as_ref() };
        w.header.flags.set(w.header.flags.get() & !FLAG_IS_WEAKREF);
        let Some(s) = state_of(w) else { continue };
        if doomed(w) {
            s.target.set(None);
            continue;
        }
        let cb = s.kill();
        if cb.is_none() {
            continue;
        }
        // SAFETY: as above; None if its own count already reached zero (it
        // is being freed too: then its callback is not called).
        match unsafe { ObjRef::from_live_raw(*p) } {
            Some(wr) => calls.push((wr, cb)),
            None => drop(cb),
        }
    }
    for (wr, cb) in calls {
        queue_weak_callback(wr, cb);
    }
}

/// The local cycle collector found `obj` unreachable: clear its weak
/// references before any garbage is emptied (as CPython does), queueing
/// the callbacks of the references that are not garbage themselves
/// (`is_garbage`).
pub(crate) fn clear_for_collector(obj: &ObjRef, is_garbage: &dyn Fn(&PyObject) -> bool) {
    let h = &obj.obj().header;
    if h.flags.get() & FLAG_HAS_WEAKREFS == 0 {
        return;
    }
    h.flags.set(h.flags.get() & !FLAG_HAS_WEAKREFS);
    let addr = obj.addr();
    let list = TABLE
        .try_with(|t| t.borrow_mut().remove(&addr))
        .ok()
        .flatten()
        .unwrap_or_default();
    kill_all(list, is_garbage);
}

/// For audits: every table entry's referent carries FLAG_HAS_WEAKREFS and
/// every listed reference carries FLAG_IS_WEAKREF and targets it.
pub fn check_table() -> Result<usize, String> {
    TABLE.with(|t| {
        let t = t.borrow();
        let mut n = 0;
        for (&addr, list) in t.iter() {
            // SAFETY: the module invariant: listed referents are live.
            let r = unsafe { &*(addr as *const PyObject) };
            if r.header.flags.get() & FLAG_HAS_WEAKREFS == 0 || list.is_empty() {
                return Err("a weak-table referent lacks its flag, or has no references".into());
            }
            for p in list {
                // SAFETY: as above.
                let w = unsafe { p.as_ref() };
                let ok = w.header.flags.get() & FLAG_IS_WEAKREF != 0
                    && state_of(w)
                        .is_some_and(|s| s.target.get().map(|t| t.as_ptr() as usize) == Some(addr));
                if !ok {
                    return Err("a listed weak reference does not target its referent".into());
                }
                n += 1;
            }
        }
        Ok(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::object::host::Host;

    fn weak(target: &ObjRef) -> ObjRef {
        let w = ObjRef::new(Payload::Host(Host::local(WeakRef::new(
            target,
            Value::None,
            false,
        ))));
        register(&w);
        w
    }

    /// Freeing the referent clears its references and the table; freeing a
    /// reference first takes it out; the audit's check holds throughout.
    #[test]
    fn references_are_cleared_with_their_referent() {
        std::thread::spawn(|| {
            let a = Value::list(Vec::new());
            let Value::Obj(ao) = &a else { unreachable!() };
            let (w1, w2) = (weak(ao), weak(ao));
            assert_eq!(count_to(ao), 2);
            assert_eq!(check_table(), Ok(2));
            fn st(w: &ObjRef) -> &WeakRef {
                state_of(w.obj()).expect("a weak reference")
            }
            assert!(st(&w1).get().is_some_and(|o| o.is(ao)));
            drop(w2);
            assert_eq!(count_to(ao), 1);
            assert_eq!(check_table(), Ok(1));
            drop(a);
            assert!(st(&w1).get().is_none());
            assert_eq!(check_table(), Ok(0));
            assert_eq!(w1.obj().header.flags.get() & FLAG_IS_WEAKREF, 0);
        })
        .join()
        .expect("the weak table test thread");
    }
}
