//! sandpy: a Python 3 runtime whose interpreter threads run in parallel as
//! sandboxes (Adam Olsen's "sandboxed threads" design).
//!
//! A host builds a [`Runtime`] and starts sandboxes from it with a
//! [`SandboxBuilder`]. A sandbox is an interpreter thread that starts with
//! nothing (no builtins, no modules) and gets only what the host grants:
//! builtin sets, native modules, host directories mounted into its file
//! namespace, an in-memory `/tmp`, queues, host services (a Rust object
//! behind the [`Service`] trait, imported as a module) and caps on what it
//! may use ([`Limits`]). Sandboxes share nothing but frozen, immutable
//! values ([`Frozen`]; plain Rust data converts to and from them as
//! [`Data`]), and talk through [`Queue`]s.
//!
//! ```
//! use sandpy::{Data, Limits, Runtime};
//! use std::time::Duration;
//!
//! let rt = Runtime::new();
//! let h = rt
//!     .sandbox()
//!     .builtins()
//!     .module("math")
//!     .global("n", Data::Int(10))
//!     .limits(Limits::none().wall_time(Duration::from_secs(5)))
//!     .spawn_source("import math\nresult = [math.isqrt(i * i) for i in range(n)]")?;
//! let out = h.join()?.to_data()?;
//! assert_eq!(out, Data::from((0..10).collect::<Vec<i64>>()));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Memory caps need the counting allocator, which the library never
//! installs itself (a host may have its own global allocator). A host that
//! wants them adds one line to its crate:
//!
//! ```
//! #[global_allocator]
//! static A: sandpy::CountingAlloc = sandpy::CountingAlloc;
//! # fn main() {}
//! ```
//!
//! Without it, a memory cap is refused with
//! [`LimitError::NoCountingAllocator`], whose message is that line; every
//! other cap works either way.
//!
//! Errors are typed: [`Error`] for starting a sandbox (every other refusal
//! converts into it), [`LimitError`], [`ServeError`], [`PutError`],
//! [`QueueError`], [`NotData`], [`CompileError`]; a sandbox that ran and
//! failed is a [`Failure`].
//!
//! The interpreter's own modules (compiler, VM, object model, heaps) are
//! public only for the crate's tests, benches and command line, and hidden
//! from these docs: they are not part of the API and change without notice.
//! docs/architecture.md draws them.

pub(crate) mod builtins;
#[doc(hidden)]
pub mod bytecode;
#[doc(hidden)]
pub mod compiler;
pub(crate) mod files;
#[doc(hidden)]
pub mod format;
pub(crate) mod freeze;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod heap;
pub(crate) mod modules;
#[doc(hidden)]
pub mod object;
#[doc(hidden)]
pub mod proxy;
#[doc(hidden)]
pub mod pystone_cmd;
#[doc(hidden)]
pub mod runner;
#[doc(hidden)]
pub mod runtime;
// Hidden modules link to their own private helpers in their docs, which
// are for readers of the source, not of the API docs.
#[doc(hidden)]
#[allow(rustdoc::private_intra_doc_links)]
pub mod types;
pub(crate) mod vm;

use std::sync::Arc;

pub use compiler::CompileError;
pub use heap::alloc::CountingAlloc;
pub use heap::shared::HeapStats;
pub use proxy::service::{Caller, Service, ServiceError};
pub use runtime::api::{
    Code, Error, IntoGlobal, PutError, Queue, Runtime, SandboxBuilder, ServeError,
};
pub use runtime::data::{Data, MAX_DEPTH, NotData};
pub use runtime::frozen::Frozen;
pub use runtime::grants::{Access, Grants, Mount};
pub use runtime::handle::{Failure, FailureKind, SandboxHandle};
pub use runtime::limits::{LimitError, Limits, Resource, Usage};
pub use runtime::queue::QueueError;

/// The library's own unit tests enforce memory caps too (an integration
/// test, example or host installs it the same way, in its own crate).
#[cfg(test)]
#[global_allocator]
static COUNTING: CountingAlloc = CountingAlloc;

/// Compile Python module source once, to run in many sandboxes
/// ([`SandboxBuilder::spawn_code`]); `filename` is what tracebacks show.
pub fn compile(source: &str, filename: &str) -> Result<Code, CompileError> {
    Code::compile(source, filename)
}

/// Compile Python source into the interpreter's code unit (for the crate
/// itself; hosts use [`compile`]).
#[doc(hidden)]
pub fn compile_source(
    source: &str,
    filename: &str,
) -> Result<Arc<bytecode::CodeUnit>, compiler::CompileError> {
    compiler::compile_module(source, filename)
}
