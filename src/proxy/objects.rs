//! The Python objects of the proxy layer, as host objects (object/host.rs):
//! a proxy, one of its methods (`proxy.name`) and an iterator over it.

use crate::object::cell::PyCell;
use crate::object::host::{HostObject, HostType, SharedHost};

use super::{ProxyRef, RemoteIter};

/// `sandbox.Proxy`.
pub static PROXY_TYPE: HostType = HostType::new("Proxy");
/// A method of a proxied object.
pub static PROXY_METHOD_TYPE: HostType = HostType::new("proxy_method");
/// An iterator over a proxied object.
pub static PROXY_ITERATOR_TYPE: HostType = HostType::new("proxy_iterator");

/// A proxy's state is shared and thread-safe: a frozen copy is the same
/// proxy, equal to it and with the same hash.
impl HostObject for ProxyRef {
    fn host_type(&self) -> &'static HostType {
        &PROXY_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        ProxyRef::as_ref(self).repr()
    }

    fn shared_identity(&self) -> Option<usize> {
        Some(std::sync::Arc::as_ptr(self) as usize)
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(self.clone()))
    }
}

/// `proxy.name`, a method of the proxied object: calling it is one request
/// to the owner.
#[derive(Clone)]
pub struct RemoteMethod {
    pub proxy: ProxyRef,
    pub name: Box<str>,
}

impl HostObject for RemoteMethod {
    fn host_type(&self) -> &'static HostType {
        &PROXY_METHOD_TYPE
    }

    fn repr(&self, _addr: usize) -> String {
        format!(
            "<proxy method '{}' of {}>",
            self.name,
            ProxyRef::as_ref(&self.proxy).repr()
        )
    }

    fn share(&self) -> Option<Box<dyn SharedHost>> {
        Some(Box::new(self.clone()))
    }
}

/// An iterator over a proxied object, fetched from its owner in batches; it
/// has a cursor, so it stays in its sandbox (it cannot be frozen).
impl HostObject for PyCell<RemoteIter> {
    fn host_type(&self) -> &'static HostType {
        &PROXY_ITERATOR_TYPE
    }
}
