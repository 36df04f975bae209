//! Host services: a Rust object answering named calls, run in one
//! host-owned thread, reached from sandboxes as an importable module
//! (`Runtime::serve`). Arguments and results are plain data (`Data`):
//! immutable values that need no shared heap, which is what crosses frozen
//! into and out of Rust.
//!
//! ```
//! use sandpy::{Caller, Data, Runtime, Service, ServiceError};
//!
//! struct Counter(i64);
//! impl Service for Counter {
//!     fn call(&mut self, _c: &Caller, method: &str, args: Vec<Data>) -> Result<Data, ServiceError> {
//!         match method {
//!             "add" => {
//!                 self.0 += args.first().and_then(Data::as_int).unwrap_or(1);
//!                 Ok(Data::Int(self.0))
//!             }
//!             _ => Err(ServiceError::no_method("counter", method)),
//!         }
//!     }
//! }
//!
//! let rt = Runtime::with_captured_output();
//! rt.serve("counter", Counter(0)).unwrap();
//! let h = rt.sandbox().module("counter")
//!     .spawn_source("import counter\ncounter.add(2)\nresult = counter.add(3)").unwrap();
//! assert_eq!(h.join().unwrap().to_data().unwrap(), Data::Int(5));
//! ```

use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use parking_lot::Mutex;

use crate::runtime::data::Data;
use crate::runtime::{Grants, SandboxShared, Usage};

use super::{Gone, Waited};

/// The sandbox making a call.
#[derive(Clone)]
pub struct Caller {
    pub(crate) sandbox: Arc<SandboxShared>,
    /// The grants of the code making the call: the sandbox's, narrowed by
    /// every other sandbox whose code is on its stack (docs/security.md,
    /// "Authority follows code").
    pub(crate) grants: Arc<Grants>,
}

impl Caller {
    /// The sandbox's id (unique in its runtime).
    pub fn id(&self) -> u64 {
        self.sandbox.id
    }

    /// What the code making the call may use: the sandbox's grants, or
    /// less when code of another sandbox is on its stack (a function it
    /// was handed, a method of an object it received).
    pub fn grants(&self) -> &Grants {
        &self.grants
    }

    /// What the sandbox itself was granted (its `/tmp` quota, for bytes
    /// written to a file it already holds open).
    pub fn sandbox_grants(&self) -> &Grants {
        &self.sandbox.grants
    }

    /// Its usage now (including files created and bytes written).
    pub fn usage(&self) -> Usage {
        self.sandbox.meter.usage()
    }
}

/// An error a service answers with: raised in the calling sandbox as the
/// builtin exception `exception` (a name such as `"KeyError"` or
/// `"FileNotFoundError"`; an unknown name raises RuntimeError) built from
/// `args`.
#[derive(Clone, Debug, PartialEq)]
pub struct ServiceError {
    /// The builtin exception's name, e.g. `"KeyError"`.
    pub exception: String,
    /// The exception's arguments (usually one message).
    pub args: Vec<Data>,
}

impl ServiceError {
    /// `exception(message)`.
    pub fn new(exception: &str, message: impl Into<String>) -> ServiceError {
        ServiceError {
            exception: exception.to_string(),
            args: vec![Data::Str(message.into())],
        }
    }

    /// The AttributeError for a method the service does not have.
    pub fn no_method(service: &str, method: &str) -> ServiceError {
        ServiceError::new(
            "AttributeError",
            format!("module '{service}' has no attribute '{method}'"),
        )
    }

    /// The TypeError for a wrong argument.
    pub fn bad_args(message: impl Into<String>) -> ServiceError {
        ServiceError::new("TypeError", message)
    }
}

impl std::fmt::Display for ServiceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.exception)?;
        if let Some(Data::Str(m)) = self.args.first() {
            write!(f, ": {m}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ServiceError {}

/// A Rust object served to sandboxes. Its calls run one at a time in the
/// service's own thread, in the order they arrive.
pub trait Service: Send + 'static {
    /// Answer `method(*args)` for `caller`.
    fn call(
        &mut self,
        caller: &Caller,
        method: &str,
        args: Vec<Data>,
    ) -> Result<Data, ServiceError>;
}

struct Request {
    caller: Caller,
    method: String,
    args: Vec<Data>,
    reply: Option<Sender<Result<Data, ServiceError>>>,
}

/// A running service: the sending side of its channel.
pub struct ServiceShared {
    name: String,
    tx: Sender<Request>,
    /// The panic text, once the service has crashed.
    crashed: Arc<Mutex<Option<String>>>,
}

pub type ServiceRef = Arc<ServiceShared>;

impl ServiceShared {
    /// The module name it is served under.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Call `method(*args)` and wait for the answer (or the caller's
    /// cancel signal).
    pub(crate) fn call(
        &self,
        caller: Caller,
        method: &str,
        args: Vec<Data>,
        cancel: &Receiver<()>,
    ) -> Result<Result<Data, ServiceError>, Gone> {
        let (rtx, rrx) = crossbeam_channel::bounded(1);
        let req = Request {
            caller,
            method: method.to_string(),
            args,
            reply: Some(rtx),
        };
        // Channel blocks: counted on neither side (see proxy/owner.rs).
        if crate::heap::alloc::uncounted(|| self.tx.send(req)).is_err() {
            return Err(self.gone());
        }
        match super::wait_on(&rrx, cancel) {
            Waited::Got(r) => Ok(r),
            Waited::Cut => Err(self.gone()),
            Waited::Cancelled => Err(Gone::Cancelled),
        }
    }

    /// Send a call without waiting for its answer (a file closed when its
    /// object is dropped).
    pub(crate) fn post(&self, caller: Caller, method: &str, args: Vec<Data>) {
        let _ = crate::heap::alloc::uncounted(|| {
            self.tx.send(Request {
                caller,
                method: method.to_string(),
                args,
                reply: None,
            })
        });
    }

    fn gone(&self) -> Gone {
        let why = self.crashed.lock().clone();
        Gone::Ended(why.map(|m| crate::runtime::Failure {
            kind: crate::runtime::FailureKind::Crash,
            type_name: String::new(),
            message: format!("the service '{}' crashed: {m}", self.name),
            traceback: String::new(),
        }))
    }
}

/// Start serving `service` under `name` in a new thread. The thread ends
/// when the last reference to the returned service is dropped, or when a
/// call panics (the panic is contained: that call and every later one
/// fail with a crash).
pub(crate) fn start(name: &str, mut service: Box<dyn Service>) -> Result<ServiceRef, String> {
    let (tx, rx) = crossbeam_channel::unbounded::<Request>();
    let crashed = Arc::new(Mutex::new(None));
    let crashed2 = crashed.clone();
    let tname = format!("sandpy-service-{name}");
    std::thread::Builder::new()
        .name(tname)
        .spawn(move || {
            loop {
                let req = match crate::heap::alloc::uncounted(|| {
                    crate::runtime::spin::poll(|| rx.try_recv().ok())
                }) {
                    Some(r) => r,
                    None => match crate::heap::alloc::uncounted(|| rx.recv()) {
                        Ok(r) => r,
                        Err(_) => return,
                    },
                };
                let Request {
                    caller,
                    method,
                    args,
                    reply,
                } = req;
                // The call's allocations, and its frees of the arguments
                // the caller made, are the caller's (docs/security.md,
                // "Who pays").
                // So is the reply channel the caller made, whichever side
                // drops it last.
                let account = caller.sandbox.meter.account.clone();
                let r = crate::heap::alloc::charged_to(&account, || {
                    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        service.call(&caller, &method, args)
                    }));
                    // The method's name is the caller's allocation too, and
                    // so is the caller's record: its grants may have been
                    // narrowed for this one call (code of another sandbox
                    // on its stack), a fresh allocation freed here.
                    drop(method);
                    drop(caller);
                    r
                });
                match r {
                    Ok(answer) => crate::heap::alloc::charged_to(&account, || {
                        if let Some(tx) = reply {
                            let _ = tx.send(answer);
                        }
                    }),
                    Err(p) => {
                        // Record why before the channel is cut (`rx` and
                        // every queued reply are dropped on return).
                        *crashed2.lock() = Some(crate::runner::panic_text(&*p));
                        return;
                    }
                }
            }
        })
        .map_err(|e| format!("cannot start the service thread: {e}"))?;
    Ok(Arc::new(ServiceShared {
        name: name.to_string(),
        tx,
        crashed,
    }))
}
