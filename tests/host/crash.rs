//! Crash containment: a Rust panic inside one sandbox (injected with the
//! test-only `sandbox._fault`) is reported to its joiner as a crash, while
//! the host and the other sandboxes finish their work.

use sandpy::{Data, FailureKind, Runtime};

#[test]
fn a_panicking_sandbox_is_reported_as_a_crash_and_the_others_finish() {
    let rt = Runtime::with_captured_output();
    let worker = |n: i64| {
        rt.sandbox()
            .builtins()
            .global("n", Data::Int(n))
            .spawn_source("result = sum(i * i for i in range(n))")
            .expect("spawn")
    };
    let a = worker(100_000);
    let crasher = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source("import sandbox\nx = [1, 2, 3]\nsandbox._fault('injected fault')")
        .expect("spawn");
    let b = worker(200_000);
    let failure = crasher.join().expect_err("the crasher must fail");
    assert_eq!(failure.kind, FailureKind::Crash);
    assert!(failure.message.contains("injected fault"), "{failure}");
    let sum = |n: i64| (0..n).map(|i| i * i).sum::<i64>();
    assert_eq!(
        a.join().unwrap().to_data().unwrap(),
        Data::Int(sum(100_000))
    );
    assert_eq!(
        b.join().unwrap().to_data().unwrap(),
        Data::Int(sum(200_000))
    );
    // The runtime goes on: a new sandbox runs and collections work.
    let c = worker(10);
    assert_eq!(c.join().unwrap().to_data().unwrap(), Data::Int(sum(10)));
    rt.collect();
    assert_eq!(rt.sandbox_count(), 0);
}

#[test]
fn a_crash_in_a_python_child_is_a_sandbox_error_of_kind_crash() {
    let out = sandpy::runner::run_captured(
        "import sandbox\n\
         h = sandbox.spawn(sandbox._fault, 'boom')\n\
         try:\n    h.join()\nexcept sandbox.SandboxError as e:\n    print(e.kind, str(e))\n\
         print(sandbox.spawn(len, [1, 2]).join())\n",
    );
    assert_eq!(out.status, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "crash sandbox crashed: boom\n2\n");
}
