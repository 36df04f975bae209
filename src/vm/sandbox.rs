//! The VM's side of the runtime: safepoints, the root set, frozen values
//! entering and leaving the sandbox, blocking calls, termination.

use crate::object::{Exc, ObjRef, PyResult, Value};
use crate::runtime::frozen::Frozen;
use crate::runtime::handle::FailureKind;
use crate::runtime::{SandboxCtx, roots};

use super::Vm;

/// Backward jumps and calls between two slow safepoint checks.
pub const SAFEPOINT_BUDGET: u32 = 1024;

impl Vm {
    /// A VM for a sandbox registered in a runtime; installs the builtins if
    /// they were granted.
    pub fn with_ctx(ctx: SandboxCtx, stack_size: usize) -> Vm {
        let builtins = ctx.grants.builtins;
        let mut vm = Vm::bare_in(crate::runtime::statics::builtins(), stack_size, ctx);
        if builtins {
            vm.install_builtins();
        }
        vm.sync_frame_cap();
        vm
    }

    /// The grants the code running now may use: this sandbox's, narrowed
    /// by those of every other sandbox whose code is on the stack
    /// (vm/authority.rs). Code of a sandbox that has ended carries no
    /// grants (runtime/authority.rs). Computed when a grant is used, never
    /// on the call path.
    pub fn effective_grants(&self) -> std::sync::Arc<crate::runtime::Grants> {
        let foreign = self.foreign_authorities();
        if foreign.is_empty() {
            return self.ctx.me.grants.clone();
        }
        let mut g = (*self.ctx.me.grants).clone();
        let none = crate::runtime::Grants::none();
        for a in foreign {
            let Some(members) = crate::runtime::authority::members(a) else {
                g = g.intersect(&none);
                continue;
            };
            for m in members.into_iter().filter(|m| *m != self.authority) {
                g = match crate::runtime::authority::grants_of(m) {
                    Some(o) => g.intersect(&o),
                    None => g.intersect(&none),
                };
            }
        }
        std::sync::Arc::new(g)
    }

    /// The authority of code this VM makes while it runs code of authority
    /// `running` (a function, a class): both this sandbox's and `running`'s.
    #[inline]
    pub(crate) fn authority_for_new_code(
        &mut self,
        running: crate::object::Authority,
    ) -> crate::object::Authority {
        if running == self.authority {
            return running;
        }
        self.new_code_authority_slow(running)
    }

    #[cold]
    #[inline(never)]
    fn new_code_authority_slow(
        &mut self,
        running: crate::object::Authority,
    ) -> crate::object::Authority {
        crate::runtime::authority::combine(running, self.authority)
    }

    /// A VM in a runtime of its own with these grants (the command line's
    /// main program).
    pub fn with_grants(stack_size: usize, grants: crate::runtime::Grants) -> Vm {
        let ctx = SandboxCtx::new(crate::runtime::RuntimeInner::new(), grants, None)
            .unwrap_or_else(|_| unreachable!("a sandbox without a parent has no sandbox cap"));
        Vm::with_ctx(ctx, stack_size)
    }

    /// Every object the VM holds outside heap objects: the value stack,
    /// frames, namespaces, caches. (The root scan starts here.)
    pub(crate) fn for_each_root(&self, f: &mut dyn FnMut(&ObjRef)) {
        for v in &self.stack {
            if let Value::Obj(o) = v {
                f(o);
            }
        }
        for fr in &self.frames {
            crate::heap::trace::code_refs(&fr.code, f);
            f(&fr.globals);
            if let Some(l) = &fr.locals {
                f(l);
            }
            if let super::frame::FrameKind::Init(o) = &fr.kind {
                f(o);
            }
        }
        f(&self.builtins);
        for o in self.native_state.values() {
            f(o);
        }
        for m in self.modules.values() {
            f(m);
        }
        for o in self.interned.values() {
            f(o);
        }
        for o in self.static_names.values() {
            f(o);
        }
        for (_, c) in self.code_cache.values() {
            crate::heap::trace::code_refs(c, f);
        }
        if let Value::Obj(o) = &self.handled {
            f(o);
        }
    }

    /// Record a frozen value as held by this sandbox (a door: see
    /// runtime/roots.rs).
    #[inline]
    pub(crate) fn note_root(&mut self, v: &Value) {
        if let Value::Obj(o) = v
            && o.is_frozen()
            && !o.is_static()
        {
            self.ctx.me.roots.lock().insert(o.addr());
        }
    }

    /// Register freshly frozen objects and record `root` as held.
    pub(crate) fn adopt_frozen(&mut self, objs: Vec<ObjRef>, root: &Value) {
        self.note_root(root);
        if !objs.is_empty() && self.ctx.rt.heap.register(&objs) {
            self.collect_pending = true;
            self.budget = 1;
        }
    }

    /// A value handed in from outside, now usable here (and recorded).
    pub(crate) fn take_frozen(&mut self, f: &Frozen) -> PyResult<Value> {
        if !f.usable_in(&self.ctx.rt) {
            return Err(self.runtime_error(
                "this value was frozen in another runtime and cannot be used here",
            ));
        }
        let v = f.to_value();
        self.note_root(&v);
        Ok(v)
    }

    /// Freeze `v` and pin it for the trip out of this sandbox.
    pub(crate) fn freeze_for_transfer(&mut self, v: &Value) -> PyResult<Frozen> {
        let fv = crate::freeze::freeze(self, v)?;
        match Frozen::from_value(&self.ctx.rt, &fv) {
            Some(f) => Ok(f),
            None => Err(self.runtime_error("internal error: a frozen value was not frozen")),
        }
    }

    /// The slow part of a safepoint: cancellation, collection requests,
    /// root-set upkeep. `precise` says the VM state is complete (no native
    /// frame of this dispatch loop holds values), so the root set may be
    /// rebuilt from a scan.
    #[cold]
    #[inline(never)]
    pub(crate) fn safepoint(&mut self, precise: bool) -> PyResult<()> {
        self.budget = SAFEPOINT_BUDGET;
        if self.terminating.is_none() && self.ctx.me.is_cancelled() {
            return Err(self.stopped_error());
        }
        self.check_limits()?;
        if crate::heap::local_gc::wanted() && self.gc.enabled {
            crate::heap::local_gc::collect();
        }
        let precise = precise && self.native_depth == self.ctx.base_depth;
        #[cfg(feature = "audit")]
        self.audit(precise);
        if self.collect_pending {
            self.collect_pending = false;
            self.collect_now(precise);
            return Ok(());
        }
        if self.ctx.rt.safepoints.requested() {
            if precise {
                self.prune_roots();
            }
            self.flush_lines();
            self.ctx.rt.safepoints.park();
        } else if precise && self.ctx.me.roots.lock().wants_prune() {
            self.prune_roots();
        }
        Ok(())
    }

    /// The audit build's safepoint work (heap/audit.rs): check the local
    /// heap's counts and the values the VM holds, collect the local and the
    /// shared heap, and check again. A failed check is an interpreter bug:
    /// it panics, which the sandbox boundary reports as a crash naming it.
    ///
    /// Every safepoint while the local heap tracks up to `AUDIT_EVERY_UP_TO`
    /// objects; beyond that, once each time the tracked count has grown by
    /// half since the last audit, so that a program building a million
    /// objects stays linear (each audit scans the whole local heap).
    #[cfg(feature = "audit")]
    fn audit(&mut self, precise: bool) {
        const AUDIT_EVERY_UP_TO: usize = 50_000;
        thread_local! {
            static LAST: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
        }
        let tracked = crate::object::refcount::tracked_count();
        if tracked > AUDIT_EVERY_UP_TO && tracked < LAST.with(|l| l.get()) * 3 / 2 {
            return;
        }
        LAST.with(|l| l.set(tracked));
        let check = |vm: &Vm, when: &str| {
            let roots: Vec<&Value> = vm.stack.iter().collect();
            if let Err(e) = crate::heap::audit::check(&roots) {
                panic!("audit ({when} collecting): {e}");
            }
        };
        check(self, "before");
        // `gc.disable()` holds here too: a program that turned the local
        // collector off sees its cycles kept until it collects them.
        if self.gc.enabled {
            crate::heap::local_gc::collect();
        }
        self.collect_now(precise);
        check(self, "after");
    }

    /// Rebuild the root set from a precise scan (see runtime/roots.rs).
    pub(crate) fn prune_roots(&mut self) {
        if let Some(set) = roots::scan(self) {
            self.ctx.me.roots.lock().replace(set);
        }
    }

    /// Run a collection of the shared heap from this sandbox. `precise`: the
    /// caller holds no values in Rust locals (see `safepoint`).
    pub(crate) fn collect_now(&mut self, precise: bool) -> usize {
        if precise && self.native_depth == self.ctx.base_depth {
            self.prune_roots();
        }
        self.flush_lines();
        self.ctx.enter_safe_region();
        let freed = self.ctx.rt.collect_stopped();
        self.ctx.leave_safe_region();
        freed
    }

    /// Run `f` (which blocks: a queue, a join, a sleep) with this sandbox
    /// counted as stopped, so it does not hold up a collection. `f` must not
    /// touch any object.
    pub(crate) fn blocking<R>(
        &mut self,
        f: impl FnOnce(&crossbeam_channel::Receiver<()>) -> R,
    ) -> R {
        self.flush_lines();
        let me = self.ctx.me.clone();
        self.ctx.enter_safe_region();
        let r = f(&me.cancel_rx);
        self.ctx.leave_safe_region();
        r
    }

    /// Hand whole printed lines to the shared output (before blocking, so
    /// output order follows causality between sandboxes).
    pub(crate) fn flush_lines(&mut self) {
        self.out.flush_lines();
    }

    /// End the sandbox: the exception returned unwinds every frame without
    /// running any handler (`except` or `finally`).
    pub(crate) fn terminate(&mut self, kind: FailureKind, message: &str) -> Exc {
        self.terminating = Some(kind);
        let c = self.exc_types.system_exit.clone();
        self.new_exc(&c, message)
    }
}
