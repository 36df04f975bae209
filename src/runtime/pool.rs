//! Sandbox threads are reused: a thread whose sandbox has ended waits a
//! short while for the next one before it exits, so a program that spawns
//! many short sandboxes pays for thread creation (a 256 MiB stack mapping,
//! `clone`, exit and reaping) once per concurrent sandbox, not once per
//! sandbox.
//!
//! The hand-over: `idle` counts threads waiting for work that no starter has
//! claimed yet. A starter claims one (decrements `idle`) and sends its task
//! on the channel, or, when none is idle, starts a new thread. An idle
//! thread polls the channel briefly (`spin.rs`), then sleeps on it; when its
//! wait times out it leaves only if it can un-count itself, since otherwise
//! every idle thread has been claimed and a task is on its way to one of
//! them. So `idle` + tasks in the channel = threads waiting, and no task is
//! ever left without a thread.
//! Nothing of a sandbox survives on its thread: its VM (and every local
//! object) is dropped before the thread goes idle. A thread on which a
//! sandbox crashed (a Rust panic) is never reused, since the panic may have
//! left thread-local interpreter state (the pending-free list) half-updated.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use super::spawn::SANDBOX_STACK;
use crate::heap::account::Account;

/// Work for a sandbox thread; returns whether the thread may be reused.
pub type Work = Box<dyn FnOnce() -> bool + Send>;

/// Work for a sandbox thread and the account that pays for what it frees
/// outside its sandbox's own VM: the starter's, which allocated the work
/// (the closure and what it carries) on its own thread.
pub struct Task {
    pub work: Work,
    pub payer: Option<Arc<Account>>,
}

impl Task {
    /// Run the work, the payer's account charged around it (the sandbox's
    /// own account is attached inside, while its VM lives).
    fn run(self) -> bool {
        let Task { work, payer } = self;
        match payer {
            Some(a) => crate::heap::alloc::charged_to(&a, work),
            None => work(),
        }
    }
}

/// How long an idle sandbox thread waits for new work before it exits.
pub const IDLE_TIMEOUT: Duration = Duration::from_millis(500);

struct Pool {
    tx: Sender<Task>,
    rx: Receiver<Task>,
    /// Waiting threads not yet claimed by a starter.
    idle: AtomicUsize,
}

fn pool() -> &'static Pool {
    static POOL: OnceLock<Pool> = OnceLock::new();
    POOL.get_or_init(|| {
        let (tx, rx) = crossbeam_channel::unbounded();
        Pool {
            tx,
            rx,
            idle: AtomicUsize::new(0),
        }
    })
}

/// Take one from `idle`, if it is not zero.
fn claim_idle(p: &Pool) -> bool {
    p.idle
        .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(1))
        .is_ok()
}

/// Run `task` on an idle sandbox thread, or on a new one.
pub fn run(task: Task) -> Result<(), String> {
    let p = pool();
    if claim_idle(p) {
        // The pool owns both ends of the channel, so it is never disconnected.
        if p.tx.send(task).is_ok() {
            return Ok(());
        }
        unreachable!("the pool's channel is never disconnected");
    }
    std::thread::Builder::new()
        .name("sandpy-sandbox".into())
        .stack_size(SANDBOX_STACK)
        .spawn(move || worker(task))
        .map(|_| ())
        .map_err(|e| format!("cannot start a sandbox thread: {e}"))
}

fn worker(first: Task) {
    let p = pool();
    let mut task = first;
    loop {
        if !task.run() {
            return;
        }
        p.idle.fetch_add(1, Ordering::AcqRel);
        match next_task(p) {
            Some(t) => task = t,
            None => return,
        }
    }
}

/// Wait for the next task as an idle thread; None when it should exit.
fn next_task(p: &Pool) -> Option<Task> {
    if let Some(t) = super::spin::poll(|| p.rx.try_recv().ok()) {
        return Some(t);
    }
    loop {
        match p.rx.recv_timeout(IDLE_TIMEOUT) {
            Ok(t) => return Some(t),
            Err(RecvTimeoutError::Timeout) if claim_idle(p) => return None,
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return None,
        }
    }
}
