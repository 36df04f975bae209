//! Waiting briefly before sleeping. Waking a thread that sleeps on a futex
//! costs tens of microseconds on a loaded or virtualised machine, while the
//! partner of a queue round trip or a spawn usually answers within a few:
//! so a waiter first polls for a short, bounded time (spinning, then
//! yielding its core) and only then blocks.

use std::time::{Duration, Instant};

/// Spin rounds (doubling from 1 to 64 `spin_loop` hints, about 3 µs in all).
const SPIN_ROUNDS: u32 = 7;
/// The longest a waiter polls, yielding its core between polls, before it
/// blocks.
const POLL_FOR: Duration = Duration::from_micros(40);

/// Poll `attempt` until it gives a value or the poll time is over.
#[inline]
pub fn poll<T>(mut attempt: impl FnMut() -> Option<T>) -> Option<T> {
    for round in 0..SPIN_ROUNDS {
        if let Some(v) = attempt() {
            return Some(v);
        }
        for _ in 0..(1u32 << round) {
            std::hint::spin_loop();
        }
    }
    let start = Instant::now();
    loop {
        if let Some(v) = attempt() {
            return Some(v);
        }
        if start.elapsed() >= POLL_FOR {
            return None;
        }
        std::thread::yield_now();
    }
}
