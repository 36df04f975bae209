//! Heaps and collectors.
//!
//! - The *local heap* of a sandbox is its refcounted objects (`object::refcount`);
//!   `local_gc.rs` reclaims the cycles among them.
//! - The *shared heap* (`shared.rs`) holds frozen objects: registered with the
//!   runtime, immortal, read by any sandbox, and reclaimed only by the tracing
//!   collector while every sandbox is stopped at a safepoint.
//! - `alloc.rs` counts each thread's allocated bytes (memory caps) and
//!   charges them to the sandbox's `account.rs`, for its whole tree.
//! - `trace.rs` lists where each payload keeps its references.

pub mod account;
pub mod alloc;
#[cfg(feature = "audit")]
pub mod audit;
pub mod local_gc;
pub mod shared;
pub mod trace;
