//! Caps on what one sandbox may use, and its usage, shared live between the
//! sandbox and its host (docs/design.md rule 5).
//!
//! A `Meter` holds one cap and one usage figure per resource, as atomics:
//! the host (or the parent) reads usage and raises or lowers caps at any
//! time; the sandbox publishes its usage and compares it with the caps on
//! its safepoint path only (every `SAFEPOINT_BUDGET` backward jumps and
//! calls, and in long native loops), so a cap costs nothing on the hot path.
//! Wall time is also watched from outside (`watchdog.rs`), so a sandbox
//! blocked on a queue or asleep is stopped on time too.
//!
//! Exceeding a cap is final: the sandbox is terminated (no `except` or
//! `finally` runs) and its joiner gets a failure of kind `limit` whose
//! message names the limit, its value and the usage, e.g.
//! `time limit 2s exceeded after 2.001s`.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::heap::account::Account;

use parking_lot::Mutex;

/// The resources a sandbox is capped on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Resource {
    /// Bytes held in its local heap plus the frozen objects it made that
    /// are still alive.
    Memory,
    /// Bytecode instructions executed.
    Instructions,
    /// Time since it started.
    WallTime,
    /// CPU time of its thread.
    CpuTime,
    /// Depth of Python calls.
    Recursion,
    /// Bytes printed (stdout and stderr).
    Output,
    /// Files created.
    Files,
    /// Bytes written to files.
    Written,
    /// Sandboxes alive at once (the sandbox itself and its descendants).
    Sandboxes,
}

/// The cap on live sandboxes of `sandpy run` when none is given: enough for
/// any pool a machine can run in parallel, far below what exhausts a
/// process's threads or memory mappings.
pub const DEFAULT_MAX_SANDBOXES: u64 = 1000;

/// How many resources there are.
pub const RESOURCES: usize = 9;

impl Resource {
    /// Every resource, in the order of `sandbox.limits()`.
    pub const ALL: [Resource; RESOURCES] = [
        Resource::Memory,
        Resource::Instructions,
        Resource::WallTime,
        Resource::CpuTime,
        Resource::Recursion,
        Resource::Output,
        Resource::Files,
        Resource::Written,
        Resource::Sandboxes,
    ];

    /// The key in `sandbox.limits()` / `usage()` and in `Config(...)`.
    pub fn key(self) -> &'static str {
        match self {
            Resource::Memory => "memory",
            Resource::Instructions => "instructions",
            Resource::WallTime => "time",
            Resource::CpuTime => "cpu",
            Resource::Recursion => "recursion",
            Resource::Output => "output",
            Resource::Files => "files",
            Resource::Written => "written",
            Resource::Sandboxes => "sandboxes",
        }
    }

    /// The resource of a key (see `key`).
    pub fn from_key(k: &str) -> Option<Resource> {
        Resource::ALL.into_iter().find(|r| r.key() == k)
    }

    /// Whether a cap on it bounds the sandbox with all its descendants (the
    /// figures add up over the tree): every resource but wall time (each
    /// child's is bounded by its parent's remaining time when it starts)
    /// and recursion (a depth, of one thread).
    pub fn is_tree_wide(self) -> bool {
        !matches!(self, Resource::WallTime | Resource::Recursion)
    }

    /// Whether the figures are times (kept in nanoseconds).
    pub fn is_time(self) -> bool {
        matches!(self, Resource::WallTime | Resource::CpuTime)
    }

    /// How the limit is named in messages.
    fn label(self) -> &'static str {
        match self {
            Resource::Memory => "memory limit",
            Resource::Instructions => "instruction limit",
            Resource::WallTime => "time limit",
            Resource::CpuTime => "cpu time limit",
            Resource::Recursion => "recursion limit",
            Resource::Output => "output limit",
            Resource::Files => "file limit",
            Resource::Written => "write limit",
            Resource::Sandboxes => "sandbox limit",
        }
    }

    /// A figure of this resource for people: `2s`, `1.5ms`, `64M`, `1000`.
    pub fn show(self, v: u64) -> String {
        match self {
            Resource::WallTime | Resource::CpuTime => show_duration(v),
            Resource::Memory | Resource::Output | Resource::Written => show_bytes(v),
            _ => v.to_string(),
        }
    }

    /// The message of a sandbox that refused, before starting it, an
    /// operation estimated at `estimate` (nanoseconds) with `used` of the
    /// time cap `cap` already gone (`Vm::afford`).
    pub fn refused(self, cap: u64, estimate: u64, used: u64) -> String {
        format!(
            "{} {} exceeded: an operation estimated at {} was refused ({} used)",
            self.label(),
            self.show(cap),
            show_duration_fine(estimate),
            show_duration_fine(used)
        )
    }

    /// Whether `why` is the message `exceeded` writes for this cap.
    pub fn is_exceeded(self, cap: u64, why: &str) -> bool {
        why.strip_prefix(self.label())
            .and_then(|w| w.strip_prefix(' '))
            .and_then(|w| w.strip_prefix(self.show(cap).as_str()))
            .is_some_and(|w| w.starts_with(" exceeded after ") || w.starts_with(" exceeded ("))
    }

    /// The message of a sandbox stopped at this limit.
    pub fn exceeded(self, cap: u64, used: u64) -> String {
        match self {
            Resource::WallTime | Resource::CpuTime => format!(
                "{} {} exceeded after {}",
                self.label(),
                self.show(cap),
                show_duration_fine(used)
            ),
            _ => format!(
                "{} {} exceeded ({} used)",
                self.label(),
                self.show(cap),
                self.show(used)
            ),
        }
    }
}

fn show_duration(ns: u64) -> String {
    if ns.is_multiple_of(1_000_000_000) {
        format!("{}s", ns / 1_000_000_000)
    } else if ns.is_multiple_of(1_000_000) {
        format!("{}ms", ns / 1_000_000)
    } else {
        show_duration_fine(ns)
    }
}

fn show_duration_fine(ns: u64) -> String {
    if ns >= 1_000_000_000 {
        format!("{:.3}s", ns as f64 / 1e9)
    } else {
        format!("{:.3}ms", ns as f64 / 1e6)
    }
}

fn show_bytes(b: u64) -> String {
    const UNITS: [(u64, &str); 4] = [
        (1 << 40, "T"),
        (1 << 30, "G"),
        (1 << 20, "M"),
        (1 << 10, "K"),
    ];
    for (size, unit) in UNITS {
        if b >= size {
            return if b.is_multiple_of(size) {
                format!("{}{unit}", b / size)
            } else {
                format!("{:.1}{unit}", b as f64 / size as f64)
            };
        }
    }
    format!("{b}B")
}

/// Parse a cap as the command line and `Config` write it: `64M`, `1.5G`,
/// `4096` (bytes or counts), `2s`, `500ms`, `1.5s`, `100us` (times; a bare
/// number is seconds). Returns the value in bytes, counts or nanoseconds.
pub fn parse_cap(r: Resource, text: &str) -> Result<u64, String> {
    let t = text.trim();
    let bad = || {
        if r.is_time() {
            format!(
                "invalid {} '{text}': use a duration such as 2s, 500ms or 1.5",
                r.key()
            )
        } else if matches!(r, Resource::Memory | Resource::Output | Resource::Written) {
            format!(
                "invalid {} '{text}': use a size such as 64M, 512K, 1G or 4096",
                r.key()
            )
        } else {
            format!("invalid {} '{text}': use a whole number", r.key())
        }
    };
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let x: f64 = num.parse().map_err(|_| bad())?;
    if !x.is_finite() || x < 0.0 {
        return Err(bad());
    }
    let scale: f64 = if r.is_time() {
        match unit.trim() {
            "" | "s" => 1e9,
            "ms" => 1e6,
            "us" | "µs" => 1e3,
            "ns" => 1.0,
            "m" | "min" => 60e9,
            _ => return Err(bad()),
        }
    } else if matches!(r, Resource::Memory | Resource::Output | Resource::Written) {
        match unit.trim().to_ascii_uppercase().as_str() {
            "" | "B" => 1.0,
            "K" | "KB" | "KIB" => 1024.0,
            "M" | "MB" | "MIB" => 1024.0 * 1024.0,
            "G" | "GB" | "GIB" => 1024.0 * 1024.0 * 1024.0,
            _ => return Err(bad()),
        }
    } else if unit.is_empty() && !num.contains('.') {
        1.0
    } else {
        return Err(bad());
    };
    let v = x * scale;
    if v >= u64::MAX as f64 {
        return Err(bad());
    }
    Ok(v.round() as u64)
}

/// Caps given by a host: None leaves the resource unlimited.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Limits {
    caps: [Option<u64>; RESOURCES],
}

impl Limits {
    /// No caps at all.
    pub fn none() -> Limits {
        Limits::default()
    }

    /// The cap on `r` (bytes, counts, or nanoseconds for times).
    pub fn get(&self, r: Resource) -> Option<u64> {
        self.caps[r as usize]
    }

    /// Set or clear the cap on `r`.
    pub fn set(&mut self, r: Resource, v: Option<u64>) -> &mut Limits {
        self.caps[r as usize] = v;
        self
    }

    /// Cap memory at `bytes` (needs [`CountingAlloc`](crate::CountingAlloc)
    /// installed; refused with [`LimitError::NoCountingAllocator`] otherwise).
    pub fn memory(mut self, bytes: u64) -> Limits {
        self.set(Resource::Memory, Some(bytes));
        self
    }
    /// Cap the bytecode instructions run at `n`.
    pub fn instructions(mut self, n: u64) -> Limits {
        self.set(Resource::Instructions, Some(n));
        self
    }
    /// Cap the time since the sandbox started at `d`.
    pub fn wall_time(mut self, d: Duration) -> Limits {
        self.set(Resource::WallTime, Some(duration_ns(d)));
        self
    }
    /// Cap the CPU time of the sandbox's thread at `d`.
    pub fn cpu_time(mut self, d: Duration) -> Limits {
        self.set(Resource::CpuTime, Some(duration_ns(d)));
        self
    }
    /// Cap the depth of Python calls at `depth`.
    pub fn recursion(mut self, depth: u64) -> Limits {
        self.set(Resource::Recursion, Some(depth));
        self
    }
    /// Cap the bytes printed (stdout and stderr) at `bytes`.
    pub fn output(mut self, bytes: u64) -> Limits {
        self.set(Resource::Output, Some(bytes));
        self
    }
    /// Cap the files created at `n`.
    pub fn files(mut self, n: u64) -> Limits {
        self.set(Resource::Files, Some(n));
        self
    }
    /// Cap the bytes written to files at `bytes`.
    pub fn written(mut self, bytes: u64) -> Limits {
        self.set(Resource::Written, Some(bytes));
        self
    }
    /// Cap the sandboxes alive at once in the tree (this one included).
    pub fn sandboxes(mut self, n: u64) -> Limits {
        self.set(Resource::Sandboxes, Some(n));
        self
    }

    /// These caps, narrowed so that none exceeds `outer`'s (a child never
    /// gets more than its parent holds).
    pub fn within(&self, outer: &Limits) -> Limits {
        let mut out = Limits::none();
        for r in Resource::ALL {
            let v = match (self.get(r), outer.get(r)) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            out.set(r, v);
        }
        out
    }
}

/// Why caps were refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LimitError {
    /// A memory cap was asked for, but the process's global allocator is
    /// not [`CountingAlloc`](crate::CountingAlloc), so memory use is not
    /// counted; the message names the line that installs it.
    NoCountingAllocator,
}

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LimitError::NoCountingAllocator => f.write_str(
                "memory caps need the counting allocator: add \
                 `#[global_allocator] static A: sandpy::CountingAlloc = sandpy::CountingAlloc;` \
                 to the program that embeds sandpy",
            ),
        }
    }
}

impl std::error::Error for LimitError {}

/// Refuse caps this process cannot enforce (a memory cap without the
/// counting allocator installed).
pub fn check(limits: &Limits) -> Result<(), LimitError> {
    if limits.get(Resource::Memory).is_some() && !crate::heap::alloc::counting() {
        return Err(LimitError::NoCountingAllocator);
    }
    Ok(())
}

/// `check`, with the refusal as the message Python code sees (a
/// ValueError from `sandbox.spawn(..., Config(memory=...))`).
pub fn check_supported(limits: &Limits) -> Result<(), String> {
    check(limits).map_err(|e| e.to_string())
}

fn duration_ns(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX - 1)
}

/// What a sandbox has used (bytes, counts, nanoseconds for times), as last
/// published at its safepoints (wall time is always current; recursion is
/// the current depth), by itself and with its descendants.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    figures: [u64; RESOURCES],
    tree: [u64; RESOURCES],
}

impl Usage {
    /// The sandbox's own figure for `r` (bytes, counts, or nanoseconds for
    /// times).
    pub fn get(&self, r: Resource) -> u64 {
        self.figures[r as usize]
    }

    /// The figure for `r` of the sandbox and all its descendants, alive
    /// or ended (the one its caps bound; for wall time and recursion, its
    /// own).
    pub fn tree(&self, r: Resource) -> u64 {
        self.tree[r as usize]
    }
}

/// No cap (the value a cap atomic holds when the resource is unlimited).
const NO_CAP: u64 = u64::MAX;

/// The live caps and usage of one sandbox.
#[derive(Debug)]
pub struct Meter {
    caps: [AtomicU64; RESOURCES],
    /// The sandbox's own figures.
    used: [AtomicU64; RESOURCES],
    /// The figures of the sandbox and its descendants (for the resources
    /// that add up over a tree; memory's is kept by `account`).
    tree: [AtomicU64; RESOURCES],
    /// The memory account (heap/account.rs): the allocator charges it, and
    /// it holds the memory cap too, so that the allocator can trip the
    /// sandbox's breaker at the cap.
    pub(crate) account: Arc<Account>,
    started: Instant,
    /// Why the sandbox was stopped from outside (the watchdog, a host that
    /// lowered a cap below the usage of a blocked sandbox), if it was.
    stopped: Mutex<Option<String>>,
}

impl Meter {
    pub fn new(limits: &Limits, account: Arc<Account>) -> Meter {
        let m = Meter {
            caps: std::array::from_fn(|_| AtomicU64::new(NO_CAP)),
            used: std::array::from_fn(|_| AtomicU64::new(0)),
            tree: std::array::from_fn(|_| AtomicU64::new(0)),
            account,
            started: Instant::now(),
            stopped: Mutex::new(None),
        };
        m.set_limits(limits);
        m
    }

    /// Replace every cap.
    pub fn set_limits(&self, limits: &Limits) {
        for r in Resource::ALL {
            self.set_cap(r, limits.get(r));
        }
    }

    /// Set or clear one cap. The sandbox looks at it at its next backward
    /// jump, call or quantum of native work.
    pub fn set_cap(&self, r: Resource, v: Option<u64>) {
        self.caps[r as usize].store(v.unwrap_or(NO_CAP), Ordering::Release);
        if r == Resource::Memory {
            self.account.set_cap(v);
        }
        self.account.trip();
    }

    /// The current caps.
    pub fn limits(&self) -> Limits {
        let mut l = Limits::none();
        for r in Resource::ALL {
            l.set(r, self.cap(r));
        }
        l
    }

    #[inline]
    pub fn cap(&self, r: Resource) -> Option<u64> {
        match self.caps[r as usize].load(Ordering::Acquire) {
            NO_CAP => None,
            v => Some(v),
        }
    }

    /// Publish this sandbox's own figure for `r` (the sandbox, at its
    /// safepoints); returns how much it moved, which the caller adds to the
    /// tree figures of the sandbox and its ancestors (`add_tree`).
    #[inline]
    pub fn publish(&self, r: Resource, v: u64) -> i64 {
        let old = self.used[r as usize].swap(v, Ordering::Relaxed);
        v.wrapping_sub(old) as i64
    }

    /// Add to this sandbox's own figure (counts kept outside the VM: files,
    /// bytes written); returns the new figure. The caller adds `v` to the
    /// tree figures too.
    pub fn add(&self, r: Resource, v: u64) -> u64 {
        self.used[r as usize].fetch_add(v, Ordering::Relaxed) + v
    }

    /// Move the tree figure of `r` by `delta` (a descendant's usage, or
    /// this sandbox's own).
    pub fn add_tree(&self, r: Resource, delta: i64) {
        self.tree[r as usize].fetch_add(delta as u64, Ordering::Relaxed);
    }

    /// The last published usage (wall time is always current).
    pub fn used(&self, r: Resource) -> u64 {
        match r {
            Resource::WallTime => duration_ns(self.started.elapsed()),
            _ => self.used[r as usize].load(Ordering::Relaxed),
        }
    }

    /// The figure the cap on `r` bounds: the tree's for the resources that
    /// add up over a tree, the sandbox's own for the others.
    pub fn tree_used(&self, r: Resource) -> u64 {
        match r {
            Resource::Memory => self.account.tree(),
            _ if r.is_tree_wide() => self.tree[r as usize].load(Ordering::Relaxed),
            _ => self.used(r),
        }
    }

    /// What is left of the cap on `r` for a new child: the cap less the
    /// tree's usage (for wall time, the time left).
    pub fn remaining(&self, r: Resource) -> Option<u64> {
        let cap = self.cap(r)?;
        Some(cap.saturating_sub(self.tree_used(r)))
    }

    /// What a child started now may use at most: for each cap, what is
    /// left of it (recursion, a depth, is not used up by a child).
    pub fn remaining_limits(&self) -> Limits {
        let mut l = Limits::none();
        for r in Resource::ALL {
            let v = match r {
                Resource::Recursion => self.cap(r),
                _ => self.remaining(r),
            };
            l.set(r, v);
        }
        l
    }

    /// Every usage figure.
    pub fn usage(&self) -> Usage {
        Usage {
            figures: std::array::from_fn(|i| self.used(Resource::ALL[i])),
            tree: std::array::from_fn(|i| self.tree_used(Resource::ALL[i])),
        }
    }

    /// When the sandbox started.
    pub fn started(&self) -> Instant {
        self.started
    }

    /// The first resource whose usage (the tree's, where caps bound the
    /// tree) is over its cap, with its message.
    pub fn over(&self) -> Option<(Resource, String)> {
        for r in Resource::ALL {
            if let Some(cap) = self.cap(r) {
                let u = self.tree_used(r);
                if u > cap {
                    return Some((r, r.exceeded(cap, u)));
                }
            }
        }
        None
    }

    /// Record why the sandbox is being stopped from outside (first reason wins).
    pub fn stop(&self, why: String) {
        self.stopped.lock().get_or_insert(why);
        self.account.trip();
    }

    /// Why the sandbox was stopped from outside, if it was.
    pub fn stopped(&self) -> Option<String> {
        self.stopped.lock().clone()
    }
}

/// CPU time used by the calling thread, in nanoseconds.
pub fn thread_cpu_ns() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec; CLOCK_THREAD_CPUTIME_ID is
    // supported on every Linux and macOS this builds for. On failure the
    // figure is 0 (a CPU cap then never fires, the wall cap still does).
    let r = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    if r != 0 {
        return 0;
    }
    (ts.tv_sec as u64)
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_parse_and_show() {
        assert_eq!(parse_cap(Resource::Memory, "64M"), Ok(64 << 20));
        assert_eq!(parse_cap(Resource::Memory, "1.5G"), Ok(3 << 29));
        assert_eq!(parse_cap(Resource::Memory, "4096"), Ok(4096));
        assert_eq!(parse_cap(Resource::WallTime, "2s"), Ok(2_000_000_000));
        assert_eq!(parse_cap(Resource::WallTime, "500ms"), Ok(500_000_000));
        assert_eq!(parse_cap(Resource::CpuTime, "1.5"), Ok(1_500_000_000));
        assert_eq!(parse_cap(Resource::Instructions, "1000"), Ok(1000));
        assert!(parse_cap(Resource::Instructions, "1.5").is_err());
        assert!(parse_cap(Resource::Memory, "lots").is_err());
        assert!(parse_cap(Resource::WallTime, "-1s").is_err());
        assert_eq!(
            parse_cap(Resource::Memory, "64Q").unwrap_err(),
            "invalid memory '64Q': use a size such as 64M, 512K, 1G or 4096"
        );
        assert_eq!(
            Resource::WallTime.exceeded(2_000_000_000, 2_001_000_000),
            "time limit 2s exceeded after 2.001s"
        );
        assert_eq!(
            Resource::Memory.exceeded(64 << 20, 70 << 20),
            "memory limit 64M exceeded (70M used)"
        );
        assert_eq!(
            Resource::Instructions.exceeded(1000, 1024),
            "instruction limit 1000 exceeded (1024 used)"
        );
    }

    #[test]
    fn a_child_never_gets_more_than_its_parent() {
        let parent = Limits::none().memory(100).wall_time(Duration::from_secs(2));
        let child = Limits::none().memory(500).instructions(10);
        let c = child.within(&parent);
        assert_eq!(c.get(Resource::Memory), Some(100));
        assert_eq!(c.get(Resource::Instructions), Some(10));
        assert_eq!(c.get(Resource::WallTime), Some(2_000_000_000));
        assert_eq!(c.get(Resource::Output), None);
    }

    #[test]
    fn meters_compare_usage_with_caps() {
        let m = Meter::new(&Limits::none().instructions(10), Account::new(None));
        let d = m.publish(Resource::Instructions, 10);
        m.add_tree(Resource::Instructions, d);
        assert_eq!(m.over(), None);
        let d = m.publish(Resource::Instructions, 11);
        assert_eq!(d, 1);
        m.add_tree(Resource::Instructions, d);
        assert_eq!(
            m.over().map(|o| o.1).as_deref(),
            Some("instruction limit 10 exceeded (11 used)")
        );
        m.set_cap(Resource::Instructions, Some(100));
        assert_eq!(m.over(), None);
        m.set_cap(Resource::Instructions, None);
        assert_eq!(m.limits(), Limits::none());
    }
}
