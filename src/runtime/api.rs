//! The embedding API: a `Runtime` and sandboxes built from Rust, and the
//! errors its calls return (`Error`, `ServeError`).
//!
//! A sandbox built from Rust starts with nothing: no builtins, no modules
//! (`len` is a NameError). The host grants what it needs.
//!
//! ```
//! use sandpy::{Data, Runtime};
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

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::bytecode::CodeUnit;
use crate::compiler::CompileError;

use super::data::{Data, NotData};
use super::frozen::Frozen;
use super::handle::SandboxHandle;
use super::limits::LimitError;
use super::output::Sink;
use super::queue::{QueueError, QueueShared, Wait};
use super::spawn::{Job, Start};
use super::{Grants, RuntimeInner};

/// Why a sandbox could not be started: the error of `SandboxBuilder`'s
/// `spawn_*` calls, and the one type every other refusal of the embedding
/// API converts into (`From<LimitError>`, `From<ServeError>`), for a host
/// that propagates them all with `?`.
///
/// The `Display` text says what happened and what to do, as the command
/// line prints it; a variant that wraps another error includes that error's
/// text, so `source()` is None.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The Python source does not compile: the SyntaxError or
    /// IndentationError, shown as CPython shows it.
    Compile(CompileError),
    /// The Python file given to `spawn_file` could not be read.
    ReadFile {
        /// The file.
        path: PathBuf,
        /// Why it could not be read.
        error: std::io::Error,
    },
    /// A host directory could not be mounted (`SandboxBuilder::mount`): it
    /// does not exist, is not a directory, or the mount point is not a
    /// path. The text names the directory and the reason.
    Mount(String),
    /// A global's value has no frozen form (an unhashable dict key, nesting
    /// deeper than `MAX_DEPTH`).
    GlobalNotData {
        /// The global's name.
        name: String,
        /// Why its value cannot be frozen.
        error: NotData,
    },
    /// A global's value was frozen in another runtime.
    ForeignGlobal {
        /// The global's name.
        name: String,
    },
    /// The caps cannot be enforced by this process (see `LimitError`).
    Limit(LimitError),
    /// `Runtime::serve` refused the service (see `ServeError`).
    Serve(ServeError),
    /// The runtime could not start the sandbox: its thread could not be
    /// created, or this build (`rc-plain`) cannot share objects between
    /// sandboxes. The text says which.
    Start(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Compile(e) => write!(f, "{e}"),
            Error::ReadFile { path, error } => {
                write!(f, "cannot read {}: {error}", path.display())
            }
            Error::Mount(why) => write!(f, "cannot mount {why}"),
            Error::GlobalNotData { name, error } => {
                write!(f, "global '{name}' cannot be granted: {error}")
            }
            Error::ForeignGlobal { name } => write!(
                f,
                "global '{name}' was frozen in another runtime; freeze it in this one"
            ),
            Error::Limit(e) => write!(f, "{e}"),
            Error::Serve(e) => write!(f, "{e}"),
            Error::Start(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {}

impl From<CompileError> for Error {
    fn from(e: CompileError) -> Error {
        Error::Compile(e)
    }
}

impl From<LimitError> for Error {
    fn from(e: LimitError) -> Error {
        Error::Limit(e)
    }
}

impl From<ServeError> for Error {
    fn from(e: ServeError) -> Error {
        Error::Serve(e)
    }
}

/// Why `Runtime::serve` refused a service.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ServeError {
    /// The name is not a Python identifier.
    NotAnIdentifier(String),
    /// A native module (`math`, `sys`, ...) has that name.
    NativeModule(String),
    /// A service of that name is served already in this runtime.
    AlreadyServed(String),
    /// The service's thread could not be started; the text says why.
    Start(String),
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::NotAnIdentifier(name) => write!(
                f,
                "cannot serve '{name}': a module name must be an identifier"
            ),
            ServeError::NativeModule(name) => {
                write!(f, "cannot serve '{name}': a native module has that name")
            }
            ServeError::AlreadyServed(name) => write!(
                f,
                "cannot serve '{name}': a service of that name is served already"
            ),
            ServeError::Start(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for ServeError {}

/// Python module code compiled once (`sandpy::compile`) and run by any
/// number of sandboxes (`SandboxBuilder::spawn_code`) without compiling it
/// again. Cloning it is cheap (the code is shared, immutable and
/// `Send + Sync`).
#[derive(Clone)]
pub struct Code {
    pub(crate) unit: Arc<CodeUnit>,
}

impl Code {
    /// Compile `source`; `filename` is what tracebacks show.
    pub fn compile(source: &str, filename: &str) -> Result<Code, CompileError> {
        Ok(Code {
            unit: crate::compiler::compile_module(source, filename)?,
        })
    }

    /// The bytecode as `sandpy --dis` prints it.
    pub fn disassemble(&self) -> String {
        crate::bytecode::dis::disassemble(&self.unit)
    }
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Code")
            .field("filename", &&*self.unit.source.name)
            .finish_non_exhaustive()
    }
}

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
    /// [`MAX_DEPTH`](crate::MAX_DEPTH).
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
    ) -> Result<(), ServeError> {
        let ident = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_alphanumeric() || c == '_');
        if !ident {
            return Err(ServeError::NotAnIdentifier(name.to_string()));
        }
        if crate::modules::is_builtin(name) {
            return Err(ServeError::NativeModule(name.to_string()));
        }
        let mut services = self.inner.services.lock();
        if services.contains_key(name) {
            return Err(ServeError::AlreadyServed(name.to_string()));
        }
        let s = crate::proxy::service::start(name, Box::new(service)).map_err(ServeError::Start)?;
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

    /// The items waiting in it.
    pub fn len(&self) -> usize {
        self.inner.len()
    }

    /// Whether no item is waiting in it.
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
    error: Option<Error>,
}

/// What can be granted as a named global (`SandboxBuilder::global`): a
/// `Frozen` value, plain `Data`, or a `&Queue`.
pub trait IntoGlobal {
    /// The value frozen in `rt` (refused for data with no frozen form).
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

    /// Grant reading the process's standard input (`input()`, `sys.stdin`).
    pub fn stdin(mut self) -> Self {
        self.grants.stdin = true;
        self
    }

    /// Show the environment variable `name` with `value` in `os.environ`
    /// (the command line's `--allow-env NAME` passes the host's value).
    /// Without any, the sandbox's environment is empty.
    pub fn env(mut self, name: &str, value: &str) -> Self {
        self.grants.env.retain(|(n, _)| n != name);
        self.grants.env.push((name.to_string(), value.to_string()));
        self
    }

    /// Cap what it may use (memory, instructions, time, CPU time, recursion,
    /// output, files, bytes written); the host can change the caps while it
    /// runs (`SandboxHandle::set_limits`). A memory cap needs
    /// [`CountingAlloc`](crate::CountingAlloc) installed: without it the
    /// `spawn_*` call fails with `Error::Limit`.
    pub fn limits(mut self, limits: super::limits::Limits) -> Self {
        if let Err(e) = super::limits::check(&limits) {
            self.error.get_or_insert(Error::Limit(e));
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
                self.error.get_or_insert(Error::Mount(e));
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
                self.error.get_or_insert_with(|| Error::GlobalNotData {
                    name: name.to_string(),
                    error: e,
                });
            }
        }
        self
    }

    fn start(self, job: Job) -> Result<SandboxHandle, Error> {
        if let Some(e) = self.error {
            return Err(e);
        }
        for (name, f) in &self.globals {
            if !f.usable_in(&self.rt.inner) {
                return Err(Error::ForeignGlobal { name: name.clone() });
            }
        }
        let h = super::spawn::start(Start {
            rt: self.rt.inner.clone(),
            grants: self.grants,
            globals: self.globals,
            sink: self.rt.sink.clone(),
            import_path: Vec::new(),
            job,
            parent: None,
        })
        .map_err(Error::Start)?;
        Ok(SandboxHandle { inner: h })
    }

    /// Run Python source; the result is its global `result` (or None).
    /// A syntax error is returned as `Error::Compile`, and nothing runs.
    pub fn spawn_source(self, source: &str) -> Result<SandboxHandle, Error> {
        let code = crate::compiler::compile_module(source, "<sandbox>")?;
        self.start(Job::Module { code, call: None })
    }

    /// Run a Python file; the result is its global `result` (or None).
    /// A file that cannot be read is `Error::ReadFile`.
    pub fn spawn_file(self, path: &Path) -> Result<SandboxHandle, Error> {
        let source = std::fs::read_to_string(path).map_err(|error| Error::ReadFile {
            path: path.to_path_buf(),
            error,
        })?;
        let code = crate::compiler::compile_module(&source, &path.display().to_string())?;
        self.start(Job::Module { code, call: None })
    }

    /// Run Python source, then call its function `name` with `args`; the
    /// result is what the function returned.
    pub fn spawn_function(
        self,
        source: &str,
        name: &str,
        args: Vec<Frozen>,
    ) -> Result<SandboxHandle, Error> {
        let code = crate::compiler::compile_module(source, "<sandbox>")?;
        self.start(Job::Module {
            code,
            call: Some((name.to_string(), args)),
        })
    }

    /// Run precompiled module code (shared, not recompiled), then call its
    /// function `name` with `args` when given.
    pub fn spawn_code(
        self,
        code: &Code,
        call: Option<(&str, Vec<Frozen>)>,
    ) -> Result<SandboxHandle, Error> {
        self.start(Job::Module {
            code: code.unit.clone(),
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
