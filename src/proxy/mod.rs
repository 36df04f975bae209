//! Proxies (docs/design.md rule 4): a shareable handle to a mutable object that
//! lives in one owner thread. Every operation on the proxy (attribute
//! reads, method calls, `len`, indexing, `in`, iteration) is a request sent
//! to the owner, which runs requests one at a time and replies; the caller
//! waits in a safe region, so it never holds up a collection, and its
//! cancel signal (cancellation, the wall-time watchdog) still wakes it.
//!
//! Two kinds of owner:
//!
//! - a sandbox (`owner.rs`): `sandbox.serve(factory, *args)` and
//!   `sandbox.import_isolated(name)` start one that builds the object and
//!   serves it. Arguments and results cross frozen.
//! - a host service (`service.rs`): a Rust object answering named calls
//!   with plain-data arguments in a host-owned thread, imported by name
//!   (`Runtime::serve`). The file controller is one.
//!
//! The caller's side, the VM's part, is `client.rs`.

pub mod client;
pub mod objects;
pub mod owner;
pub mod service;

pub use objects::{PROXY_ITERATOR_TYPE, PROXY_METHOD_TYPE, PROXY_TYPE, RemoteMethod};

use std::sync::Arc;

use crate::runtime::frozen::Frozen;
use crate::runtime::handle::Failure;

/// A proxy, shared by every copy of it (freezing a proxy shares it).
pub type ProxyRef = Arc<ProxyShared>;

/// What a proxy reaches.
pub struct ProxyShared {
    /// The served object's type name, or the service's name (for `repr`).
    pub(crate) what: String,
    pub(crate) target: Target,
}

pub(crate) enum Target {
    /// An object served by an owner sandbox.
    Owner(owner::OwnerLink),
    /// A host service.
    Service(service::ServiceRef),
}

impl ProxyShared {
    /// `repr(proxy)`.
    pub fn repr(&self) -> String {
        match &self.target {
            Target::Owner(l) => format!(
                "<sandbox.Proxy of '{}' object served by sandbox {}>",
                self.what, l.owner_id
            ),
            Target::Service(s) => format!("<sandbox.Proxy of service '{}'>", s.name()),
        }
    }
}

/// Why a request got no reply.
#[derive(Debug)]
pub(crate) enum Gone {
    /// The waiting sandbox was cancelled (or stopped by a cap).
    Cancelled,
    /// The owner ended: normally (None: nothing more is served), or with
    /// this failure (a crash, a cap, an uncaught exception).
    Ended(Option<Failure>),
}

/// What waiting on a channel gave.
pub(crate) enum Waited<T> {
    Got(T),
    /// Every sender is gone (the other side ended).
    Cut,
    /// The waiting sandbox was cancelled (or stopped by a cap).
    Cancelled,
}

/// Wait for the next message on `rx`: poll briefly (`spin.rs`), then sleep
/// on it and on the waiter's cancel signal.
pub(crate) fn wait_on<T>(
    rx: &crossbeam_channel::Receiver<T>,
    cancel: &crossbeam_channel::Receiver<()>,
) -> Waited<T> {
    let polled = crate::runtime::spin::poll(|| match rx.try_recv() {
        Ok(r) => Some(Waited::Got(r)),
        Err(crossbeam_channel::TryRecvError::Empty) => None,
        Err(crossbeam_channel::TryRecvError::Disconnected) => Some(Waited::Cut),
    });
    if let Some(w) = polled {
        return w;
    }
    crossbeam_channel::select! {
        recv(rx) -> r => r.map_or(Waited::Cut, Waited::Got),
        recv(cancel) -> _ => Waited::Cancelled,
    }
}

/// The caller's side of an iteration over a proxied object: the owner
/// keeps the iterator and hands its items over in batches.
pub struct RemoteIter {
    pub(crate) proxy: ProxyRef,
    /// The owner's number for the iterator.
    pub(crate) id: u64,
    /// The last batch (a pinned frozen tuple) and the next index in it.
    pub(crate) batch: Option<Frozen>,
    pub(crate) pos: usize,
    /// The owner said the iterator is exhausted after this batch.
    pub(crate) last: bool,
}

/// Items fetched per request while iterating over a proxy.
pub const BATCH: usize = 64;

impl Drop for RemoteIter {
    fn drop(&mut self) {
        // The owner forgets the iterator (nothing to do once it is done).
        if !self.last
            && let Target::Owner(l) = &self.proxy.target
        {
            l.post(owner::Op::CloseIter(self.id));
        }
    }
}
