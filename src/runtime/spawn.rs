//! Starting a sandbox: a thread with a large stack, a fresh VM registered in
//! the runtime, the grants installed, the job run, and its outcome (a frozen
//! result or a failure) sent to the handle. A Rust panic is caught here and
//! reported as a crash of this sandbox only.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use parking_lot::Mutex;

use crate::bytecode::CodeUnit;
use crate::object::{Exc, Value};
use crate::vm::Vm;

use super::frozen::Frozen;
use super::handle::{Failure, FailureKind, HandleShared, Outcome};
use super::output::Sink;
use super::{Grants, RuntimeInner, SandboxCtx};

/// Rust stack of a sandbox thread (reserved, not committed).
pub const SANDBOX_STACK: usize = 256 * 1024 * 1024;

/// What a new sandbox runs.
pub enum Job {
    /// `func(*args, **kwargs)` (Python's `sandbox.spawn`).
    Call {
        func: Frozen,
        args: Vec<Frozen>,
        kwargs: Vec<(String, Frozen)>,
    },
    /// A module, then optionally a function of it by name with arguments.
    /// Without a call, the result is the module's global `result` (or None).
    /// The module is named `__main__` when it is the program, and
    /// `__sandbox__` when a function of it is called.
    Module {
        code: Arc<CodeUnit>,
        call: Option<(String, Vec<Frozen>)>,
    },
    /// A worker of `sandbox.map`: takes item indices until none is left.
    Map(Arc<MapJob>),
    /// An owner: build an object, say so on `ready`, and serve it to its
    /// proxies until none is left (see src/proxy/owner.rs).
    Serve {
        what: Served,
        end: crate::proxy::owner::OwnerEnd,
    },
    /// Build the shared standard-library module named by the string
    /// (modules/shared.rs): the function imports it as the interpreter's
    /// own code and returns every shared module it imported, frozen
    /// together as the result.
    BuildStdlib(String, fn(&mut Vm, &str) -> crate::object::PyResult<Value>),
}

/// What an owner sandbox serves.
pub enum Served {
    /// `factory(*args)`.
    Call { factory: Frozen, args: Vec<Frozen> },
    /// The module `name`, imported in the owner.
    Module(String),
}

/// The shared state of one `sandbox.map`.
pub struct MapJob {
    pub func: Frozen,
    pub items: Vec<Frozen>,
    pub next: AtomicUsize,
    pub failed: AtomicBool,
    /// Turns the function into this worker's own before its first call.
    pub prepare: fn(&mut Vm, &Value) -> crate::object::PyResult<Value>,
    pub results: Mutex<Vec<Option<Outcome>>>,
}

/// Everything a new sandbox is given.
pub struct Start {
    pub rt: Arc<RuntimeInner>,
    pub grants: Grants,
    pub globals: Vec<(String, Frozen)>,
    pub sink: Sink,
    pub import_path: Vec<std::path::PathBuf>,
    pub job: Job,
    /// The sandbox starting it (None: a host): its caps bound the child's
    /// usage too.
    pub parent: Option<Arc<super::SandboxShared>>,
}

/// Start a sandbox. The caller must not be counted as a running sandbox
/// (a sandbox calls this from a safe region): registering waits out a
/// collection in progress.
pub fn start(s: Start) -> Result<Arc<HandleShared>, String> {
    if cfg!(feature = "rc-plain") {
        return Err(
            "this build counts references without immortality (rc-plain), so it \
                    cannot share objects between sandboxes; build with the default rc-magic"
                .into(),
        );
    }
    let ctx = SandboxCtx::new(s.rt.clone(), s.grants.clone(), s.parent.clone())?;
    let (tx, rx) = crossbeam_channel::bounded(1);
    let handle = Arc::new(HandleShared::new(ctx.me.clone(), rx));
    // An owner's end is recorded for its proxies before the channel's
    // receiving side (in the job) is gone: see src/proxy/owner.rs.
    let end = match &s.job {
        Job::Serve { end, .. } => Some(end.end.clone()),
        _ => None,
    };
    let payer = s.parent.as_ref().map(|p| p.meter.account.clone());
    let work = Box::new(move || {
        let outcome = run_contained(ctx, s);
        if let Some(end) = end {
            end.finish(outcome.as_ref().err().cloned());
        }
        let reusable = !matches!(&outcome, Err(f) if f.kind == FailureKind::Crash);
        let _ = tx.send(outcome);
        reusable
    });
    super::pool::run(super::pool::Task { work, payer })?;
    Ok(handle)
}

fn crash(text: String) -> Failure {
    Failure {
        kind: FailureKind::Crash,
        type_name: String::new(),
        message: text,
        traceback: String::new(),
    }
}

fn run_contained(ctx: SandboxCtx, s: Start) -> Outcome {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || run(ctx, s)));
    match r {
        Ok(o) => o,
        Err(p) => Err(crash(crate::runner::panic_text(&*p))),
    }
}

fn run(ctx: SandboxCtx, s: Start) -> Outcome {
    let mut vm = Vm::with_ctx(ctx, SANDBOX_STACK);
    vm.out = crate::vm::Output::new(s.sink);
    vm.import_path = s.import_path;
    let outcome = run_job(&mut vm, s.globals, s.job);
    vm.flush_out();
    // Its last figures count for its tree.
    vm.publish_usage_now();
    // A sandbox under a memory cap (its own or its tree's) gives its freed
    // memory back, so that the process's resident size follows the caps.
    let capped = vm.account.capped();
    drop(vm);
    if capped {
        crate::heap::alloc::give_back_freed();
    }
    outcome
}

/// How an exception (or a termination) in `vm` looks to the joiner.
pub(crate) fn failure_of(vm: &mut Vm, e: &Exc) -> Failure {
    if let Some(kind) = vm.terminating {
        return Failure {
            kind,
            type_name: String::new(),
            message: vm.str(&Value::Obj(e.0.clone())).unwrap_or_default(),
            traceback: String::new(),
        };
    }
    let v = Value::Obj(e.0.clone());
    let type_name = vm.type_name(&v);
    let message = vm.str(&v).unwrap_or_default();
    let traceback = vm.format_exception(&e.0);
    Failure {
        kind: FailureKind::Exception,
        type_name,
        message,
        traceback,
    }
}

fn result_of(vm: &mut Vm, r: Result<Value, Exc>) -> Outcome {
    // A limit passed just before the end (output refused by the last print)
    // still ends the sandbox at that limit.
    if vm.terminating.is_none()
        && let Some(why) = vm.ctx.me.meter.stopped()
    {
        return Err(Failure {
            kind: FailureKind::Limit,
            type_name: String::new(),
            message: why,
            traceback: String::new(),
        });
    }
    match r.and_then(|v| vm.freeze_for_transfer(&v)) {
        Ok(f) => Ok(f),
        Err(e) => Err(failure_of(vm, &e)),
    }
}

fn run_job(vm: &mut Vm, globals: Vec<(String, Frozen)>, job: Job) -> Outcome {
    match job {
        Job::Call { func, args, kwargs } => {
            let r = (|| {
                let f = vm.take_frozen(&func)?;
                let mut a = Vec::with_capacity(args.len());
                for x in &args {
                    a.push(vm.take_frozen(x)?);
                }
                let mut kw = Vec::with_capacity(kwargs.len());
                for (k, x) in &kwargs {
                    let v = vm.take_frozen(x)?;
                    kw.push((vm.intern(k), v));
                }
                // The handles stay alive (pinned) during the call: `f` and
                // `a` live in Rust locals here, which a precise root scan at
                // the callee's depth cannot see.
                let r = vm.call_kw(&f, &a, &kw);
                drop((f, a, kw));
                drop((func, args, kwargs));
                r
            })();
            result_of(vm, r)
        }
        Job::Module { code, call } => {
            let r = (|| {
                let main = vm.new_module(if call.is_some() {
                    "__sandbox__"
                } else {
                    "__main__"
                });
                let gdict = crate::vm::module_dict(&main);
                for (name, v) in &globals {
                    let v = vm.take_frozen(v)?;
                    let k = vm.intern(name);
                    vm.dict_set_str(&gdict, &k, v)?;
                }
                drop(globals);
                vm.modules.insert("__main__".into(), main.clone());
                vm.run_code_in(&code, gdict.clone())?;
                match call {
                    Some((name, args)) => {
                        let k = vm.intern(&name);
                        let Some(f) = vm.dict_get_str(&gdict, &k)? else {
                            return Err(vm.name_error(&name));
                        };
                        let mut a = Vec::with_capacity(args.len());
                        for x in &args {
                            a.push(vm.take_frozen(x)?);
                        }
                        vm.call(&f, &a)
                    }
                    None => {
                        let k = vm.intern("result");
                        Ok(vm.dict_get_str(&gdict, &k)?.unwrap_or(Value::None))
                    }
                }
            })();
            result_of(vm, r)
        }
        Job::Serve { what, end } => {
            let r = (|| {
                let obj = match what {
                    Served::Call { factory, args } => {
                        let f = vm.take_frozen(&factory)?;
                        let mut a = Vec::with_capacity(args.len());
                        for x in &args {
                            a.push(vm.take_frozen(x)?);
                        }
                        let r = vm.call(&f, &a);
                        drop((f, a, factory, args));
                        r?
                    }
                    Served::Module(name) => vm.import_name(&name, 0, true)?,
                };
                crate::proxy::owner::serve(vm, obj, &end)
            })();
            result_of(vm, r)
        }
        Job::BuildStdlib(name, build) => {
            let r = build(vm, &name);
            result_of(vm, r)
        }
        Job::Map(m) => {
            let f = match vm.take_frozen(&m.func).and_then(|f| (m.prepare)(vm, &f)) {
                Ok(f) => f,
                Err(e) => return Err(failure_of(vm, &e)),
            };
            loop {
                if m.failed.load(Ordering::Acquire) || vm.ctx.me.is_cancelled() {
                    break;
                }
                let i = m.next.fetch_add(1, Ordering::AcqRel);
                let Some(item) = m.items.get(i) else { break };
                let r = vm.take_frozen(item).and_then(|x| vm.call(&f, &[x]));
                let o = result_of(vm, r);
                if o.is_err() {
                    m.failed.store(true, Ordering::Release);
                }
                m.results.lock()[i] = Some(o);
            }
            Ok(Frozen::from_value(&vm.ctx.rt, &Value::None).unwrap_or_else(|| unreachable!()))
        }
    }
}
