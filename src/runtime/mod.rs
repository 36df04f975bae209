//! The runtime: the shared heap, its collector, the registry of sandboxes,
//! and everything sandboxes share (queues, handles, frozen values).
//!
//! A *sandbox* is one interpreter (`Vm`) on its own thread. It shares nothing
//! with other sandboxes but frozen objects (docs/design.md rule 2), which cross
//! thread boundaries only as `Frozen` handles (queue items, spawn arguments,
//! results) or inside other frozen objects.
//!
//! Each sandbox keeps a *root set* (`roots.rs`): the frozen objects it may
//! still reach. The collector reads every sandbox's root set while they are
//! all stopped at safepoints (`safepoint.rs`), plus the pin table of the
//! shared heap (values in flight), and frees the frozen objects nothing
//! reaches.

pub mod api;
pub mod authority;
pub mod data;
pub mod frozen;
pub mod grants;
pub mod handle;
pub mod limits;
pub mod output;
pub mod pool;
pub mod queue;
pub mod roots;
pub mod safepoint;
pub mod spawn;
pub mod spin;
pub mod statics;
pub mod watchdog;

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

use parking_lot::Mutex;

use crate::heap::shared::SharedHeap;
use safepoint::Safepoints;

pub use api::{PutError, Queue, Runtime, SandboxBuilder};
pub use data::{Data, NotData};
pub use frozen::Frozen;
pub use grants::Grants;
pub use handle::{Failure, FailureKind, SandboxHandle};
pub use limits::{Limits, Resource, Usage};
pub use queue::QueueError;

/// What one runtime owns; shared (`Arc`) by its sandboxes, queues and handles.
pub struct RuntimeInner {
    pub(crate) heap: SharedHeap,
    pub(crate) safepoints: Safepoints,
    sandboxes: Mutex<HashMap<u64, Arc<SandboxShared>>>,
    next_id: AtomicU64,
    /// Host services by module name (`Runtime::serve`).
    pub(crate) services: Mutex<HashMap<String, crate::proxy::ProxyRef>>,
    /// The file controller, started on first use (`files()`).
    files: Mutex<Option<crate::proxy::service::ServiceRef>>,
    /// The shared standard-library modules built so far, by full name
    /// (modules/shared.rs): each built once per runtime, frozen, and
    /// handed to every sandbox that imports it. Declared after `heap`, so
    /// it is dropped after the objects it names are freed (it only names
    /// them).
    stdlib: Mutex<HashMap<String, frozen::Pinned>>,
}

impl RuntimeInner {
    pub(crate) fn new() -> Arc<RuntimeInner> {
        crate::heap::alloc::tune_system_allocator();
        Arc::new(RuntimeInner {
            heap: SharedHeap::new(),
            safepoints: Safepoints::new(),
            sandboxes: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            services: Mutex::new(HashMap::new()),
            files: Mutex::new(None),
            stdlib: Mutex::new(HashMap::new()),
        })
    }

    /// Every sandbox's root set, for the collector.
    fn all_roots(&self) -> Vec<usize> {
        let list: Vec<Arc<SandboxShared>> = self.sandboxes.lock().values().cloned().collect();
        let mut out = Vec::new();
        for s in list {
            out.extend(s.roots.lock().addresses());
        }
        out
    }

    /// Stop every sandbox and collect the shared heap. The caller must not
    /// be a running sandbox (a sandbox enters a safe region first).
    pub(crate) fn collect_stopped(&self) -> usize {
        self.safepoints
            .stop_the_world(|| self.heap.collect_stopped(self.all_roots()))
    }

    /// The host service served under `name`, if any.
    pub(crate) fn service(&self, name: &str) -> Option<crate::proxy::ProxyRef> {
        self.services.lock().get(name).cloned()
    }

    /// The shared standard-library module `name`, when it has been built.
    pub(crate) fn stdlib_module(&self, name: &str) -> Option<frozen::Pinned> {
        self.stdlib.lock().get(name).copied()
    }

    /// The shared modules whose name is `name` or starts with `name.`
    /// (a package and its submodules), by full name.
    pub(crate) fn stdlib_family(&self, name: &str) -> Vec<(String, frozen::Pinned)> {
        let dotted = format!("{name}.");
        self.stdlib
            .lock()
            .iter()
            .filter(|(k, _)| *k == name || k.starts_with(&dotted))
            .map(|(k, v)| (k.clone(), *v))
            .collect()
    }

    /// Record a built shared module (the first one built under a name
    /// stays: two sandboxes that raced to build it get the same object).
    pub(crate) fn add_stdlib_module(&self, name: &str, f: Frozen) {
        let mut t = self.stdlib.lock();
        if !t.contains_key(name) {
            // The runtime's bookkeeping, counted on no sandbox's side (it
            // outlives the sandbox that happens to record it).
            let p = f.into_pinned();
            crate::heap::alloc::uncounted(|| t.insert(name.to_string(), p));
        }
    }

    /// The file controller of this runtime (started on first use).
    pub(crate) fn files(&self) -> Result<crate::proxy::service::ServiceRef, String> {
        let mut f = self.files.lock();
        if let Some(s) = &*f {
            return Ok(s.clone());
        }
        let s = crate::proxy::service::start(
            "files",
            Box::new(crate::files::controller::FileController::default()),
        )?;
        *f = Some(s.clone());
        Ok(s)
    }

    /// Number of sandboxes alive.
    pub(crate) fn sandbox_count(&self) -> usize {
        self.sandboxes.lock().len()
    }
}

/// The part of a sandbox that other threads see.
pub struct SandboxShared {
    pub id: u64,
    pub(crate) roots: Mutex<roots::RootSet>,
    /// Set by `cancel()`: the sandbox stops at its next safepoint.
    pub(crate) cancelled: AtomicBool,
    /// Dropped by `cancel()`, which wakes the sandbox if it is blocked.
    cancel_tx: Mutex<Option<crossbeam_channel::Sender<()>>>,
    pub(crate) cancel_rx: crossbeam_channel::Receiver<()>,
    /// Sandboxes this one started, cancelled with it.
    children: Mutex<Vec<std::sync::Weak<SandboxShared>>>,
    /// Its caps and usage, shared with its host and parent.
    pub meter: limits::Meter,
    /// What it was granted (the file controller and host services read it).
    pub(crate) grants: Arc<Grants>,
    /// The sandbox that started it (None: started by a host): its caps
    /// bound this one's usage too.
    parent: Option<Arc<SandboxShared>>,
    /// Its authority id (authority.rs): the stamp on the functions and
    /// classes its code makes.
    pub authority: crate::object::Authority,
}

impl SandboxShared {
    fn new(id: u64, grants: Arc<Grants>, parent: Option<Arc<SandboxShared>>) -> SandboxShared {
        let (tx, rx) = crossbeam_channel::bounded(0);
        let account =
            crate::heap::account::Account::new(parent.as_ref().map(|p| p.meter.account.clone()));
        SandboxShared {
            id,
            roots: Mutex::new(roots::RootSet::default()),
            cancelled: AtomicBool::new(false),
            cancel_tx: Mutex::new(Some(tx)),
            cancel_rx: rx,
            children: Mutex::new(Vec::new()),
            meter: limits::Meter::new(&grants.limits, account),
            authority: authority::register(grants.clone()),
            grants,
            parent,
        }
    }

    /// This sandbox, then each sandbox above it up to the one a host started.
    pub(crate) fn lineage(&self) -> impl Iterator<Item = &SandboxShared> {
        std::iter::successors(Some(self), |s| s.parent.as_deref())
    }

    /// Publish this sandbox's own figure for `r`, moving the tree figures
    /// of its lineage by the change.
    pub(crate) fn publish(&self, r: Resource, v: u64) {
        let d = self.meter.publish(r, v);
        if d != 0 {
            self.lineage().for_each(|s| s.meter.add_tree(r, d));
        }
    }

    /// Add `v` to this sandbox's own figure for `r` and to its lineage's
    /// tree figures; returns the new own figure.
    pub(crate) fn add(&self, r: Resource, v: u64) -> u64 {
        let n = self.meter.add(r, v);
        self.lineage().for_each(|s| s.meter.add_tree(r, v as i64));
        n
    }

    /// The nearest sandbox of the lineage that is over a cap, with the
    /// resource and the message.
    pub(crate) fn over_in_lineage(&self) -> Option<(&SandboxShared, Resource, String)> {
        self.lineage()
            .find_map(|s| s.meter.over().map(|(r, why)| (s, r, why)))
    }

    /// Whether `n` more of `r` fit under the caps of the whole lineage;
    /// the first cap they would pass otherwise, with its figures.
    pub(crate) fn room_for(&self, r: Resource, n: u64) -> Result<(), (u64, u64)> {
        for s in self.lineage() {
            if let Some(cap) = s.meter.cap(r) {
                let used = s.meter.tree_used(r);
                if used.saturating_add(n) > cap {
                    return Err((cap, used));
                }
            }
        }
        Ok(())
    }

    /// Ask the sandbox to stop (at its next safepoint, or at once if
    /// blocked), and every sandbox it started, and theirs (iteratively: a
    /// chain of a million descendants cannot overflow the stack).
    pub(crate) fn cancel(&self) {
        let mut todo = self.cancel_one();
        while let Some(w) = todo.pop() {
            if let Some(c) = w.upgrade() {
                todo.extend(c.cancel_one());
            }
        }
    }

    /// Cancel this sandbox alone; returns its children.
    fn cancel_one(&self) -> Vec<std::sync::Weak<SandboxShared>> {
        self.cancelled.store(true, Ordering::Release);
        self.meter.account.trip();
        self.cancel_tx.lock().take();
        std::mem::take(&mut *self.children.lock())
    }

    /// Record `child` as started by this sandbox. If this sandbox was
    /// cancelled meanwhile, the child is cancelled at once: `cancel` sets
    /// the flag before it takes the list, and this reads the flag after it
    /// added to the list, so one of the two always sees the other.
    pub(crate) fn adopt(&self, child: &Arc<SandboxShared>) {
        {
            let mut c = self.children.lock();
            // Forget children that have ended, so a long-lived parent that
            // starts many keeps a list as long as the live ones (amortised).
            if c.len() == c.capacity() && c.len() >= 8 {
                c.retain(|w| w.strong_count() > 0);
            }
            c.push(Arc::downgrade(child));
        }
        if self.is_cancelled() {
            child.cancel();
        }
    }

    pub(crate) fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Acquire)
    }
}

/// A VM's place in its runtime. Dropped last with the VM: it unregisters
/// the sandbox, after every local object (and so every reference to a frozen
/// object) is gone.
pub struct SandboxCtx {
    pub(crate) rt: Arc<RuntimeInner>,
    pub(crate) me: Arc<SandboxShared>,
    pub grants: Grants,
    /// `native_depth` of the sandbox's outermost dispatch loop: at that
    /// depth no native frame holds values, so the root set can be rebuilt
    /// from a precise scan.
    pub(crate) base_depth: usize,
    /// The sandbox is inside a safe region (counted as stopped).
    pub(crate) in_safe_region: std::cell::Cell<bool>,
    /// The memory account is attached to this thread (`attach_account`).
    attached: std::cell::Cell<bool>,
    /// The account the thread charged before `attach_account` (the
    /// starting sandbox's, on a sandbox thread: `spawn::start`), put back
    /// when this context is dropped, so that what the context frees of the
    /// starter's allocations (its grants, its registration) is credited to
    /// the account that paid for them.
    before: std::cell::Cell<Option<Arc<crate::heap::account::Account>>>,
}

impl SandboxCtx {
    /// Enter a safe region (blocking call): counted as stopped.
    pub(crate) fn enter_safe_region(&self) {
        self.rt.safepoints.enter_safe_region();
        self.in_safe_region.set(true);
    }

    /// Leave it, waiting out a collection in progress.
    pub(crate) fn leave_safe_region(&self) {
        self.rt.safepoints.leave_safe_region();
        self.in_safe_region.set(false);
    }
}

impl SandboxCtx {
    /// Register a new sandbox in `rt` (waiting out a collection in progress),
    /// started by a host (`parent` None) or by the sandbox `parent`.
    ///
    /// Fails when the sandbox cap of the parent's lineage is reached.
    pub(crate) fn new(
        rt: Arc<RuntimeInner>,
        grants: Grants,
        parent: Option<Arc<SandboxShared>>,
    ) -> Result<SandboxCtx, String> {
        if let Some(p) = &parent
            && let Err((cap, used)) = p.room_for(Resource::Sandboxes, 1)
        {
            return Err(format!(
                "sandbox limit {cap} reached ({used} sandboxes alive in this program): \
                 join some before starting more, or raise the cap (--max-sandboxes, \
                 Config(sandboxes=N))"
            ));
        }
        let mut grants = grants;
        if parent.is_none() && grants.limits.get(Resource::Sandboxes).is_none() {
            // A tree a host starts is capped too unless the host says
            // otherwise (`Limits::sandboxes(u64::MAX)` lifts it): thousands
            // of sleeping threads would exhaust the process.
            grants
                .limits
                .set(Resource::Sandboxes, Some(limits::DEFAULT_MAX_SANDBOXES));
        }
        let id = rt.next_id.fetch_add(1, Ordering::Relaxed);
        let me = Arc::new(SandboxShared::new(id, Arc::new(grants.clone()), parent));
        me.add(Resource::Sandboxes, 1);
        rt.safepoints.register();
        rt.sandboxes.lock().insert(id, me.clone());
        watchdog::watch(&me);
        Ok(SandboxCtx {
            rt,
            me,
            grants,
            // Module code and spawned functions run in a dispatch loop
            // entered once from Rust (`enter_native`).
            base_depth: 1,
            in_safe_region: std::cell::Cell::new(false),
            attached: std::cell::Cell::new(false),
            before: std::cell::Cell::new(None),
        })
    }

    /// Charge this thread's allocations to the sandbox's memory account
    /// (on the sandbox's own thread, when its VM starts).
    pub(crate) fn attach_account(&self) {
        // SAFETY: the account lives in `self.me`, which this context holds
        // until it is dropped, and `Drop` detaches it first, on this same
        // thread (a context never leaves the thread that attached it: the
        // VM that owns it is not Send).
        unsafe {
            self.before.set(crate::heap::alloc::attached_account());
            crate::heap::alloc::attach(&self.me.meter.account);
        }
        self.attached.set(true);
    }
}

impl Drop for SandboxCtx {
    fn drop(&mut self) {
        if self.attached.get() {
            match self.before.take() {
                // SAFETY: the account attached before this context's was
                // attached by a caller further up this thread's stack
                // (`alloc::charged_to` around a sandbox thread's task, or
                // the VM of an enclosing context), which keeps it alive
                // and replaces it before it returns: this context is
                // dropped inside that call.
                Some(prev) => unsafe { crate::heap::alloc::attach(&prev) },
                None => crate::heap::alloc::detach(),
            }
        }
        self.me
            .lineage()
            .for_each(|s| s.meter.add_tree(Resource::Sandboxes, -1));
        self.rt.sandboxes.lock().remove(&self.me.id);
        authority::unregister(self.me.authority);
        // A sandbox that panicked inside a safe region is not counted as
        // running any more.
        if self.in_safe_region.get() {
            self.rt.safepoints.leave_safe_region();
        }
        self.rt.safepoints.unregister();
    }
}
