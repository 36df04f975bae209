//! `sandbox.Queue`: a lock-free channel (crossbeam) between sandboxes.

/// The shared part of a queue.
pub struct QueueShared {}
