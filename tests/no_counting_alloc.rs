//! A host that does not install `sandpy::CountingAlloc` (this test crate
//! has no `#[global_allocator]`): memory caps are refused, from Rust and
//! from Python, with a message that names the line to add; they are never
//! silently left unenforced. Every other cap works as before.

use sandpy::{Data, Error, FailureKind, LimitError, Limits, Runtime};

const THE_LINE: &str =
    "#[global_allocator] static A: sandpy::CountingAlloc = sandpy::CountingAlloc;";

#[test]
fn memory_caps_are_refused_without_the_counting_allocator() {
    assert!(!sandpy::CountingAlloc::is_installed());
    let rt = Runtime::with_captured_output();

    // The builder refuses the cap, and nothing starts.
    let e = rt
        .sandbox()
        .builtins()
        .limits(Limits::none().memory(64 << 20))
        .spawn_source("result = 1")
        .err()
        .expect("a memory cap must be refused");
    assert!(
        matches!(e, Error::Limit(LimitError::NoCountingAllocator)),
        "{e:?}"
    );
    assert!(e.to_string().contains(THE_LINE), "{e}");
    assert_eq!(rt.sandbox_count(), 0);

    // The other caps are enforced.
    let h = rt
        .sandbox()
        .builtins()
        .limits(Limits::none().instructions(10_000))
        .spawn_source("while True:\n    pass")
        .unwrap();
    assert_eq!(h.join().unwrap_err().kind, FailureKind::Limit);

    // A running sandbox's caps: a memory cap is refused and nothing changes.
    let q = rt.queue(0);
    let h = rt
        .sandbox()
        .global("q", &q)
        .spawn_source("result = q.get()")
        .unwrap();
    let refused = h.set_limits(&Limits::none().memory(1 << 20).instructions(5));
    assert_eq!(refused, Err(LimitError::NoCountingAllocator));
    // (A tree a host starts gets the default cap on live sandboxes.)
    assert_eq!(
        h.limits(),
        Limits::none().sandboxes(sandpy::runtime::limits::DEFAULT_MAX_SANDBOXES)
    );
    q.put(&Data::Int(3)).unwrap();
    assert_eq!(h.join().unwrap().to_data().unwrap(), Data::Int(3));
}

#[test]
#[cfg(not(feature = "rc-plain"))]
fn python_children_with_a_memory_cap_are_refused_too() {
    let rt = Runtime::with_captured_output();
    let src = "import sandbox\n\
               def f():\n    return 1\n\
               try:\n    sandbox.spawn(f, _config=sandbox.Config(memory='1M'))\n\
               except ValueError as e:\n    result = str(e)\n\
               else:\n    result = 'started'";
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source(src)
        .unwrap();
    let got = h.join().unwrap().to_data().unwrap();
    let text = got.as_str().unwrap_or_default().to_string();
    assert!(text.contains(THE_LINE), "{got:?}");
    // Without a memory cap the child starts.
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source("import sandbox\ndef f():\n    return 1\nresult = sandbox.spawn(f).join()")
        .unwrap();
    assert_eq!(h.join().unwrap().to_data().unwrap(), Data::Int(1));
}
