//! The host-side integration tests, linked into one test binary: the
//! library API, the command line, files, proxies, crashes, the stress and
//! fuzz replays, the floors check and the escape-route
//! programs. One binary instead of eleven because each release test binary
//! is linked with fat LTO (about a minute of one core each), which had made
//! CI's `cargo test --release` mostly linking.
//!
//! Run one file's tests with its module name as the filter, e.g.
//! `cargo test --release --test host stress::`.
//!
//! Left in their own binaries: `python_suite` (the other refcount builds run
//! it alone), `no_counting_alloc` (it must not install the counting
//! allocator), `sweep_natives` (it reads the peak RSS of the
//! test process's children, which the CLI tests here would disturb) and
//! `loom_safepoint` (built only under `--cfg loom`).

/// Memory caps need the counting allocator; a test crate, like any host,
/// installs it itself (once for every module here).
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

#[path = "../pyprog/mod.rs"]
mod pyprog;

mod api;
mod cli;
mod crash;
mod files;
mod floors;
mod fuzz_deep;
mod fuzz_replay;
mod proxy;
mod runtime_api;
mod security;
mod stress;
