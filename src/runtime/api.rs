//! The embedding API: a `Runtime` and sandboxes built from Rust.
//!
//! A sandbox built from Rust starts with nothing: no builtins, no modules
//! (`len` is a NameError). The host grants what it needs.
//!
//! ```
//! use sandpy::runtime::{Data, Runtime};
//!
//! let rt = Runtime::new();
//! let h = rt
//!     .sandbox()
//!     .builtins()
//!     .module("math")
//!     .global("n", Data::Int(10))
//!     .spawn_source("import math\nresult = [math.isqrt(i * i) for i in range(n)]")
//!     .unwrap();
//! let out = h.join().unwrap().to_data().unwrap();
//! assert_eq!(out, Data::from((0..10).collect::<Vec<i64>>()));
//!
//! // Without grants, nothing is there.
//! let bare = rt.sandbox().spawn_source("result = len([])").unwrap();
//! let err = bare.join().unwrap_err();
//! assert_eq!(err.type_name, "NameError");
//! ```

use std::path::Path;
use std::sync::Arc;

use super::data::{Data, NotData};
use super::frozen::Frozen;
use super::handle::SandboxHandle;
use super::output::Sink;
use super::queue::{QueueError, QueueShared, Wait};
use super::spawn::{Job, Start};
use super::{Grants, RuntimeInner};

/// A runtime: the shared heap, its collector and the sandboxes.
#[derive(Clone)]
pub struct Runtime {
    pub(crate) inner: Arc<RuntimeInner>,
    sink: Sink,
}

impl Default for Runtime {
    fn default() -> Self {
        Runtime::new()
    }
}

impl Runtime {
    /// A runtime whose sandboxes print to the process's stdout.
    pub fn new() -> Runtime {
        Runtime {
            inner: RuntimeInner::new(),
            sink: Sink::Stdout,
        }
    }

    /// A runtime whose sandboxes' output is kept in memory (`output()`).
    pub fn with_captured_output() -> Runtime {
        Runtime {
            inner: RuntimeInner::new(),
            sink: Sink::buffer(),
        }
    }

    /// What the sandboxes printed (captured runtimes only).
    pub fn output(&self) -> Option<String> {
        self.sink.contents()
    }

    /// Take what the sandboxes printed so far (captured output only),
    /// leaving the buffer empty.
    pub fn take_output(&self) -> Option<String> {
        self.sink.take()
    }

    /// A builder for a new sandbox, which starts with nothing.
    pub fn sandbox(&self) -> SandboxBuilder {
        SandboxBuilder {
            rt: self.clone(),
            grants: Grants::none(),
            globals: Vec::new(),
            error: None,
        }
    }

    /// Freeze plain data into this runtime's shared heap. Refused: a list
    /// or dict as a dict key (unhashable), nesting deeper than
    /// `data::MAX_DEPTH`.
    pub fn freeze(&self, d: &Data) -> Result<Frozen, NotData> {
        super::data::freeze_data(&self.inner, d)
    }

    /// Serve `service` to sandboxes as the module `name`: a sandbox granted
    /// the module (`SandboxBuilder::module(name)`) imports it and calls its
    /// methods; the calls run one at a time in one thread the runtime owns.
    /// The name must be an identifier that no native module uses, and not
    /// one already served.
    pub fn serve(
        &self,
        name: &str,
        service: impl crate::proxy::service::Service,
    ) -> Result<(), String> {
        let ident = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ident {
            return Err(format!(
                "cannot serve '{name}': a module name must be an identifier"
            ));
        }
        if crate::modules::is_native(name) {
            return Err(format!(
                "cannot serve '{name}': a native module has that name"
            ));
        }
        let mut services = self.inner.services.lock();
        if services.contains_key(name) {
            return Err(format!(
                "cannot serve '{name}': a service of that name is served already"
            ));
        }
        let s = crate::proxy::service::start(name, Box::new(service))?;
        services.insert(
            name.to_string(),
            std::sync::Arc::new(crate::proxy::ProxyShared {
                what: name.to_string(),
                target: crate::proxy::Target::Service(s),
            }),
        );
        Ok(())
    }

    /// A new queue (`maxsize` 0: unbounded) to grant to sandboxes.
    pub fn queue(&self, maxsize: usize) -> Queue {
        Queue {
            rt: self.clone(),
            inner: Arc::new(QueueShared::new(maxsize)),
        }
    }

    /// Run the shared heap's collector now; returns the objects freed.
    pub fn collect(&self) -> usize {
        self.inner.collect_stopped()
    }

    /// Statistics of the shared heap.
    pub fn heap_stats(&self) -> crate::heap::shared::HeapStats {
        self.inner.heap.stats()
    }

    /// Sandboxes currently alive.
    pub fn sandbox_count(&self) -> usize {
        self.inner.sandbox_count()
    }
}

/// A queue shared by the host and its sandboxes.
#[derive(Clone)]
pub struct Queue {
    rt: Runtime,
    pub(crate) inner: Arc<QueueShared>,
}

impl Queue {
    /// Put plain data (frozen first); blocks while a bounded queue is full.
    pub fn put(&self, d: &Data) -> Result<(), PutError> {
        let f = self.rt.freeze(d).map_err(PutError::NotData)?;
        self.put_frozen(f).map_err(PutError::Queue)
    }

    /// Put a frozen value.
    pub fn put_frozen(&self, f: Frozen) -> Result<(), QueueError> {
        self.inner
            .put(f, Wait::Forever, &crossbeam_channel::never())
    }

    /// Take the next item, waiting for one.
    pub fn get(&self) -> Result<Frozen, QueueError> {
        self.inner.get(Wait::Forever, &crossbeam_channel::never())
    }

    /// Take the next item, waiting at most `d`.
    pub fn get_timeout(&self, d: std::time::Duration) -> Result<Frozen, QueueError> {
        let w = std::time::Instant::now()
            .checked_add(d)
            .map_or(Wait::Forever, Wait::Until);
        self.inner.get(w, &crossbeam_channel::never())
    }

    /// Close it: puts fail, gets drain what is left then fail.
    pub fn close(&self) {
        self.inner.close()
    }

    pub fn len(&self) -> usize {
        self.inner.len()
    }

    pub fn is_empty(&self) -> bool {
        self.inner.is_empty()
    }

    /// The queue as a value a sandbox can be granted.
    pub fn as_frozen(&self) -> Frozen {
        super::data::freeze_queue(&self.rt.inner, &self.inner)
    }
}

/// Why `Queue::put` of plain data failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PutError {
    /// The data has no frozen form (an unhashable dict key, too deep).
    NotData(NotData),
    /// The queue refused it (closed).
    Queue(QueueError),
}

impl std::fmt::Display for PutError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PutError::NotData(e) => write!(f, "cannot put the value: {e}"),
            PutError::Queue(QueueError::Closed) => f.write_str("the queue is closed"),
            PutError::Queue(e) => write!(f, "cannot put the value: {e}"),
        }
    }
}

impl std::error::Error for PutError {}

/// Builds a sandbox; every grant is explicit.
pub struct SandboxBuilder {
    rt: Runtime,
    grants: Grants,
    globals: Vec<(String, Frozen)>,
    /// The first grant that could not be made (reported by `spawn_*`).
    error: Option<String>,
}

/// What can be granted as a named global.
pub trait IntoGlobal {
    fn into_frozen(self, rt: &Runtime) -> Result<Frozen, NotData>;
}

impl IntoGlobal for Frozen {
    fn into_frozen(self, _rt: &Runtime) -> Result<Frozen, NotData> {
        Ok(self)
    }
}

impl IntoGlobal for &Queue {
    fn into_frozen(self, _rt: &Runtime) -> Result<Frozen, NotData> {
        Ok(self.as_frozen())
    }
}

impl IntoGlobal for Data {
    fn into_frozen(self, rt: &Runtime) -> Result<Frozen, NotData> {
        rt.freeze(&self)
    }
}

impl SandboxBuilder {
    /// Grant the builtins (`len`, `print`, `range`, the exception classes...).
    pub fn builtins(mut self) -> Self {
        self.grants.builtins = true;
        self
    }

    /// Grant reading the process's standard input (`input()`).
    pub fn stdin(mut self) -> Self {
        self.grants.stdin = true;
        self
    }

    /// Cap what it may use (memory, instructions, time, CPU time, recursion,
    /// output, files, bytes written); the host can change the caps while it
    /// runs (`SandboxHandle::set_limits`).
    pub fn limits(mut self, limits: super::limits::Limits) -> Self {
        if let Err(e) = super::limits::check_supported(&limits) {
            self.error.get_or_insert(e);
        }
        self.grants.limits = limits;
        self
    }

    /// Mount the host directory `host` in the sandbox's file namespace at
    /// the virtual path `at` (e.g. `"/data"`), read-only or writable. The
    /// directory must exist (it is canonicalised now); symlinks that leave
    /// it are refused when followed.
    pub fn mount(mut self, host: impl AsRef<Path>, at: &str, writable: bool) -> Self {
        match super::grants::Mount::new(host.as_ref(), Some(at), writable) {
            Ok(m) => {
                self.grants.mounts.retain(|x| x.at != m.at);
                self.grants.mounts.push(m);
            }
            Err(e) => {
                self.error.get_or_insert(format!("cannot mount {e}"));
            }
        }
        self
    }

    /// Grant the runtime's in-memory `/tmp`, which this sandbox may fill up
    /// to `bytes` (ENOSPC beyond).
    pub fn tmp(mut self, bytes: u64) -> Self {
        self.grants.tmp = Some(bytes);
        self
    }

    /// Grant a native module (`math`, `time`, `random`, `sys`, `sandbox`).
    pub fn module(mut self, name: &str) -> Self {
        if let Some(m) = &mut self.grants.modules
            && !m.iter().any(|n| n == name)
        {
            m.push(name.to_string());
        }
        self
    }

    /// Grant a named global: a frozen value, plain data or a queue. Data
    /// that cannot be frozen makes the `spawn_*` call fail with the reason.
    pub fn global(mut self, name: &str, value: impl IntoGlobal) -> Self {
        match value.into_frozen(&self.rt) {
            Ok(f) => self.globals.push((name.to_string(), f)),
            Err(e) => {
                self.error
                    .get_or_insert_with(|| format!("global '{name}' cannot be granted: {e}"));
            }
        }
        self
    }

    fn start(self, job: Job) -> Result<SandboxHandle, String> {
        if let Some(e) = self.error {
            return Err(e);
        }
        for (name, f) in &self.globals {
            if !f.usable_in(&self.rt.inner) {
                return Err(format!(
                    "global '{name}' was frozen in another runtime; freeze it in this one"
                ));
            }
        }
        let h = super::spawn::start(Start {
            rt: self.rt.inner.clone(),
            grants: self.grants,
            globals: self.globals,
            sink: self.rt.sink.clone(),
            import_path: Vec::new(),
            job,
        })?;
        Ok(SandboxHandle { inner: h })
    }

    /// Run Python source; the result is its global `result` (or None).
    /// A syntax error is returned as an error message.
    pub fn spawn_source(self, source: &str) -> Result<SandboxHandle, String> {
        let code =
            crate::compiler::compile_module(source, "<sandbox>").map_err(|e| e.to_string())?;
        self.start(Job::Module { code, call: None })
    }

    /// Run a Python file; the result is its global `result` (or None).
    pub fn spawn_file(self, path: &Path) -> Result<SandboxHandle, String> {
        let source = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let code = crate::compiler::compile_module(&source, &path.display().to_string())
            .map_err(|e| e.to_string())?;
        self.start(Job::Module { code, call: None })
    }

    /// Run Python source, then call its function `name` with `args`; the
    /// result is what the function returned.
    pub fn spawn_function(
        self,
        source: &str,
        name: &str,
        args: Vec<Frozen>,
    ) -> Result<SandboxHandle, String> {
        let code =
            crate::compiler::compile_module(source, "<sandbox>").map_err(|e| e.to_string())?;
        self.start(Job::Module {
            code,
            call: Some((name.to_string(), args)),
        })
    }

    /// Run precompiled module code (shared, not recompiled), then call its
    /// function `name` with `args` when given.
    pub fn spawn_code(
        self,
        code: Arc<crate::bytecode::CodeUnit>,
        call: Option<(&str, Vec<Frozen>)>,
    ) -> Result<SandboxHandle, String> {
        self.start(Job::Module {
            code,
            call: call.map(|(n, a)| (n.to_string(), a)),
        })
    }
}

impl Frozen {
    /// The value as plain Rust data.
    pub fn to_data(&self) -> Result<Data, NotData> {
        super::data::to_data(self)
    }
}
