//! Finalizers: Python code that runs when an object dies.
//!
//! Two kinds of object want one, as in CPython:
//! - an instance of a class with `__del__`, which is called once;
//! - a suspended generator whose `yield` sits inside a `try` (a `finally`,
//!   an `except` or a `with`), which is closed: GeneratorExit is thrown in
//!   at the `yield`, so its cleanup runs.
//!
//! An object's count reaching zero cannot run Python there and then (a
//! DECREF happens anywhere, borrows held), so refcount.rs keeps such an
//! object alive on a queue, once (PEP 442: a finalizer runs at most once per
//! object, even if it resurrects the object), and the VM runs the queue at
//! the next call that is not a plain Python-to-Python call (every native
//! call, `print` included), at each safepoint, and when the main module
//! ends. So `del g; print(...)` prints the generator's cleanup first, as
//! CPython does.
//!
//! The callbacks of weak references whose referent was freed wait in the
//! same queue (object/weakref.rs), so they run in the order things died,
//! after the references were cleared.
//!
//! An exception a finalizer raises is reported on stderr ("Exception
//! ignored in: ...") and otherwise ignored. Objects in unreachable cycles
//! are freed by the cycle collector without their finalizers, and a sandbox
//! being stopped runs none.

use crate::object::refcount::Finalizable;
use crate::object::{ObjRef, Payload, Value, refcount};

use super::Vm;

impl Vm {
    /// Run the finalizers of objects that died since the last run.
    #[inline(always)]
    pub(crate) fn run_finalizers_if_any(&mut self) {
        if refcount::finalizers_pending() {
            self.run_finalizers();
        }
    }

    #[cold]
    #[inline(never)]
    fn run_finalizers(&mut self) {
        // Objects that die while a finalizer runs join the queue: this loop
        // runs them too, and a nested call does not start another loop.
        if self.finalizing {
            return;
        }
        self.finalizing = true;
        while let Some(item) = refcount::take_finalizable() {
            if self.stopping() {
                continue;
            }
            match item {
                Finalizable::Object(obj) => self.run_finalizer(&obj),
                Finalizable::WeakCallback(wr, cb) => self.run_weak_callback(wr, cb),
            }
        }
        self.finalizing = false;
    }

    /// Call `obj`'s `__del__`, or close it if it is a generator.
    fn run_finalizer(&mut self, obj: &ObjRef) {
        let failed = match obj.payload() {
            Payload::Generator(_) => {
                let r = self.gen_close(obj);
                r.err().map(|e| (Value::Obj(obj.clone()), e))
            }
            Payload::Instance(i) => {
                let cls = i.class.clone();
                let name = self.intern_static("__del__");
                match self.class_lookup(&cls, &name) {
                    Some(f) => {
                        let r = self.call(&f, &[Value::Obj(obj.clone())]);
                        r.err().map(|e| (f, e))
                    }
                    None => None,
                }
            }
            _ => None,
        };
        // A sandbox being stopped (a limit, a cancel) ends its finalizers
        // too; that is reported as the program's end, not here.
        if let Some((what, e)) = failed
            && !self.stopping()
        {
            self.report_unraisable(&what, &e.0);
        }
    }

    /// Call a weak reference's callback with the (cleared) reference; an
    /// exception is reported as CPython's unraisable hook does, naming the
    /// callback.
    fn run_weak_callback(&mut self, wr: ObjRef, cb: Value) {
        let r = self.call(&cb, &[Value::Obj(wr)]);
        if let Err(e) = r
            && !self.stopping()
        {
            self.report_unraisable(&cb, &e.0);
        }
    }

    /// The sandbox is being stopped: no more Python code runs.
    pub(crate) fn stopping(&self) -> bool {
        self.terminating.is_some() || self.ctx.me.meter.stopped().is_some()
    }

    /// The main program ended: as CPython does at exit, run the finalizers
    /// of the objects still alive (in this thread's tracking order, close to
    /// the order they were made), while everything they may use is intact.
    pub(crate) fn finalize_at_exit(&mut self) {
        if self.stopping() {
            return;
        }
        self.run_finalizers_if_any();
        self.run_weakref_exit_hook();
        let live = refcount::tracked_objects();
        for obj in &live {
            if obj.payload().wants_finalizer() && refcount::claim_finalizer(obj) {
                self.run_finalizer(obj);
            }
            self.run_finalizers_if_any();
            if self.stopping() {
                break;
            }
        }
        drop(live);
        self.run_finalizers_if_any();
    }

    /// `weakref.finalize`'s finalizers marked `atexit`, if the program
    /// imported weakref: run first at exit, as CPython's atexit hook does.
    fn run_weakref_exit_hook(&mut self) {
        let Some(m) = self.modules.get("weakref").cloned() else {
            return;
        };
        let m = Value::Obj(m);
        let hook = self
            .getattr_str(&m, "finalize")
            .and_then(|f| self.getattr_str(&f, "_exitfunc"));
        let r = hook.and_then(|h| self.call(&h, &[]));
        if let Err(e) = r
            && !self.stopping()
        {
            self.report_unraisable(&m, &e.0);
        }
        self.run_finalizers_if_any();
    }

    /// CPython's report of an exception nothing can catch.
    fn report_unraisable(&mut self, what: &Value, e: &ObjRef) {
        let r = self
            .repr(what)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let tb = self.format_exception(e);
        self.write_err(&format!("Exception ignored in: {r}\n{tb}"));
    }
}
