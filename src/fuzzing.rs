//! The fuzzing entry point: arbitrary bytes compiled and run as a program
//! in a sandbox under tight caps. Shared by the cargo-fuzz target
//! (`fuzz/fuzz_targets/run.rs`, nightly only) and the stable replay test
//! (`tests/host/fuzz_replay.rs`), which runs the seed corpus through it.
//!
//! Whatever the input, the host must not panic and the interpreter must
//! not crash: a syntax error, an exception or a limit is a fine outcome; a
//! `crash` (a Rust panic caught at the sandbox boundary) is a bug.

use std::sync::OnceLock;
use std::time::Duration;

use crate::runtime::{FailureKind, Limits, Runtime};

/// How one input ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FuzzOutcome {
    /// Not UTF-8, or refused by the compiler.
    NotAProgram,
    /// Ran to its end.
    Finished,
    /// Raised an exception nothing caught.
    Raised,
    /// Stopped at a cap.
    Limited,
    /// The interpreter panicked inside the sandbox (a bug), with the text.
    Crashed(String),
}

/// The caps every input runs under.
pub fn fuzz_limits() -> Limits {
    let l = Limits::none()
        .instructions(200_000)
        .wall_time(Duration::from_secs(2))
        .recursion(200)
        .output(64 * 1024);
    if crate::heap::alloc::counting() {
        l.memory(64 << 20)
    } else {
        l
    }
}

/// Compile and run `data` as a program (builtins and the pure modules
/// granted, output captured).
pub fn run_input(data: &[u8]) -> FuzzOutcome {
    run_input_with(data, fuzz_limits())
}

/// `run_input` under other caps (the generators of deep and long
/// programs, `tests/host/fuzz_deep.rs`, need more instructions than a fuzzed
/// input gets, to build a structure a million deep).
pub fn run_input_with(data: &[u8], limits: Limits) -> FuzzOutcome {
    let Ok(source) = std::str::from_utf8(data) else {
        return FuzzOutcome::NotAProgram;
    };
    static RT: OnceLock<Runtime> = OnceLock::new();
    let rt = RT.get_or_init(Runtime::with_captured_output);
    let mut b = rt.sandbox().builtins().limits(limits);
    for m in crate::runtime::grants::PURE_MODULES {
        b = b.module(m);
    }
    let h = match b.spawn_source(source) {
        Ok(h) => h,
        Err(_) => return FuzzOutcome::NotAProgram,
    };
    let outcome = match h.join() {
        Ok(_) => FuzzOutcome::Finished,
        Err(f) => match f.kind {
            FailureKind::Exception => FuzzOutcome::Raised,
            FailureKind::Limit | FailureKind::Cancelled => FuzzOutcome::Limited,
            FailureKind::Crash => FuzzOutcome::Crashed(f.message),
        },
    };
    // Keep the captured output from growing across inputs.
    let _ = rt.take_output();
    outcome
}

/// The names in the builtins namespace a sandbox with the builtins granted
/// starts with (functions, types, exceptions, constants), read from the
/// registry the runtime builds them from, sorted: the natives sweep
/// (`tests/sweep_natives.rs`) calls each, so a builtin is covered the day
/// it is added.
pub fn builtin_names() -> Vec<String> {
    let b = crate::runtime::statics::builtins();
    let mut names: Vec<String> = match b.namespace().map(|n| n.payload()) {
        Some(crate::object::Payload::Dict(t)) => t
            .borrow()
            .iter()
            .filter_map(|(k, _)| k.as_str().map(str::to_string))
            .collect(),
        _ => Vec::new(),
    };
    names.sort();
    names
}
