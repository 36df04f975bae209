//! The VM's side of its caps (runtime/limits.rs): usage published and
//! compared with the caps on the safepoint path, and the final stop.
//!
//! - Instructions are charged per loop iteration (the length of the loop
//!   body, at each backward jump) and per call (the length of the callee's
//!   code): an upper bound of the bytecode instructions run, deterministic,
//!   and cheap enough to keep on every backward jump and call.
//! - Recursion is checked exactly, on every call (`frame_cap`).
//! - Time, CPU time, memory and output are compared at safepoints.

use crate::object::Exc;
use crate::runtime::handle::FailureKind;
use crate::runtime::limits::{Resource, thread_cpu_ns};

use super::Vm;

/// Usage counters the VM keeps itself (published at safepoints).
#[derive(Debug, Default)]
pub struct Charges {
    /// Instructions charged so far (see the module docs).
    pub instructions: u64,
    /// This thread's CPU time when the VM started (threads are reused).
    pub cpu_base: u64,
    /// Bytes printed.
    pub output: u64,
    /// This thread's allocation count when the VM started.
    pub alloc_base: i64,
}

impl Charges {
    pub fn new() -> Charges {
        Charges {
            instructions: 0,
            cpu_base: thread_cpu_ns(),
            output: 0,
            alloc_base: crate::heap::alloc::thread_bytes(),
        }
    }
}

impl Vm {
    /// The deepest the frame stack may go before the recursion cap ends
    /// the sandbox (usize::MAX without a cap).
    pub(crate) fn sync_frame_cap(&mut self) {
        self.frame_cap = self
            .ctx
            .me
            .meter
            .cap(Resource::Recursion)
            .map_or(usize::MAX, |c| usize::try_from(c).unwrap_or(usize::MAX));
    }

    /// Publish usage and stop the sandbox if it is over a cap (or was
    /// stopped from outside). Called on the safepoint path.
    pub(crate) fn check_limits(&mut self) -> Result<(), Exc> {
        if self.terminating.is_some() {
            return Ok(());
        }
        self.publish_usage();
        let m = &self.ctx.me.meter;
        if let Some(why) = m.over().or_else(|| m.stopped()) {
            return Err(self.stop_at_limit(why));
        }
        self.sync_frame_cap();
        Ok(())
    }

    /// Publish the usage the VM counts itself, for its host and for
    /// `sandbox.usage()`.
    pub(crate) fn publish_usage(&self) {
        let m = &self.ctx.me.meter;
        m.publish(Resource::Instructions, self.charges.instructions);
        m.publish(
            Resource::CpuTime,
            thread_cpu_ns().saturating_sub(self.charges.cpu_base),
        );
        m.publish(Resource::Recursion, self.frames.len() as u64);
        m.publish(Resource::Output, self.charges.output);
        m.publish(Resource::Memory, self.memory_in_use());
    }

    /// End the sandbox at a limit (final: no handler runs).
    pub(crate) fn stop_at_limit(&mut self, why: String) -> Exc {
        self.ctx.me.meter.stop(why.clone());
        // Its children end with it.
        self.ctx.me.cancel();
        self.terminate(FailureKind::Limit, &why)
    }

    /// The error for a sandbox that was cancelled or stopped from outside
    /// (a wait was interrupted, or the flag was seen at a safepoint).
    pub fn stopped_error(&mut self) -> Exc {
        match self.ctx.me.meter.stopped() {
            Some(why) => self.terminate(FailureKind::Limit, &why),
            None => self.terminate(FailureKind::Cancelled, "sandbox was cancelled"),
        }
    }

    /// The recursion cap was reached at this depth.
    pub(crate) fn recursion_cap_error(&mut self) -> Exc {
        let cap = self.frame_cap as u64;
        let why = Resource::Recursion.exceeded(cap, self.frames.len() as u64 + 1);
        self.stop_at_limit(why)
    }

    /// Count `n` bytes about to be printed. False when they would pass the
    /// output cap: they are not written, and the sandbox stops at its next
    /// safepoint (made immediate by emptying the budget).
    pub(crate) fn charge_output(&mut self, n: usize) -> bool {
        let total = self.charges.output.saturating_add(n as u64);
        if let Some(cap) = self.ctx.me.meter.cap(Resource::Output)
            && total > cap
        {
            self.ctx.me.meter.publish(Resource::Output, total);
            self.ctx
                .me
                .meter
                .stop(Resource::Output.exceeded(cap, total));
            self.budget = 1;
            return false;
        }
        self.charges.output = total;
        true
    }

    /// Refuse, before anything is allocated, a result of `bytes` that would
    /// take this sandbox past its memory cap (final, as every limit is).
    pub fn reserve_memory(&mut self, bytes: u64) -> Result<(), Exc> {
        if let Some(cap) = self.ctx.me.meter.cap(Resource::Memory) {
            let used = self.memory_in_use();
            if used.saturating_add(bytes) > cap {
                let m = Resource::Memory;
                let why = format!(
                    "memory limit {} exceeded: a result of {} was refused ({} in use)",
                    m.show(cap),
                    m.show(bytes),
                    m.show(used)
                );
                return Err(self.stop_at_limit(why));
            }
        }
        Ok(())
    }

    /// Bytes this sandbox holds: its thread's allocations since it started
    /// (see heap/alloc.rs), which include the frozen objects it made.
    pub(crate) fn memory_in_use(&self) -> u64 {
        crate::heap::alloc::thread_bytes()
            .saturating_sub(self.charges.alloc_base)
            .max(0) as u64
    }
}
