//! Wall-time caps watched from outside the sandbox: one thread per process
//! sleeps until the earliest deadline and stops the sandboxes that passed
//! theirs. A running sandbox also checks its time at safepoints; the
//! watchdog is what stops one that is blocked (on a queue, a join, a sleep),
//! since stopping it also wakes it (its cancel signal).
//!
//! An entry is only a reminder: when it comes due, the sandbox's current
//! cap is read again, so a host that raised the cap meanwhile is obeyed (the
//! entry is put back for the new deadline), and one that lowered it calls
//! `watch` again.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::sync::{Arc, OnceLock, Weak};
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use super::SandboxShared;
use super::limits::Resource;

/// Ask the watchdog to check `s` when its wall-time cap runs out (nothing
/// to do without a cap).
pub fn watch(s: &Arc<SandboxShared>) {
    if s.meter.cap(Resource::WallTime).is_none() {
        return;
    }
    static TX: OnceLock<Option<Sender<Weak<SandboxShared>>>> = OnceLock::new();
    let tx = TX.get_or_init(|| {
        let (tx, rx) = crossbeam_channel::unbounded();
        std::thread::Builder::new()
            .name("sandpy-watchdog".into())
            .spawn(move || run(rx))
            .ok()
            .map(|_| tx)
    });
    // Without a watchdog thread (the system refused one), running sandboxes
    // still stop at their safepoints; only blocked ones wait longer.
    if let Some(tx) = tx {
        let _ = tx.send(Arc::downgrade(s));
    }
}

/// When `s`'s cap runs out (None: no cap any more).
fn deadline(s: &SandboxShared) -> Option<Instant> {
    let cap = s.meter.cap(Resource::WallTime)?;
    s.meter.started().checked_add(Duration::from_nanos(cap))
}

fn run(rx: Receiver<Weak<SandboxShared>>) {
    let mut due: BinaryHeap<Reverse<(Instant, u64)>> = BinaryHeap::new();
    let mut who: HashMap<u64, Weak<SandboxShared>> = HashMap::new();
    let mut next_key = 0u64;
    loop {
        let got = match due.peek() {
            Some(Reverse((t, _))) => rx.recv_timeout(t.saturating_duration_since(Instant::now())),
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match got {
            Ok(w) => {
                if let Some(t) = w.upgrade().and_then(|s| deadline(&s)) {
                    next_key += 1;
                    due.push(Reverse((t, next_key)));
                    who.insert(next_key, w);
                }
                // Forget sandboxes that ended before their deadline, so a
                // host that starts many with long caps keeps a table as long
                // as the live ones (amortised: at each doubling).
                if who.len() >= 1024 && who.len().is_power_of_two() {
                    who.retain(|_, w| w.strong_count() > 0);
                    due.retain(|Reverse((_, k))| who.contains_key(k));
                }
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        let now = Instant::now();
        while let Some(&Reverse((t, key))) = due.peek() {
            if t > now {
                break;
            }
            due.pop();
            let Some(s) = who.remove(&key).and_then(|w| w.upgrade()) else {
                continue;
            };
            match deadline(&s) {
                Some(d) if d <= now => {
                    if let Some(cap) = s.meter.cap(Resource::WallTime) {
                        let used = s.meter.used(Resource::WallTime);
                        s.meter.stop(Resource::WallTime.exceeded(cap, used));
                        s.cancel();
                    }
                }
                Some(d) => {
                    next_key += 1;
                    due.push(Reverse((d, next_key)));
                    who.insert(next_key, Arc::downgrade(&s));
                }
                None => {}
            }
        }
    }
}
