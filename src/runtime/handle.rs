//! Handles on running sandboxes: join (with a timeout), done, cancel, and
//! how a sandbox failed.

use std::sync::Arc;

use crossbeam_channel::Receiver;
use parking_lot::Mutex;

use super::SandboxShared;
use super::frozen::Frozen;
use super::queue::Wait;
use crate::object::host::{HostObject, HostType, SharedHost};

/// How a sandbox failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// Its code raised an exception that nothing caught.
    Exception,
    /// The interpreter panicked inside it (contained; the host runs on).
    Crash,
    /// It was cancelled.
    Cancelled,
    /// It exceeded a limit set by its host.
    Limit,
}

impl FailureKind {
    /// The `.kind` string Python sees.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureKind::Exception => "exception",
            FailureKind::Crash => "crash",
            FailureKind::Cancelled => "cancelled",
            FailureKind::Limit => "limit",
        }
    }
}

/// A sandbox's failure, as its joiner sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Failure {
    /// How it failed.
    pub kind: FailureKind,
    /// The exception's type name (empty for crashes and cancellation).
    pub type_name: String,
    /// The exception's message, or the panic text.
    pub message: String,
    /// The child's traceback text (CPython's format), when there is one.
    pub traceback: String,
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            FailureKind::Exception if self.message.is_empty() => {
                write!(f, "sandbox raised {}", self.type_name)
            }
            FailureKind::Exception => {
                write!(f, "sandbox raised {}: {}", self.type_name, self.message)
            }
            FailureKind::Crash => write!(f, "sandbox crashed: {}", self.message),
            FailureKind::Cancelled => write!(f, "sandbox was cancelled"),
            FailureKind::Limit => write!(f, "sandbox stopped: {}", self.message),
        }
    }
}

impl std::error::Error for Failure {}

/// What a sandbox produced.
pub type Outcome = Result<Frozen, Failure>;

/// The shared state of a handle.
pub struct HandleShared {
    pub(crate) sandbox: Arc<SandboxShared>,
    rx: Receiver<Outcome>,
    result: Mutex<Option<Outcome>>,
}

/// The payload of a handle object.
pub type HandleRef = Arc<HandleShared>;

/// Why `join` returned without an outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinError {
    /// The wait ran out first.
    Timeout,
    /// The joining sandbox itself was cancelled.
    Cancelled,
}

impl HandleShared {
    pub(crate) fn new(sandbox: Arc<SandboxShared>, rx: Receiver<Outcome>) -> HandleShared {
        HandleShared {
            sandbox,
            rx,
            result: Mutex::new(None),
        }
    }

    fn settle(&self, o: Outcome) -> Outcome {
        let mut r = self.result.lock();
        if r.is_none() {
            *r = Some(o);
        }
        r.clone().unwrap_or_else(|| unreachable!("just set"))
    }

    /// Wait for the outcome (`cancel` is the waiter's own cancel signal).
    pub fn join(&self, wait: Wait, cancel: &Receiver<()>) -> Result<Outcome, JoinError> {
        if let Some(o) = self.result.lock().clone() {
            return Ok(o);
        }
        let got = match wait {
            Wait::No => self.rx.try_recv().map_err(|_| JoinError::Timeout),
            Wait::Forever | Wait::Until(_) => {
                if let Some(o) = super::spin::poll(|| self.rx.try_recv().ok()) {
                    return Ok(self.settle(o));
                }
                let timeout = match wait {
                    Wait::Until(t) => crossbeam_channel::at(t),
                    _ => crossbeam_channel::never(),
                };
                crossbeam_channel::select! {
                    recv(self.rx) -> r => r.map_err(|_| JoinError::Timeout),
                    recv(cancel) -> _ => Err(JoinError::Cancelled),
                    recv(timeout) -> _ => Err(JoinError::Timeout),
                }
            }
        };
        match got {
            Ok(o) => Ok(self.settle(o)),
            Err(e) => {
                // A racing joiner may have taken the message.
                match self.result.lock().clone() {
                    Some(o) => Ok(o),
                    None => Err(e),
                }
            }
        }
    }

    /// Whether the sandbox has finished.
    pub fn done(&self) -> bool {
        if self.result.lock().is_some() {
            return true;
        }
        match self.rx.try_recv() {
            Ok(o) => {
                let _ = self.settle(o);
                true
            }
            Err(_) => false,
        }
    }

    /// Ask the sandbox to stop.
    pub fn cancel(&self) {
        self.sandbox.cancel();
    }
}

/// A handle on a sandbox started from Rust.
pub struct SandboxHandle {
    pub(crate) inner: HandleRef,
}

impl SandboxHandle {
    /// Wait for the sandbox to finish: its result (frozen) or how it failed.
    pub fn join(&self) -> Result<Frozen, Failure> {
        match self.inner.join(Wait::Forever, &crossbeam_channel::never()) {
            Ok(o) => o,
            Err(_) => unreachable!("an unbounded join of the host cannot time out"),
        }
    }

    /// Wait at most `d`; None when it has not finished by then.
    pub fn join_timeout(&self, d: std::time::Duration) -> Option<Result<Frozen, Failure>> {
        let w = std::time::Instant::now()
            .checked_add(d)
            .map_or(Wait::Forever, Wait::Until);
        self.inner.join(w, &crossbeam_channel::never()).ok()
    }

    /// Whether it has finished.
    pub fn done(&self) -> bool {
        self.inner.done()
    }

    /// Ask it to stop at its next safepoint (or at once if blocked); its
    /// join then reports `FailureKind::Cancelled`.
    pub fn cancel(&self) {
        self.inner.cancel()
    }

    /// What it has used so far (live).
    pub fn usage(&self) -> super::limits::Usage {
        self.inner.sandbox.meter.usage()
    }

    /// Its current caps.
    pub fn limits(&self) -> super::limits::Limits {
        self.inner.sandbox.meter.limits()
    }

    /// Replace its caps while it runs (raise or lower). A cap below what it
    /// already used stops it at its next safepoint (or at once, for a wall
    /// time cap, if it is blocked). A memory cap needs
    /// [`CountingAlloc`](crate::CountingAlloc) installed; without it the
    /// caps are refused and left as they were.
    pub fn set_limits(
        &self,
        limits: &super::limits::Limits,
    ) -> Result<(), super::limits::LimitError> {
        super::limits::check(limits)?;
        self.inner.sandbox.meter.set_limits(limits);
        super::watchdog::watch(&self.inner.sandbox);
        Ok(())
    }
}

/// `repr(handle)`.
pub fn repr(h: &HandleRef) -> String {
    let state = if h.done() { "done" } else { "running" };
    format!("<sandbox.SandboxHandle {} {state}>", h.sandbox.id)
}

/// The Python type of a sandbox handle (`sandbox.SandboxHandle`).
pub static HANDLE_TYPE: HostType = HostType::new("SandboxHandle");

/// A handle's state is shared and thread-safe (an `Arc` of atomics, a
/// channel and a lock), so a frozen copy is the same handle: joining or
/// cancelling it from anywhere works.
impl HostObject for HandleRef {
    fn host_type(&self) -> &'static HostType {
        &HANDLE_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        repr(self)
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(self.clone()))
    }
}
