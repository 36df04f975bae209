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

/// Units of native work between two checks of the caps (`Vm::work`): a
/// unit is about a nanosecond of work (an element visited, a byte or a
/// digit processed), so a native looks at its caps about every 100
/// microseconds; a check costs well under a microsecond.
pub const WORK_QUANTUM: i64 = 1 << 16;

/// Units of estimated work (`Vm::afford`) this runtime does per second at
/// the most. A unit is meant as a nanosecond; the cost models of the
/// natives (types/num.rs `cost`) were fitted on a 2-core x86-64 build host
/// (release build, see docs/security.md) and then made optimistic by
/// about 2x, so an operation is refused only when it surely cannot finish
/// in the time left; what passes runs to its end.
pub const UNITS_PER_SEC: u64 = 1_000_000_000;

/// Estimates below this many units are never refused (`Vm::afford`): the
/// check would cost more than it could save.
const AFFORD_FLOOR: u64 = 1 << 20;

/// Usage counters the VM keeps itself (published at safepoints).
#[derive(Debug, Default)]
pub struct Charges {
    /// Instructions charged so far (see the module docs).
    pub instructions: u64,
    /// This thread's CPU time when the VM started (threads are reused).
    pub cpu_base: u64,
    /// Bytes printed.
    pub output: u64,
    /// Units of native work left before the next check (`Vm::work`).
    pub work_left: i64,
    /// The CPU time last read, and when (the thread's CPU clock is a system
    /// call: a tight loop reaches a safepoint every few microseconds, so
    /// the clock is read at most once a millisecond).
    pub cpu_seen: u64,
    pub cpu_read_at: Option<std::time::Instant>,
}

impl Charges {
    pub fn new() -> Charges {
        Charges {
            instructions: 0,
            cpu_base: thread_cpu_ns(),
            output: 0,
            work_left: WORK_QUANTUM,
            cpu_seen: 0,
            cpu_read_at: None,
        }
    }
}

/// What a request from another sandbox may make an owner spend (a proxy
/// call whose arguments run the caller's code, `__hash__` or `__eq__`, in
/// the owner): at most what the caller has left of its memory and time
/// caps, so that a caller cannot make an owner do more work than it could
/// do itself. Past it the request ends with MemoryError or TimeoutError
/// (no handler of the request runs) and the owner goes on.
#[derive(Debug)]
pub struct RequestBound {
    /// The owner's memory when the request started.
    base: u64,
    /// The memory the caller's tree had left (None: no cap).
    memory: Option<u64>,
    /// The caller's earliest deadline (None: no time cap).
    deadline: Option<std::time::Instant>,
    /// The owner's thread CPU time and instruction count when the request
    /// started, and what the caller's tree had left of each (None: no cap).
    cpu_base: u64,
    cpu: Option<u64>,
    instructions_base: u64,
    instructions: Option<u64>,
    /// Set when the request passed the bound.
    pub aborted: bool,
}

impl RequestBound {
    /// The bound of a request from `caller`, served by `vm`.
    pub fn for_caller(vm: &Vm, caller: &crate::runtime::SandboxShared) -> RequestBound {
        let memory = caller
            .lineage()
            .filter_map(|s| s.meter.remaining(Resource::Memory))
            .min();
        let deadline = caller
            .lineage()
            .filter_map(|s| {
                let cap = s.meter.cap(Resource::WallTime)?;
                s.meter
                    .started()
                    .checked_add(std::time::Duration::from_nanos(cap))
            })
            .min();
        let left = |r: Resource| caller.lineage().filter_map(|s| s.meter.remaining(r)).min();
        RequestBound {
            base: vm.memory_in_use(),
            memory,
            deadline,
            cpu_base: thread_cpu_ns(),
            cpu: left(Resource::CpuTime),
            instructions_base: vm.charges.instructions,
            instructions: left(Resource::Instructions),
            aborted: false,
        }
    }
}

impl Vm {
    /// End the request in progress if it passed its caller's bound.
    fn check_request_bound(&mut self) -> Result<(), Exc> {
        let Some(b) = &self.request_bound else {
            return Ok(());
        };
        if b.aborted {
            return Ok(());
        }
        let grown = self.memory_in_use().saturating_sub(b.base);
        let m = Resource::Memory;
        let why = match (b.memory, b.deadline) {
            (Some(left), _) if grown > left => Some((
                "MemoryError",
                format!(
                    "this call needed more memory than its caller has left ({} used, {} left)",
                    m.show(grown),
                    m.show(left)
                ),
            )),
            (_, Some(d)) if std::time::Instant::now() > d => Some((
                "TimeoutError",
                "this call ran past its caller's time limit".to_string(),
            )),
            _ => {
                // The clock as last read by `publish_usage` (at most 1 ms
                // old: `check_limits` publishes first).
                let cpu =
                    (self.charges.cpu_base + self.charges.cpu_seen).saturating_sub(b.cpu_base);
                let ran = self
                    .charges
                    .instructions
                    .saturating_sub(b.instructions_base);
                if b.cpu.is_some_and(|left| cpu > left) {
                    Some((
                        "TimeoutError",
                        "this call ran past its caller's CPU time limit".to_string(),
                    ))
                } else if b.instructions.is_some_and(|left| ran > left) {
                    Some((
                        "TimeoutError",
                        "this call ran past its caller's instruction limit".to_string(),
                    ))
                } else {
                    None
                }
            }
        };
        let Some((name, why)) = why else {
            return Ok(());
        };
        if let Some(b) = &mut self.request_bound {
            b.aborted = true;
        }
        self.terminating = Some(FailureKind::Limit);
        let cls = self
            .exc_types
            .all
            .iter()
            .find(|(n, _)| *n == name)
            .map_or_else(|| self.exc_types.memory_error.clone(), |(_, c)| c.clone());
        Err(self.new_exc(&cls, &why))
    }

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

    /// Account for `units` of work done by a native (elements visited,
    /// bytes or digits processed: about a nanosecond each). Every
    /// `WORK_QUANTUM` units, and at once when the breaker is raised (a cap
    /// passed, a stop from outside), the caps are checked: a native whose
    /// work grows with its input calls this as it goes, so that it stops
    /// within a quantum of its cap.
    #[inline]
    pub fn work(&mut self, units: usize) -> Result<(), Exc> {
        self.charges.work_left -= units.min(i64::MAX as usize) as i64;
        if self.charges.work_left <= 0 || self.account.tripped() {
            return self.work_check();
        }
        Ok(())
    }

    /// Refuse up front an operation that cannot be interrupted (one call of
    /// num-bigint, one sort of machine words) and is estimated at `units`
    /// (about nanoseconds, see `UNITS_PER_SEC`) when that is more than the
    /// wall or CPU time left to this sandbox or a sandbox above it: the
    /// sandbox stops at once, with a message that states the limit and the
    /// estimate. Without a time cap nothing is refused. The work is charged
    /// too (`work`), so a loop of affordable operations stops on time.
    #[inline]
    pub fn afford(&mut self, units: u64) -> Result<(), Exc> {
        if units >= AFFORD_FLOOR {
            self.afford_check(units)?;
        }
        self.work(usize::try_from(units).unwrap_or(usize::MAX))
    }

    #[cold]
    #[inline(never)]
    fn afford_check(&mut self, units: u64) -> Result<(), Exc> {
        if self.terminating.is_some() {
            return Ok(());
        }
        let need = u64::try_from(u128::from(units) * 1_000_000_000 / u128::from(UNITS_PER_SEC))
            .unwrap_or(u64::MAX);
        let me = self.ctx.me.clone();
        let mut refusal = None;
        if me
            .lineage()
            .any(|s| s.meter.cap(Resource::CpuTime).is_some())
        {
            self.publish_usage();
        }
        for s in me.lineage() {
            for r in [Resource::WallTime, Resource::CpuTime] {
                let Some(cap) = s.meter.cap(r) else { continue };
                let used = s.meter.tree_used(r);
                if refusal.is_none() && used.saturating_add(need) > cap {
                    refusal = Some(r.refused(cap, need, used));
                }
            }
        }
        match refusal {
            Some(why) => Err(self.stop_at_limit(why)),
            None => Ok(()),
        }
    }

    #[cold]
    #[inline(never)]
    fn work_check(&mut self) -> Result<(), Exc> {
        self.charges.work_left = WORK_QUANTUM;
        if self.terminating.is_some() {
            return Ok(());
        }
        self.safepoint(false)
    }

    /// Publish usage and stop the sandbox if it (or the tree it belongs
    /// to) is over a cap, or was stopped from outside. Called on the
    /// safepoint path. Memory over a cap is first collected: the local
    /// cycles and the shared heap, where a tree's dead frozen objects wait.
    pub(crate) fn check_limits(&mut self) -> Result<(), Exc> {
        if self.terminating.is_some() {
            return Ok(());
        }
        self.account.take_breaker();
        self.publish_usage();
        let me = self.ctx.me.clone();
        let mut over = me.over_in_lineage();
        if matches!(over, Some((_, Resource::Memory, _))) {
            crate::heap::local_gc::collect();
            self.collect_now(false);
            self.publish_usage();
            over = me.over_in_lineage();
        }
        if let Some((s, r, why)) = over {
            // A cap of an enclosing sandbox: this sandbox, whose usage
            // passed it, ends. Memory so freed brings the tree back under
            // its cap (as an allocation refused would have); usage that
            // cannot be given back (time, instructions, output) ends the
            // enclosing sandbox too, with its whole tree.
            if r != Resource::Memory && !std::ptr::eq(s, &*me) {
                s.meter.stop(why.clone());
                s.cancel();
            }
            return Err(self.stop_at_limit(why));
        }
        if let Some(why) = self.ctx.me.meter.stopped() {
            let why = self.restate(why);
            return Err(self.stop_at_limit(why));
        }
        self.check_request_bound()?;
        self.sync_frame_cap();
        Ok(())
    }

    /// `publish_usage` with the CPU clock read now (for figures a program
    /// or a host reads: `usage()`, a child's budget, a sandbox's end).
    pub(crate) fn publish_usage_now(&mut self) {
        self.charges.cpu_read_at = None;
        self.publish_usage();
    }

    /// Publish the usage the VM counts itself, for its host and for
    /// `sandbox.usage()` (the tree figures of its lineage move with it);
    /// the CPU clock is read at most once a millisecond.
    pub(crate) fn publish_usage(&mut self) {
        let now = std::time::Instant::now();
        let c = &mut self.charges;
        if c.cpu_read_at
            .is_none_or(|t| now.duration_since(t).as_micros() >= 1000)
        {
            c.cpu_read_at = Some(now);
            c.cpu_seen = thread_cpu_ns().saturating_sub(c.cpu_base);
        }
        let me = &self.ctx.me;
        me.publish(Resource::Instructions, self.charges.instructions);
        me.publish(Resource::CpuTime, self.charges.cpu_seen);
        me.meter
            .publish(Resource::Recursion, self.frames.len() as u64);
        me.publish(Resource::Output, self.charges.output);
        me.meter.publish(Resource::Memory, self.memory_in_use());
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
            Some(why) => {
                let why = self.restate(why);
                self.terminate(FailureKind::Limit, &why)
            }
            None => self.terminate(FailureKind::Cancelled, "sandbox was cancelled"),
        }
    }

    /// The stop message of the watchdog (`time limit 1s exceeded after
    /// 1.001s`) with the time elapsed now: a native may have run on past
    /// the moment the watchdog wrote it, and the message states the truth.
    fn restate(&self, why: String) -> String {
        let r = Resource::WallTime;
        match self.ctx.me.meter.cap(r) {
            Some(cap) if r.is_exceeded(cap, &why) => r.exceeded(cap, self.ctx.me.meter.used(r)),
            _ => why,
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
        let me = &self.ctx.me;
        let pending = total.saturating_sub(me.meter.used(Resource::Output));
        if let Err((cap, used)) = me.room_for(Resource::Output, pending) {
            let why = Resource::Output.exceeded(cap, used.saturating_add(pending));
            me.publish(Resource::Output, total);
            me.meter.stop(why);
            self.budget = 1;
            return false;
        }
        self.charges.output = total;
        // Published at once: the tree's figure is exact for every printer.
        me.publish(Resource::Output, total);
        true
    }

    /// Refuse, before anything is allocated, a result of `bytes` that would
    /// take this sandbox past its memory cap (final, as every limit is).
    pub fn reserve_memory(&mut self, bytes: u64) -> Result<(), Exc> {
        let extra = || bytes.saturating_add(crate::heap::alloc::pending_bytes().max(0) as u64);
        if self.account.first_over(extra()).is_none() {
            return Ok(());
        }
        // Garbage may be what stands in the way.
        crate::heap::local_gc::collect();
        self.collect_now(false);
        if let Some(acc) = self.account.first_over(extra()) {
            let m = Resource::Memory;
            let cap = acc.cap().unwrap_or(u64::MAX);
            let why = format!(
                "memory limit {} exceeded: a result of {} was refused ({} in use)",
                m.show(cap),
                m.show(bytes),
                m.show(acc.tree())
            );
            return Err(self.stop_at_limit(why));
        }
        Ok(())
    }

    /// Bytes charged to this sandbox: what its thread allocated and did not
    /// free since it started (see heap/account.rs), which includes the
    /// frozen objects it made that are still alive.
    pub(crate) fn memory_in_use(&self) -> u64 {
        (self.account.own() as i64)
            .saturating_add(crate::heap::alloc::pending_bytes())
            .max(0) as u64
    }
}
