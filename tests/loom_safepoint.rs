//! Loom models of the safepoint handshake (`src/runtime/safepoint.rs`).
//!
//! Each model explores every interleaving (up to a preemption bound) of a few
//! threads playing sandboxes and collectors against one `Safepoints`. A
//! sandbox marks the span in which it runs user code with a counter
//! (`inside`): the collector's `work` must never see a sandbox inside that
//! span, and a collection must never wait on a sandbox that is blocked in a
//! safe region.
//!
//! Run (a separate target folder keeps the main build intact):
//!
//! ```text
//! RUSTFLAGS="--cfg loom" CARGO_TARGET_DIR=target/loom \
//!     cargo test --release --test loom_safepoint
//! ```
#![cfg(loom)]

use loom::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use loom::sync::{Arc, Condvar, Mutex};
use loom::thread;

use sandpy::runtime::safepoint::Safepoints;

/// Preemptions explored per execution. Bugs in handshakes like this one show
/// up within two or three; the bound keeps each model well under a minute.
const PREEMPTIONS: usize = 3;

/// Check `f` under every interleaving loom explores; prints how many.
fn model(f: impl Fn() + Sync + Send + 'static) {
    use std::sync::atomic::{AtomicUsize, Ordering};
    let mut b = loom::model::Builder::new();
    if b.preemption_bound.is_none() {
        b.preemption_bound = Some(PREEMPTIONS);
    }
    let runs = std::sync::Arc::new(AtomicUsize::new(0));
    let r = runs.clone();
    let started = std::time::Instant::now();
    b.check(move || {
        r.fetch_add(1, Ordering::Relaxed);
        f()
    });
    eprintln!(
        "{} executions in {:.2} s",
        runs.load(Ordering::Relaxed),
        started.elapsed().as_secs_f64()
    );
}

/// What the threads of a model share.
struct World {
    sp: Safepoints,
    /// Sandboxes between their "running user code" markers.
    inside: AtomicUsize,
    /// A collector's `work` is running.
    in_work: AtomicBool,
    /// Collections whose `work` ran.
    collections: AtomicUsize,
}

impl World {
    fn new() -> Arc<World> {
        Arc::new(World {
            sp: Safepoints::new(),
            inside: AtomicUsize::new(0),
            in_work: AtomicBool::new(false),
            collections: AtomicUsize::new(0),
        })
    }

    /// A stretch of user code: reads or creates roots, so no collection may
    /// run meanwhile.
    fn user_code(&self) {
        self.inside.fetch_add(1, Ordering::SeqCst);
        assert!(
            !self.in_work.load(Ordering::SeqCst),
            "a sandbox runs user code during a collection"
        );
        thread::yield_now();
        self.inside.fetch_sub(1, Ordering::SeqCst);
    }

    /// The dispatch loop's safepoint poll.
    fn poll(&self) {
        if self.sp.requested() {
            self.sp.park();
        }
    }

    /// The collector's work: the world must be stopped.
    fn collect(&self) {
        self.sp.stop_the_world(|| {
            assert!(
                !self.in_work.swap(true, Ordering::SeqCst),
                "two collections at once"
            );
            assert_eq!(
                self.inside.load(Ordering::SeqCst),
                0,
                "collecting while a sandbox runs user code"
            );
            thread::yield_now();
            assert_eq!(
                self.inside.load(Ordering::SeqCst),
                0,
                "a sandbox started user code during the collection"
            );
            self.in_work.store(false, Ordering::SeqCst);
            self.collections.fetch_add(1, Ordering::SeqCst);
        });
    }
}

/// (a) Two running sandboxes poll and park; one collector stops the world.
/// While `work` runs, neither sandbox is inside user code, and everybody
/// finishes (no lost wake-up).
#[test]
fn collector_stops_two_polling_sandboxes() {
    model(|| {
        let w = World::new();
        // Sandboxes are registered by their spawner before their thread runs.
        w.sp.register();
        w.sp.register();
        // One sandbox passes two safepoints, the other one (two each takes
        // loom minutes).
        let sandboxes: Vec<_> = [2, 1]
            .into_iter()
            .map(|polls| {
                let w = w.clone();
                thread::spawn(move || {
                    for _ in 0..polls {
                        w.user_code();
                        w.poll();
                    }
                    w.sp.unregister();
                })
            })
            .collect();
        let c = {
            let w = w.clone();
            thread::spawn(move || w.collect())
        };
        for s in sandboxes {
            s.join().unwrap();
        }
        c.join().unwrap();
        assert_eq!(w.collections.load(Ordering::SeqCst), 1);
        assert_eq!(w.sp.epoch(), 1);
        assert_eq!(w.sp.running(), 0);
        assert!(!w.sp.requested());
    });
}

/// A one-shot gate: the blocking thing a sandbox waits on in a safe region
/// (a queue item), opened by another thread.
struct Gate {
    open: Mutex<bool>,
    cv: Condvar,
}

impl Gate {
    fn new() -> Gate {
        Gate {
            open: Mutex::new(false),
            cv: Condvar::new(),
        }
    }
    fn wait(&self) {
        let mut g = self.open.lock().unwrap();
        while !*g {
            g = self.cv.wait(g).unwrap();
        }
    }
    fn open(&self) {
        *self.open.lock().unwrap() = true;
        self.cv.notify_all();
    }
}

/// (b1) A sandbox blocked in a safe region does not hold up the collector:
/// it stays blocked until the collection is over (if the collector waited
/// for it, loom would report a deadlock), while another, running sandbox is
/// stopped at its safepoint as usual.
#[test]
fn safe_region_does_not_block_the_collector() {
    model(|| {
        let w = World::new();
        let gate = Arc::new(Gate::new());
        w.sp.register();
        w.sp.register();
        let running = {
            let w = w.clone();
            thread::spawn(move || {
                w.user_code();
                w.poll();
                w.user_code();
                w.sp.unregister();
            })
        };
        let s = {
            let w = w.clone();
            let gate = gate.clone();
            thread::spawn(move || {
                w.user_code();
                w.sp.enter_safe_region();
                gate.wait(); // blocked on a queue...
                w.sp.leave_safe_region();
                w.user_code();
                w.sp.unregister();
            })
        };
        // ...which the collector's thread feeds only after collecting.
        w.collect();
        gate.open();
        s.join().unwrap();
        running.join().unwrap();
        assert_eq!(w.collections.load(Ordering::SeqCst), 1);
        assert_eq!(w.sp.running(), 0);
    });
}

/// (b2) A sandbox that leaves its safe region while a collection runs waits
/// for it to end before running user code again.
#[test]
fn leaving_a_safe_region_waits_out_the_collection() {
    model(|| {
        let w = World::new();
        w.sp.register();
        let s = {
            let w = w.clone();
            thread::spawn(move || {
                w.sp.enter_safe_region();
                thread::yield_now();
                w.sp.leave_safe_region();
                w.user_code();
                w.poll();
                w.user_code();
                w.sp.unregister();
            })
        };
        w.collect();
        s.join().unwrap();
        assert_eq!(w.collections.load(Ordering::SeqCst), 1);
        assert_eq!(w.sp.running(), 0);
    });
}

/// (c) A sandbox registering (being spawned) and another unregistering
/// (ending) race a collection: a new sandbox does not start running during
/// the collection, an ending one does not hold it up, and the count of
/// running sandboxes ends at zero.
#[test]
fn register_and_unregister_race_a_collection() {
    model(|| {
        let w = World::new();
        // The one that ends: registered already, runs a little, unregisters.
        w.sp.register();
        let ending = {
            let w = w.clone();
            thread::spawn(move || {
                w.user_code();
                w.sp.unregister();
            })
        };
        // The one that starts: its spawner (not a running sandbox here)
        // registers it, then it runs.
        let starting = {
            let w = w.clone();
            thread::spawn(move || {
                w.sp.register();
                w.user_code();
                w.poll();
                w.sp.unregister();
            })
        };
        w.collect();
        ending.join().unwrap();
        starting.join().unwrap();
        assert_eq!(w.collections.load(Ordering::SeqCst), 1);
        assert_eq!(w.sp.running(), 0);
    });
}

/// (d) Two sandboxes collect at the same time, each from inside a safe
/// region (what `sandbox.collect()` does): the collections run one after the
/// other, each with the world stopped.
#[test]
fn two_sandboxes_collect_at_once() {
    model(|| {
        let w = World::new();
        w.sp.register();
        w.sp.register();
        let ts: Vec<_> = (0..2)
            .map(|_| {
                let w = w.clone();
                thread::spawn(move || {
                    w.user_code();
                    w.sp.enter_safe_region();
                    w.collect();
                    w.sp.leave_safe_region();
                    w.poll();
                    w.user_code();
                    w.sp.unregister();
                })
            })
            .collect();
        for t in ts {
            t.join().unwrap();
        }
        assert_eq!(w.collections.load(Ordering::SeqCst), 2);
        assert_eq!(w.sp.epoch(), 2);
        assert_eq!(w.sp.running(), 0);
    });
}

/// The models can fail: a sandbox that breaks the protocol (runs user code
/// while it is counted as stopped, inside its safe region) is caught.
#[test]
#[should_panic(expected = "user code")]
fn a_sandbox_breaking_the_protocol_is_caught() {
    model(|| {
        let w = World::new();
        w.sp.register();
        let s = {
            let w = w.clone();
            thread::spawn(move || {
                w.sp.enter_safe_region();
                w.user_code(); // wrong: touches the heap while "stopped"
                w.sp.leave_safe_region();
                w.sp.unregister();
            })
        };
        w.collect();
        s.join().unwrap();
    });
}
