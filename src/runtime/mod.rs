//! The runtime: sandboxes, their safepoints, queues and the shared heap.

pub mod handle;
pub mod queue;
