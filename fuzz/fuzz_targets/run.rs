//! Arbitrary bytes compiled and run as a sandboxed program under tight
//! caps (`sandpy::fuzzing::run_input`). A crash of the interpreter, or any
//! panic reaching the host, is a finding.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sandpy::fuzzing::{FuzzOutcome, run_input};

/// Inputs run under a memory cap too, which needs the counting allocator.
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

fuzz_target!(|data: &[u8]| {
    if let FuzzOutcome::Crashed(why) = run_input(data) {
        panic!("the interpreter crashed: {why}");
    }
});
