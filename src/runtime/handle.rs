//! Handles on sandboxes started from Python (`sandbox.spawn`).

/// A handle's shared state.
pub struct HandleShared {}

/// The payload of a handle object.
pub type HandleRef = std::sync::Arc<HandleShared>;

/// `repr(handle)`.
pub fn repr(_h: &HandleRef) -> String {
    "<sandbox.SandboxHandle>".into()
}
