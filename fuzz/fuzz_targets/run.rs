//! Arbitrary bytes compiled and run as a sandboxed program under tight
//! caps (`sandpy::fuzzing::run_input`). A crash of the interpreter, or any
//! panic reaching the host, is a finding.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sandpy::fuzzing::{FuzzOutcome, run_input};

fuzz_target!(|data: &[u8]| {
    if let FuzzOutcome::Crashed(why) = run_input(data) {
        panic!("the interpreter crashed: {why}");
    }
});
