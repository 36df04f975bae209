//! The safepoint handshake between running sandboxes and the shared-heap
//! collector (a stop-the-world rendezvous, as in JVM safepoints with "safe
//! regions" for blocked threads).
//!
//! States of one sandbox, from the handshake's point of view:
//! - *running*: executing Python; it may read frozen objects and create new
//!   roots, so the collector must not mark or sweep.
//! - *stopped*: parked at a safepoint (`park`) or inside a safe region
//!   (`enter_safe_region` .. `leave_safe_region`: blocked on a queue, a join,
//!   a sleep). It touches no frozen object until it is running again.
//!
//! Protocol (all counters under one mutex, `State`):
//! - `running` counts registered sandboxes that are running.
//! - A collector sets `collecting`, then raises `requested` (an atomic that
//!   the dispatch loop polls cheaply at its budgeted safepoints), then waits on
//!   the condvar until `running == 0`. It then owns the shared heap: marks and
//!   sweeps. Finally it clears both flags and wakes everyone.
//! - A running sandbox that sees `requested` parks: `running -= 1`, notify,
//!   wait while `collecting`, `running += 1`.
//! - Leaving a safe region waits while `collecting`, then `running += 1`, so a
//!   sandbox that wakes up during a collection (its queue got an item) does
//!   not run until the collection is over.
//! - Only one collection runs at a time; a second collector waits for the
//!   first to finish, then runs its own.
//! - Every wait on the condvar is for a condition that holds only while
//!   `collecting` is set (a collector waiting for `running == 0`, others
//!   waiting for `collecting` to clear), so a transition made while nothing
//!   is collecting needs no notify: the common path (blocking on a queue, a
//!   sandbox ending) takes the lock and makes no system call.
//!
//! Memory ordering: every transition happens under the mutex, so whatever a
//! sandbox wrote before stopping (its published roots) happens-before the
//! collector's marking, and the collector's sweep happens-before any sandbox
//! runs again. `requested` is only a hint read with Acquire outside the lock;
//! the decision to stay parked is always re-checked under the lock.
//!
//! The file builds against `loom` under `--cfg loom` (tests/loom_safepoint.rs
//! models the handshake).

#[cfg(loom)]
use loom::sync::atomic::{AtomicBool, Ordering};
#[cfg(loom)]
use loom::sync::{Condvar, Mutex, MutexGuard};
#[cfg(not(loom))]
use std::sync::atomic::{AtomicBool, Ordering};
#[cfg(not(loom))]
use std::sync::{Condvar, Mutex, MutexGuard};

#[derive(Debug, Default)]
struct State {
    /// Registered sandboxes currently running (not parked, not in a safe region).
    running: usize,
    /// A collection is requested or in progress.
    collecting: bool,
    /// Collections completed (for `heap_stats`).
    epoch: u64,
}

/// The rendezvous of one runtime.
#[derive(Debug)]
pub struct Safepoints {
    requested: AtomicBool,
    state: Mutex<State>,
    cv: Condvar,
}

impl Default for Safepoints {
    fn default() -> Self {
        Safepoints::new()
    }
}

impl Safepoints {
    pub fn new() -> Safepoints {
        Safepoints {
            requested: AtomicBool::new(false),
            state: Mutex::new(State::default()),
            cv: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        match self.state.lock() {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    fn wait<'a>(&self, g: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        match self.cv.wait(g) {
            Ok(g) => g,
            Err(p) => p.into_inner(),
        }
    }

    /// Whether a collection wants this sandbox to stop (the cheap poll).
    #[inline(always)]
    pub fn requested(&self) -> bool {
        self.requested.load(Ordering::Acquire)
    }

    /// A new sandbox starts running (waits out a collection in progress):
    /// to the handshake, the same as leaving a safe region.
    pub fn register(&self) {
        self.leave_safe_region();
    }

    /// A running sandbox ends: to the handshake, the same as entering a
    /// safe region it never leaves.
    pub fn unregister(&self) {
        self.enter_safe_region();
    }

    /// Stop here until the collection in progress (if any) is over.
    pub fn park(&self) {
        let mut g = self.lock();
        if !g.collecting {
            return;
        }
        g.running -= 1;
        self.cv.notify_all();
        while g.collecting {
            g = self.wait(g);
        }
        g.running += 1;
    }

    /// The sandbox is about to block (queue, join, sleep): it counts as stopped.
    pub fn enter_safe_region(&self) {
        let mut g = self.lock();
        g.running -= 1;
        let wake = g.collecting;
        drop(g);
        if wake {
            self.cv.notify_all();
        }
    }

    /// The sandbox is running again; waits out a collection in progress.
    pub fn leave_safe_region(&self) {
        let mut g = self.lock();
        while g.collecting {
            g = self.wait(g);
        }
        g.running += 1;
    }

    /// Stop every registered sandbox, run `work`, and let them go. The caller
    /// must not itself be counted as running (a sandbox calls this from inside
    /// a safe region). Returns what `work` returned.
    pub fn stop_the_world<R>(&self, work: impl FnOnce() -> R) -> R {
        let mut g = self.lock();
        while g.collecting {
            g = self.wait(g);
        }
        g.collecting = true;
        self.requested.store(true, Ordering::Release);
        while g.running > 0 {
            g = self.wait(g);
        }
        drop(g);
        let r = work();
        let mut g = self.lock();
        g.collecting = false;
        g.epoch += 1;
        self.requested.store(false, Ordering::Release);
        drop(g);
        self.cv.notify_all();
        r
    }

    /// Number of completed stop-the-world pauses.
    pub fn epoch(&self) -> u64 {
        self.lock().epoch
    }

    /// Sandboxes currently running (for tests and models).
    pub fn running(&self) -> usize {
        self.lock().running
    }
}
