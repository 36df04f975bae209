//! The builtin types, exception classes and singletons: built once per
//! process, frozen in place and shared by every sandbox (as CPython 3.12 does
//! with its static types under PEP 684/683).
//!
//! They are frozen *static* objects: `FLAG_STATIC` keeps them out of the
//! shared-heap registry, so they are never collected. Their namespaces are
//! frozen `PyCell`s, so method lookups from many threads never write to them.
//!
//! Under `rc-plain` every INCREF writes the count, so a shared object would be
//! a data race: that build keeps one set of builtins per thread instead (and
//! refuses to start sandboxes on other threads).

use std::cell::OnceCell;
use std::collections::HashMap;

use crate::object::{ObjRef, Payload, PyStr};
use crate::types::registry::{ExcTypes, Types};
use crate::vm::{NameHasher, Singletons};

/// Everything built once and shared by all sandboxes.
pub struct Builtins {
    pub types: Types,
    pub exc: ExcTypes,
    pub singletons: Singletons,
    /// The full builtins namespace (a frozen dict): each sandbox granted the
    /// builtins starts from a private copy of it, so spawning builds no
    /// function objects and no sandbox can write another's builtins.
    /// Set once by `build`, before the builtins are published.
    namespace: OnceCell<ObjRef>,
    /// Names interned while building (every builtin name, method and
    /// attribute name of the builtin types) and the one-character ASCII
    /// strings, as frozen static strs. Set once by `build`.
    names: OnceCell<StaticNames>,
}

/// The interned strings every sandbox shares.
pub struct StaticNames {
    pub map: HashMap<Box<str>, ObjRef, std::hash::BuildHasherDefault<NameHasher>>,
    pub ascii: Vec<ObjRef>,
}

impl Builtins {
    /// The template builtins namespace (None only while building it).
    pub fn namespace(&self) -> Option<&ObjRef> {
        self.namespace.get()
    }

    /// The shared interned names (None only while building them).
    pub fn names(&self) -> Option<&StaticNames> {
        self.names.get()
    }
}

impl Builtins {
    fn roots(&self) -> Vec<ObjRef> {
        let t = &self.types;
        let mut v = vec![
            t.object.clone(),
            t.type_.clone(),
            t.none_type.clone(),
            t.bool_.clone(),
            t.int.clone(),
            t.float.clone(),
            t.str_.clone(),
            t.bytes.clone(),
            t.tuple.clone(),
            t.list.clone(),
            t.dict.clone(),
            t.set.clone(),
            t.frozenset.clone(),
            t.range.clone(),
            t.slice.clone(),
            t.function.clone(),
            t.builtin_function.clone(),
            t.method.clone(),
            t.module.clone(),
            t.code.clone(),
            t.cell.clone(),
            t.generator.clone(),
            t.coroutine.clone(),
            t.async_generator.clone(),
            t.property.clone(),
            t.staticmethod.clone(),
            t.classmethod.clone(),
            t.super_.clone(),
            t.dict_keys.clone(),
            t.dict_values.clone(),
            t.dict_items.clone(),
            t.not_implemented_type.clone(),
            t.ellipsis_type.clone(),
            t.traceback.clone(),
            self.exc.sandbox_error.clone(),
            self.exc.remote_traceback.clone(),
            self.exc.proxy_closed.clone(),
            self.exc.queue_empty.clone(),
            self.exc.queue_full.clone(),
            self.exc.queue_closed.clone(),
            t.object_new.clone(),
            t.object_init.clone(),
            t.object_setattr.clone(),
            t.object_delattr.clone(),
            self.singletons.not_implemented.clone(),
            self.singletons.ellipsis.clone(),
            self.singletons.empty_tuple.clone(),
        ];
        v.extend(t.iter_types.values().cloned());
        v.extend(t.host.iter().cloned());
        v.extend(self.exc.all.iter().map(|(_, c)| c.clone()));
        v
    }
}

/// A `Builtins` that may be shared between threads.
#[cfg(not(feature = "rc-plain"))]
struct SharedBuiltins(&'static Builtins);

// SAFETY: every object reachable from the builtins was frozen by `seal` before
// the reference was published (through the OnceLock, which orders the
// publication): frozen objects are never written again, their cells hand out
// shared borrows without writing their flag, and their refcount words are
// left alone by INCREF/DECREF (rc-magic) or updated atomically (rc-atomic)
// (docs/soundness.md, "The freeze invariant" and "Why frozen handles are
// Send and Sync").
#[cfg(not(feature = "rc-plain"))]
unsafe impl Sync for SharedBuiltins {}
// SAFETY: as for Sync: the value is only a reference to frozen objects.
#[cfg(not(feature = "rc-plain"))]
unsafe impl Send for SharedBuiltins {}

/// The builtins shared by every sandbox (built on first use).
#[cfg(not(feature = "rc-plain"))]
pub fn builtins() -> &'static Builtins {
    static SHARED: std::sync::OnceLock<SharedBuiltins> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| SharedBuiltins(build())).0
}

/// The builtins of this thread (rc-plain: one set per thread, see above).
#[cfg(feature = "rc-plain")]
pub fn builtins() -> &'static Builtins {
    thread_local! {
        static MINE: std::cell::OnceCell<&'static Builtins> = const { std::cell::OnceCell::new() };
    }
    MINE.with(|m| *m.get_or_init(build))
}

fn build() -> &'static Builtins {
    let (types, exc) = crate::types::registry::bootstrap();
    let singletons = Singletons {
        not_implemented: ObjRef::new(Payload::NotImplemented),
        ellipsis: ObjRef::new(Payload::Ellipsis),
        empty_tuple: ObjRef::new(Payload::Tuple(Box::new([]))),
    };
    let b: &'static Builtins = Box::leak(Box::new(Builtins {
        types,
        exc,
        singletons,
        namespace: OnceCell::new(),
        names: OnceCell::new(),
    }));
    // The methods are installed by the types' `register` functions, which
    // take a VM: a bare one, dropped once they ran and the builtins
    // namespace is filled. Its interned names become the shared ones.
    let mut vm = crate::vm::Vm::bare(b, 1 << 20);
    // What it makes is the interpreter's own: it narrows no one's grants.
    vm.authority = crate::object::NO_AUTHORITY;
    crate::types::register_all(&mut vm);
    crate::builtins::install(&mut vm);
    let namespace = vm.builtins.clone();
    let map = vm.take_interned();
    drop(vm);
    let ascii: Vec<ObjRef> = (0u8..128)
        .map(|c| ObjRef::new(Payload::Str(PyStr::new((c as char).to_string().into()))))
        .collect();
    let mut roots = b.roots();
    roots.push(namespace.clone());
    roots.extend(map.values().cloned());
    roots.extend(ascii.iter().cloned());
    seal(&roots);
    if b.namespace.set(namespace).is_err() || b.names.set(StaticNames { map, ascii }).is_err() {
        unreachable!("the builtins are built once");
    }
    b
}

/// Freeze in place, as static objects, everything reachable from `roots`.
/// The objects are still private to this thread.
fn seal(roots: &[ObjRef]) {
    let mut seen = std::collections::HashSet::new();
    let mut todo: Vec<ObjRef> = roots.to_vec();
    let mut all = Vec::new();
    while let Some(o) = todo.pop() {
        if !seen.insert(o.addr()) {
            continue;
        }
        let traced = crate::heap::trace::for_each_ref(o.payload(), &mut |c| {
            if !seen.contains(&c.addr()) {
                todo.push(c.clone());
            }
        });
        if traced.is_err() {
            panic!("internal error: a builtin object was borrowed while sealing");
        }
        all.push(o);
    }
    crate::freeze::seal(&all, true);
}
