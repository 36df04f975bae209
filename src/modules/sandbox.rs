//! The `sandbox` module: freezing, the shared heap, queues and child
//! sandboxes, from Python.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize};

use parking_lot::Mutex;

use crate::builtins::{arg_or_kw, kwarg};
use crate::object::host::Host;
use crate::object::{Args, NativeKind, ObjRef, Payload, PyResult, Value};
use crate::proxy::owner::Started;
use crate::runtime::handle::{Failure, HandleRef, JoinError};
use crate::runtime::queue::{QueueError, QueueShared, Wait};
use crate::runtime::spawn::{Job, MapJob, Served, Start};
use crate::types::registry::add_method;
use crate::vm::Vm;

use super::{def, set};

/// Fill the module namespace.
pub fn fill(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    def(vm, d, "freeze", freeze)?;
    def(vm, d, "thaw", thaw)?;
    def(vm, d, "localize", super::sandbox_worker::localize)?;
    def(vm, d, "is_frozen", is_frozen)?;
    def(vm, d, "collect", collect)?;
    def(vm, d, "heap_stats", heap_stats)?;
    def(vm, d, "spawn", spawn)?;
    def(vm, d, "map", map)?;
    def(vm, d, "cpu_count", cpu_count)?;
    def(vm, d, "serve", serve)?;
    def(vm, d, "import_isolated", import_isolated)?;
    def(vm, d, "limits", super::sandbox_limits::limits)?;
    def(vm, d, "usage", super::sandbox_limits::usage)?;
    def(vm, d, "Config", super::sandbox_limits::config)?;
    def(vm, d, "allowed", super::sandbox_limits::allowed)?;
    def(vm, d, "capabilities", super::sandbox_limits::capabilities)?;
    #[cfg(feature = "test-hooks")]
    def(vm, d, "_fault", fault)?;
    let t = vm.types;
    let e = vm.exc_types;
    set(vm, d, "Queue", Value::Obj(t.queue.clone()))?;
    set(vm, d, "SandboxHandle", Value::Obj(t.sandbox_handle.clone()))?;
    set(vm, d, "SandboxError", Value::Obj(e.sandbox_error.clone()))?;
    set(vm, d, "Empty", Value::Obj(e.queue_empty.clone()))?;
    set(vm, d, "Full", Value::Obj(e.queue_full.clone()))?;
    set(vm, d, "QueueClosed", Value::Obj(e.queue_closed.clone()))?;
    set(vm, d, "Proxy", Value::Obj(t.proxy.clone()))?;
    set(vm, d, "ProxyClosed", Value::Obj(e.proxy_closed.clone()))?;
    set(
        vm,
        d,
        "RemoteTraceback",
        Value::Obj(e.remote_traceback.clone()),
    )?;
    Ok(())
}

/// Install the methods of `Queue` and `SandboxHandle` (once per process,
/// with the other builtin types).
pub(crate) fn register_types(vm: &mut Vm) {
    let q = vm.types.queue.clone();
    crate::builtins::set_new(&q, queue_new);
    for (name, f) in [
        ("put", queue_put as crate::vm::NativeFn),
        ("get", queue_get),
        ("put_nowait", queue_put_nowait),
        ("get_nowait", queue_get_nowait),
        ("qsize", queue_qsize),
        ("empty", queue_empty),
        ("full", queue_full),
        ("close", queue_close),
        ("closed", queue_is_closed),
    ] {
        add_method(&q, name, f, NativeKind::Method);
    }
    for t in [
        vm.types.proxy.clone(),
        vm.types.proxy_method.clone(),
        vm.types.proxy_iterator.clone(),
    ] {
        add_method(&t, "__new__", proxy_new, NativeKind::StaticMethod);
    }
    let h = vm.types.sandbox_handle.clone();
    for (name, f) in [
        ("join", handle_join as crate::vm::NativeFn),
        ("done", handle_done),
        ("cancel", handle_cancel),
        ("usage", handle_usage),
        ("limits", handle_limits),
        ("set_limits", handle_set_limits),
    ] {
        add_method(&h, name, f, NativeKind::Method);
    }
}

fn one_arg<'a>(vm: &mut Vm, a: &'a Args, name: &str) -> PyResult<&'a Value> {
    crate::builtins::positional(vm, name, a, 1, 1)?;
    Ok(&a.pos[0])
}

fn freeze(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one_arg(vm, a, "freeze")?.clone();
    crate::freeze::freeze(vm, &v)
}

fn thaw(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one_arg(vm, a, "thaw")?.clone();
    crate::freeze::thaw(vm, &v)
}

fn is_frozen(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let v = one_arg(vm, a, "is_frozen")?;
    Ok(Value::Bool(match v {
        Value::Obj(o) => o.is_frozen(),
        _ => true,
    }))
}

fn collect(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "collect", a, 0, 0)?;
    // Local cycles first: garbage among them may be all that still holds
    // some frozen objects. `collect` holds no values in Rust locals: a
    // precise root scan is sound when it is called from the outermost
    // dispatch loop.
    crate::heap::local_gc::collect();
    Ok(Value::Int(vm.collect_now(true) as i64))
}

fn heap_stats(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "heap_stats", a, 0, 0)?;
    let s = vm.ctx.rt.heap.stats();
    let d = vm.new_dict();
    let Some(dobj) = d.as_obj().cloned() else {
        return Ok(d);
    };
    let entries = [
        ("frozen_objects", Value::Int(s.frozen_objects as i64)),
        ("frozen_bytes", Value::Int(s.frozen_bytes as i64)),
        ("collections", Value::Int(s.collections as i64)),
        ("last_pause_ms", Value::Float(s.last_pause_ms)),
        ("total_freed", Value::Int(s.total_freed as i64)),
        ("pinned", Value::Int(s.pinned as i64)),
        ("sandboxes", Value::Int(vm.ctx.rt.sandbox_count() as i64)),
    ];
    for (k, v) in entries {
        let k = vm.intern(k);
        vm.dict_set_str(&dobj, &k, v)?;
    }
    Ok(d)
}

fn cpu_count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "cpu_count", a, 0, 0)?;
    Ok(Value::Int(default_workers() as i64))
}

fn default_workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The `SandboxError` a joiner raises for a child's failure.
pub(crate) fn sandbox_error(vm: &mut Vm, f: &Failure) -> crate::object::Exc {
    let c = vm.exc_types.sandbox_error.clone();
    let e = vm.new_exc(&c, &f.to_string());
    let v = Value::Obj(e.0.clone());
    let attrs = [
        ("kind", Value::str(f.kind.as_str())),
        ("traceback", Value::str(&f.traceback)),
        ("exception_type", Value::str(&f.type_name)),
        ("exception_message", Value::str(&f.message)),
    ];
    for (k, val) in attrs {
        let k = vm.intern(k);
        if let Err(err) = vm.setattr(&v, &k, val) {
            return err;
        }
    }
    // The child's traceback, shown as the cause (as `concurrent.futures`
    // shows a worker's): an uncaught SandboxError prints where the child
    // failed, then where the parent joined it.
    if !f.traceback.is_empty() {
        let rt = vm.exc_types.remote_traceback.clone();
        let cause = vm.new_exc(&rt, &format!("\n\"\"\"\n{}\"\"\"", f.traceback));
        let k = vm.intern("__cause__");
        if let Err(err) = vm.setattr(&v, &k, Value::Obj(cause.0)) {
            return err;
        }
    }
    e
}

/// Start a child sandbox running `job` with the grants `config` asks for,
/// narrowed to this sandbox's.
fn start_child(vm: &mut Vm, job: Job, config: Option<&Value>) -> PyResult<HandleRef> {
    let req = match config {
        Some(c) => super::sandbox_limits::parse_config(vm, c)?,
        None => super::sandbox_limits::Request::default(),
    };
    let grants = super::sandbox_limits::child_grants(vm, &req);
    if let Err(e) = crate::runtime::limits::check_supported(&grants.limits) {
        return Err(vm.value_error(e));
    }
    let start = Start {
        rt: vm.ctx.rt.clone(),
        grants,
        globals: Vec::new(),
        sink: vm.out.sink.clone(),
        import_path: vm.import_path.clone(),
        job,
        parent: Some(vm.ctx.me.clone()),
    };
    // Registering the child waits out a collection in progress: do it as
    // a stopped sandbox.
    match vm.blocking(|_| crate::runtime::spawn::start(start)) {
        Ok(h) => {
            // Cancelling this sandbox (or stopping it at a limit) stops
            // the child too: a guest cannot outlast its end through children.
            vm.ctx.me.adopt(&h.sandbox);
            Ok(h)
        }
        Err(m) => Err(vm.runtime_error(m)),
    }
}

fn spawn(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(func) = a.pos.first() else {
        return Err(vm.type_error("spawn() missing required argument: 'func'"));
    };
    let (config, kw) = super::sandbox_limits::take_config(a);
    let func = vm.freeze_for_transfer(func)?;
    let mut args = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for x in &a.pos[1..] {
        args.push(vm.freeze_for_transfer(x)?);
    }
    let mut kwargs = Vec::with_capacity(kw.len());
    for (k, x) in &kw {
        let name = crate::vm::eval::name_text(k).to_string();
        kwargs.push((name, vm.freeze_for_transfer(x)?));
    }
    let h = start_child(vm, Job::Call { func, args, kwargs }, config.as_ref())?;
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::shared(h)))))
}

fn map(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::check_kw(vm, "map", a, &["workers", "_config"])?;
    let config = kwarg(a, "_config");
    if a.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "map() takes 2 positional arguments (func, iterable) but {} were given",
            a.pos.len()
        )));
    }
    let func = vm.freeze_for_transfer(&a.pos[0])?;
    let items: Vec<Value> = vm.collect(&a.pos[1])?;
    let mut frozen = Vec::with_capacity(items.len());
    for x in &items {
        vm.work(64)?;
        frozen.push(vm.freeze_for_transfer(x)?);
    }
    drop(items);
    let workers = match kwarg(a, "workers") {
        None | Some(Value::None) => default_workers(),
        Some(Value::Int(n)) if n >= 1 => n as usize,
        Some(_) => return Err(vm.value_error("map() workers must be a positive int or None")),
    };
    let n = frozen.len();
    if n == 0 {
        return Ok(Value::list(Vec::new()));
    }
    let job = Arc::new(MapJob {
        func,
        items: frozen,
        next: AtomicUsize::new(0),
        failed: AtomicBool::new(false),
        prepare: prepare_map_function,
        results: Mutex::new((0..n).map(|_| None).collect()),
    });
    let mut handles = Vec::new();
    for _ in 0..workers.min(n) {
        handles.push(start_child(vm, Job::Map(job.clone()), config.as_ref())?);
    }
    let mut crash: Option<Failure> = None;
    for h in &handles {
        match vm.blocking(|cancel| h.join(Wait::Forever, cancel)) {
            Ok(Ok(_)) => {}
            Ok(Err(f)) => {
                crash.get_or_insert(f);
            }
            Err(_) => {
                for h in &handles {
                    h.cancel();
                }
                return Err(vm.stopped_error());
            }
        }
    }
    let results = std::mem::take(&mut *job.results.lock());
    let mut out = Vec::with_capacity(n);
    for r in results {
        vm.work(16)?;
        match r {
            Some(Ok(f)) => out.push(vm.take_frozen(&f)?),
            Some(Err(f)) => return Err(sandbox_error(vm, &f)),
            None => {
                let f = crash.clone().unwrap_or_else(|| Failure {
                    kind: crate::runtime::FailureKind::Crash,
                    type_name: String::new(),
                    message: "a map worker ended early".into(),
                    traceback: String::new(),
                });
                return Err(sandbox_error(vm, &f));
            }
        }
    }
    Ok(Value::list(out))
}

/// How a `sandbox.map` worker makes the function its own: bound to
/// module namespaces of this worker (see `sandbox_worker`), so that a
/// module-level cache it writes works, as in a worker process.
fn prepare_map_function(vm: &mut Vm, f: &Value) -> PyResult<Value> {
    let Value::Obj(ns) = vm.new_dict() else {
        return Ok(f.clone());
    };
    super::sandbox_worker::localize_value(vm, f, &ns)
}

// ----- Queue -----

fn queue_new(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    // a.pos[0] is the class.
    crate::builtins::check_kw(vm, "Queue", a, &["maxsize"])?;
    if a.pos.len() > 2 {
        return Err(vm.type_error("Queue() takes at most 1 argument (maxsize)"));
    }
    let maxsize = match a.pos.get(1).cloned().or_else(|| kwarg(a, "maxsize")) {
        None => 0,
        Some(Value::Int(n)) => n.max(0) as usize,
        Some(Value::Bool(b)) => b as usize,
        Some(other) => {
            let t = vm.type_name(&other);
            return Err(vm.type_error(format!("Queue() maxsize must be an int, not '{t}'")));
        }
    };
    // A bounded channel allocates all its slots up front: refuse a size
    // whose buffer could not be allocated (an abort, not an exception) and
    // charge the rest to the memory cap before building it.
    let slot = std::mem::size_of::<crate::runtime::frozen::Frozen>() + std::mem::size_of::<usize>();
    let limit = crate::types::str_algo::MAX_RESULT_BYTES;
    let bytes = maxsize.checked_mul(slot).filter(|b| *b <= limit);
    let Some(bytes) = bytes else {
        return Err(vm.memory_error(&format!(
            "Queue maxsize {maxsize} is too large: a queue keeps a {slot}-byte slot per \
             item up front, and at most {limit} bytes of them (maxsize {})",
            limit / slot
        )));
    };
    vm.reserve_memory(bytes as u64)?;
    Ok(Value::Obj(ObjRef::new(Payload::Host(Host::shared(
        Arc::new(QueueShared::new(maxsize)),
    )))))
}

fn this_queue(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Arc<QueueShared>> {
    match a.pos.first().and_then(Value::host::<Arc<QueueShared>>) {
        Some(q) => Ok(q.clone()),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'sandbox.Queue' object"
        ))),
    }
}

fn block_args(vm: &mut Vm, a: &Args, at: usize) -> PyResult<Wait> {
    let block = match arg_or_kw(a, at, "block") {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let timeout = match arg_or_kw(a, at + 1, "timeout") {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = crate::types::int::to_f64(vm, &v)?;
            if t < 0.0 || t.is_nan() {
                return Err(vm.value_error("'timeout' must be a non-negative number"));
            }
            Some(t)
        }
    };
    Ok(Wait::from_args(block, timeout))
}

fn queue_error(vm: &mut Vm, e: QueueError) -> crate::object::Exc {
    // Empty and Full carry no arguments, as queue.Empty() and queue.Full()
    // do in CPython: `repr` gives `Empty()`.
    let (c, args) = match e {
        QueueError::Empty => (vm.exc_types.queue_empty.clone(), vec![]),
        QueueError::Full => (vm.exc_types.queue_full.clone(), vec![]),
        QueueError::Closed => (
            vm.exc_types.queue_closed.clone(),
            vec![Value::str("queue is closed")],
        ),
        QueueError::Cancelled => {
            return vm.stopped_error();
        }
    };
    crate::vm::exc::new_exception(vm, &c, args)
}

fn do_put(vm: &mut Vm, a: &Args, wait: Option<Wait>) -> PyResult<Value> {
    let q = this_queue(vm, a, "put")?;
    let Some(item) = a.pos.get(1) else {
        return Err(vm.type_error("put() missing required argument: 'item'"));
    };
    let wait = match wait {
        Some(w) => w,
        None => block_args(vm, a, 2)?,
    };
    if q.is_closed() {
        return Err(queue_error(vm, QueueError::Closed));
    }
    let f = vm.freeze_for_transfer(item)?;
    let r = match wait {
        Wait::No => q.put(f, Wait::No, &crossbeam_channel::never()),
        w => vm.blocking(|cancel| q.put(f, w, cancel)),
    };
    r.map_err(|e| queue_error(vm, e))?;
    Ok(Value::None)
}

fn do_get(vm: &mut Vm, a: &Args, wait: Option<Wait>) -> PyResult<Value> {
    let q = this_queue(vm, a, "get")?;
    let wait = match wait {
        Some(w) => w,
        None => block_args(vm, a, 1)?,
    };
    let r = match wait {
        Wait::No => q.get(Wait::No, &crossbeam_channel::never()),
        w => vm.blocking(|cancel| q.get(w, cancel)),
    };
    match r {
        Ok(f) => vm.take_frozen(&f),
        Err(e) => Err(queue_error(vm, e)),
    }
}

fn queue_put(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    do_put(vm, a, None)
}

fn queue_get(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    do_get(vm, a, None)
}

fn queue_put_nowait(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    do_put(vm, a, Some(Wait::No))
}

fn queue_get_nowait(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    do_get(vm, a, Some(Wait::No))
}

fn queue_qsize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let q = this_queue(vm, a, "qsize")?;
    Ok(Value::Int(q.len() as i64))
}

fn queue_empty(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let q = this_queue(vm, a, "empty")?;
    Ok(Value::Bool(q.is_empty()))
}

fn queue_full(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let q = this_queue(vm, a, "full")?;
    Ok(Value::Bool(q.maxsize > 0 && q.len() >= q.maxsize))
}

fn queue_close(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let q = this_queue(vm, a, "close")?;
    q.close();
    Ok(Value::None)
}

fn queue_is_closed(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let q = this_queue(vm, a, "closed")?;
    Ok(Value::Bool(q.is_closed()))
}

// ----- SandboxHandle -----

fn this_handle(vm: &mut Vm, a: &Args, name: &str) -> PyResult<HandleRef> {
    match a.pos.first().and_then(Value::host::<HandleRef>) {
        Some(h) => Ok(h.clone()),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'sandbox.SandboxHandle' object"
        ))),
    }
}

fn handle_join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this_handle(vm, a, "join")?;
    let timeout = match arg_or_kw(a, 1, "timeout") {
        None | Some(Value::None) => None,
        Some(v) => Some(crate::types::int::to_f64(vm, &v)?),
    };
    let wait = Wait::from_args(true, timeout);
    match vm.blocking(|cancel| h.join(wait, cancel)) {
        Ok(Ok(f)) => vm.take_frozen(&f),
        Ok(Err(f)) => Err(sandbox_error(vm, &f)),
        Err(JoinError::Timeout) => {
            let c = vm.exc_types.os_error.clone();
            let t = timeout.unwrap_or(0.0);
            let te = vm
                .exc_types
                .all
                .iter()
                .find(|(n, _)| *n == "TimeoutError")
                .map_or(c, |(_, c)| c.clone());
            Err(vm.new_exc(&te, &format!("sandbox did not finish within {t} seconds")))
        }
        Err(JoinError::Cancelled) => Err(vm.stopped_error()),
    }
}

fn handle_done(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this_handle(vm, a, "done")?;
    Ok(Value::Bool(h.done()))
}

fn handle_usage(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "usage", a, 1, 1)?;
    let h = this_handle(vm, a, "usage")?;
    super::sandbox_limits::handle_usage(vm, &h)
}

fn handle_limits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::positional(vm, "limits", a, 1, 1)?;
    let h = this_handle(vm, a, "limits")?;
    super::sandbox_limits::handle_limits(vm, &h)
}

fn handle_set_limits(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this_handle(vm, a, "set_limits")?;
    super::sandbox_limits::handle_set_limits(vm, &h, a)
}

fn handle_cancel(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let h = this_handle(vm, a, "cancel")?;
    h.cancel();
    Ok(Value::None)
}

/// Test builds only: a Rust panic inside the interpreter, to check that a
/// crash is contained to its sandbox.
#[cfg(feature = "test-hooks")]
fn fault(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let what = a
        .pos
        .first()
        .and_then(|v| v.as_str())
        .unwrap_or("injected fault");
    panic!("{what}");
}

// ----- Proxies -----

/// `sandbox.Proxy()`: proxies come only from their owners (a sandbox may
/// use a proxy only if it was given one).
fn proxy_new(vm: &mut Vm, _a: &Args) -> PyResult<Value> {
    Err(vm.type_error(
        "cannot create 'sandbox.Proxy' objects directly (sandbox.serve and \
         sandbox.import_isolated return them)",
    ))
}

/// `sandbox.serve(factory, *args, _config=None)`: start an owner sandbox
/// that builds `factory(*args)` and serves it; the proxy to it.
fn serve(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let Some(factory) = a.pos.first() else {
        return Err(vm.type_error("serve() missing required argument: 'factory'"));
    };
    let (config, mut kw) = super::sandbox_limits::take_config(a);
    // `plain=True`: the owner accepts plain data only (docs/security.md).
    let mut plain = false;
    if let Some(i) = kw
        .iter()
        .position(|(k, _)| crate::vm::eval::name_text(k) == "plain")
    {
        let (_, v) = kw.remove(i);
        plain = vm.truthy(&v)?;
    }
    if let Some((k, _)) = kw.first() {
        let k = crate::vm::eval::name_text(k).to_string();
        return Err(vm.type_error(format!(
            "serve() got an unexpected keyword argument '{k}' (the factory takes positional arguments)"
        )));
    }
    let factory = vm.freeze_for_transfer(factory)?;
    let mut args = Vec::with_capacity(a.pos.len().saturating_sub(1));
    for x in &a.pos[1..] {
        args.push(vm.freeze_for_transfer(x)?);
    }
    start_owner(vm, Served::Call { factory, args }, config.as_ref(), plain)
}

/// `sandbox.import_isolated(name, _config=None)`: import the module in an
/// owner sandbox of its own; a proxy to the module.
fn import_isolated(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    crate::builtins::check_kw(vm, "import_isolated", a, &["_config"])?;
    let name = match a.pos {
        [v] => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let t = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "import_isolated() argument must be a module name (str), not '{t}'"
                )));
            }
        },
        _ => {
            return Err(vm.type_error(format!(
                "import_isolated() takes exactly one argument ({} given)",
                a.pos.len()
            )));
        }
    };
    // The name is checked here, before a sandbox starts (and again by the
    // owner's importer).
    vm.check_module_name(&name)?;
    let config = kwarg(a, "_config");
    start_owner(vm, Served::Module(name), config.as_ref(), false)
}

fn start_owner(vm: &mut Vm, what: Served, config: Option<&Value>, plain: bool) -> PyResult<Value> {
    let (mut link, end, ready) = crate::proxy::owner::channel();
    link.plain = plain;
    let h = start_child(vm, Job::Serve { what, end }, config)?;
    link.owner_id = h.sandbox.id;
    match vm.blocking(|cancel| link.wait_started(&ready, cancel)) {
        Started::Ready(type_name) => {
            let p: crate::proxy::ProxyRef = Arc::new(crate::proxy::ProxyShared {
                what: type_name,
                target: crate::proxy::Target::Owner(link),
            });
            Ok(Value::Obj(ObjRef::new(Payload::Host(Host::shared(p)))))
        }
        Started::Failed(Some(f)) => Err(sandbox_error(vm, &f)),
        Started::Failed(None) => Err(vm.runtime_error("the owner sandbox ended before serving")),
        Started::Cancelled => {
            h.cancel();
            Err(vm.stopped_error())
        }
    }
}
