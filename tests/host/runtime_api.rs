//! Integration tests of the embedding API (the crate root's `Runtime`, ...): what a sandbox
//! built from Rust starts with, grants, plain data to and from frozen values,
//! the ways a sandbox ends (result, exception, syntax error, cancellation),
//! queues between a host and its sandboxes, line-atomic output, and values
//! frozen in another runtime being refused.

use std::collections::HashSet;
use std::time::{Duration, Instant};

use num_bigint::BigInt;
use sandpy::{Data, FailureKind, Frozen, Runtime};

/// Join `h` (waiting at most 30 s so that a hang fails instead of blocking
/// the test run).
fn join(h: &sandpy::SandboxHandle) -> Result<Frozen, sandpy::Failure> {
    h.join_timeout(Duration::from_secs(30))
        .expect("the sandbox did not finish within 30 s")
}

/// Run `src` in a sandbox with every builtin and return its `result`.
fn eval_with_builtins(rt: &Runtime, src: &str) -> Data {
    let h = rt.sandbox().builtins().spawn_source(src).unwrap();
    join(&h)
        .unwrap_or_else(|f| panic!("sandbox failed: {f}\n{}", f.traceback))
        .to_data()
        .unwrap()
}

fn ints(v: &[i64]) -> Data {
    Data::List(v.iter().map(|&i| Data::Int(i)).collect())
}

#[test]
fn no_grants_means_no_builtins() {
    let rt = Runtime::new();
    let h = rt.sandbox().spawn_source("result = len([1, 2])").unwrap();
    let f = join(&h).unwrap_err();
    assert_eq!(f.kind, FailureKind::Exception);
    assert_eq!(f.type_name, "NameError");
    assert!(f.message.contains("'len'"), "{}", f.message);

    // Not even print, or the exception classes.
    for src in ["print('hi')", "result = ValueError", "result = range(3)"] {
        let f = join(&rt.sandbox().spawn_source(src).unwrap()).unwrap_err();
        assert_eq!(f.type_name, "NameError", "{src}: {f}");
    }
    // But the language itself works.
    let h = rt
        .sandbox()
        .spawn_source("def f(x):\n    return [x, x * 2, {'k': x}]\nresult = f(21)")
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::List(vec![
            Data::Int(21),
            Data::Int(42),
            Data::Dict(vec![(Data::from("k"), Data::Int(21))]),
        ])
    );
}

#[test]
fn no_grants_means_no_modules() {
    let rt = Runtime::new();
    for module in ["math", "sys", "time", "random", "sandbox"] {
        let src = format!("import {module}\nresult = 1");
        let f = join(&rt.sandbox().spawn_source(&src).unwrap()).unwrap_err();
        assert_eq!(f.kind, FailureKind::Exception);
        assert_eq!(
            f.type_name, "PermissionError",
            "import {module} without a grant raised {}: {}",
            f.type_name, f.message
        );
        assert!(
            f.message
                .contains(&format!("SandboxBuilder::module(\"{module}\")")),
            "{f}"
        );
    }
    // Builtins alone do not grant modules.
    let f = join(&rt.sandbox().builtins().spawn_source("import math").unwrap()).unwrap_err();
    assert_eq!(f.type_name, "PermissionError", "{f}");
    // A module that does not exist is still ModuleNotFoundError.
    let f = join(
        &rt.sandbox()
            .builtins()
            .spawn_source("import nosuch")
            .unwrap(),
    )
    .unwrap_err();
    assert_eq!(f.type_name, "ModuleNotFoundError", "{f}");
    // A grant of one module is a grant of that module only.
    let f = join(
        &rt.sandbox()
            .builtins()
            .module("math")
            .spawn_source("import math\nimport time")
            .unwrap(),
    )
    .unwrap_err();
    assert!(f.message.contains("time"), "{f}");
}

#[test]
fn granted_builtins_modules_and_globals_work() {
    let rt = Runtime::new();
    let h = rt
        .sandbox()
        .builtins()
        .module("math")
        .global("n", Data::Int(5))
        .global("name", rt.freeze(&Data::from("sq")).unwrap())
        .global("weights", Data::from(vec![1.5f64, 2.5]))
        .spawn_source(
            "import math\n\
             result = (name, [math.isqrt(i * i) for i in range(n)], sum(weights), len(weights))",
        )
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::Tuple(vec![
            Data::from("sq"),
            ints(&[0, 1, 2, 3, 4]),
            Data::Float(4.0),
            Data::Int(2),
        ])
    );

    // Globals without builtins: the names are there, nothing else.
    let h = rt
        .sandbox()
        .global("a", Data::Int(2))
        .global("b", Data::Int(3))
        .spawn_source("result = a ** b")
        .unwrap();
    assert_eq!(join(&h).unwrap().to_data().unwrap(), Data::Int(8));

    // A granted global is frozen: the sandbox cannot change it.
    let h = rt
        .sandbox()
        .builtins()
        .global("xs", Data::from(vec![1i64, 2]))
        .spawn_source("xs.append(3)")
        .unwrap();
    let f = join(&h).unwrap_err();
    assert_eq!(f.type_name, "TypeError", "{f}");

    // The sandbox module, granted, can spawn children with the same grants.
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source(
            "import sandbox\n\
             result = sandbox.map(lambda x: x + 1, range(6), workers=2)",
        )
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        ints(&[1, 2, 3, 4, 5, 6])
    );

    // A child never gets more than its parent holds: no math here.
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source(
            "import sandbox\n\
             def child():\n    import math\n    return 1\n\
             try:\n    sandbox.spawn(child).join()\n    result = 'imported'\n\
             except sandbox.SandboxError as e:\n    result = e.exception_type",
        )
        .unwrap();
    let got = join(&h).unwrap().to_data().unwrap();
    assert_eq!(got, Data::from("PermissionError"));
}

#[test]
fn data_round_trips() {
    let rt = Runtime::new();
    let big: BigInt = BigInt::from(3u8).pow(100) * -1;
    let samples = vec![
        Data::None,
        Data::Bool(true),
        Data::Bool(false),
        Data::Int(0),
        Data::Int(-7),
        Data::Int(i64::MAX),
        Data::Int(i64::MIN),
        Data::BigInt(big.clone()),
        Data::BigInt(BigInt::from(u64::MAX) + 1u8),
        Data::Float(0.1),
        Data::Float(-1e300),
        Data::Float(f64::INFINITY),
        Data::from(""),
        Data::from("héllo, wörld ✓"),
        Data::Bytes(vec![]),
        Data::Bytes((0..=255).collect()),
        Data::List(vec![]),
        Data::Tuple(vec![]),
        Data::Dict(vec![]),
        Data::List(vec![
            Data::Int(1),
            Data::Tuple(vec![Data::from("a"), Data::List(vec![Data::Float(2.5)])]),
            Data::Dict(vec![
                (
                    Data::from("k"),
                    Data::List(vec![Data::None, Data::Bool(true)]),
                ),
                (Data::Int(3), Data::Bytes(b"xyz".to_vec())),
                (
                    Data::Tuple(vec![Data::Int(1), Data::from("t")]),
                    Data::BigInt(big.clone()),
                ),
            ]),
        ]),
    ];
    for d in &samples {
        // Host -> frozen -> host.
        let f = rt.freeze(d).unwrap();
        assert_eq!(&f.to_data().unwrap(), d);
        // Host -> sandbox -> host, unchanged by the trip.
        let h = rt
            .sandbox()
            .global("x", f.clone())
            .spawn_source("result = x")
            .unwrap();
        assert_eq!(&join(&h).unwrap().to_data().unwrap(), d);
    }

    // A sandbox sees Python values of the right types and values.
    let h = rt
        .sandbox()
        .builtins()
        .global("xs", Data::List(samples.clone()))
        .spawn_source("result = [type(x).__name__ for x in xs]")
        .unwrap();
    let names = join(&h).unwrap().to_data().unwrap();
    let expected = [
        "NoneType", "bool", "bool", "int", "int", "int", "int", "int", "int", "float", "float",
        "float", "str", "str", "bytes", "bytes", "list", "tuple", "dict", "list",
    ];
    assert_eq!(
        names,
        Data::List(expected.iter().map(|&s| Data::from(s)).collect())
    );

    // Values built by Python come back as Data: a big int computed there,
    // an int that fits in i64 stays Int.
    let got = eval_with_builtins(
        &rt,
        "result = {'big': -(3 ** 100), 'small': 2 ** 62, 'f': 1 / 4, 'b': bytes([1, 2]), \
         't': (None, True), 's': 'x' * 3}",
    );
    assert_eq!(
        got,
        Data::Dict(vec![
            (Data::from("big"), Data::BigInt(big)),
            (Data::from("small"), Data::Int(1 << 62)),
            (Data::from("f"), Data::Float(0.25)),
            (Data::from("b"), Data::Bytes(vec![1, 2])),
            (
                Data::from("t"),
                Data::Tuple(vec![Data::None, Data::Bool(true)])
            ),
            (Data::from("s"), Data::from("xxx")),
        ])
    );

    // Dict keys: equal keys collapse as in Python (1 == 1.0 == True).
    let f = rt
        .freeze(&Data::Dict(vec![
            (Data::Int(1), Data::from("a")),
            (Data::Float(1.0), Data::from("b")),
        ]))
        .unwrap();
    assert_eq!(
        f.to_data().unwrap(),
        Data::Dict(vec![(Data::Int(1), Data::from("b"))])
    );
    let h = rt
        .sandbox()
        .builtins()
        .global("d", f)
        .spawn_source("result = (d[1], d[1.0], d[True], len(d))")
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::Tuple(vec![
            Data::from("b"),
            Data::from("b"),
            Data::from("b"),
            Data::Int(1)
        ])
    );

    // An unhashable key is refused.
    assert!(
        rt.freeze(&Data::Dict(vec![(Data::List(vec![]), Data::None)]))
            .is_err()
    );
}

#[test]
fn values_without_a_data_form_are_refused() {
    let rt = Runtime::new();
    let h = rt
        .sandbox()
        .builtins()
        .spawn_source("class P:\n    pass\nresult = [P(), 1]")
        .unwrap();
    let f = join(&h).unwrap();
    assert!(f.to_data().is_err());
    // A cycle has no Data form either, but its handle is fine to hold.
    let h = rt
        .sandbox()
        .builtins()
        .spawn_source("result = [1]\nresult.append(result)")
        .unwrap();
    let f = join(&h).unwrap();
    let e = f.to_data().unwrap_err();
    assert_eq!(
        e.to_string(),
        "the 'list' contains itself; plain data cannot hold a cycle"
    );
    assert_eq!(format!("{f:?}"), "Frozen(<list>)");
    // A shared (acyclic) sub-value is fine: it is copied at each place.
    let h = rt
        .sandbox()
        .builtins()
        .spawn_source("x = (1, 2)\nresult = [x, x, {'k': x}]")
        .unwrap();
    let pair = Data::Tuple(vec![Data::Int(1), Data::Int(2)]);
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::List(vec![
            pair.clone(),
            pair.clone(),
            Data::Dict(vec![(Data::from("k"), pair)])
        ])
    );
    // Very deep nesting is refused (iteratively: this test runs on a
    // default 2 MiB thread stack), one level under the cap is converted.
    let deep = |n: usize| {
        let h = rt
            .sandbox()
            .builtins()
            .spawn_source(&format!(
                "result = 0\nfor i in range({n}):\n    result = [result]"
            ))
            .unwrap();
        join(&h).unwrap()
    };
    let f = deep(100_000);
    let e = f.to_data().unwrap_err();
    assert!(
        e.to_string().contains("nested more than 1000 levels"),
        "{e}"
    );
    assert_eq!(format!("{f:?}"), "Frozen(<list>)");
    let mut d = deep(1000).to_data().unwrap();
    let mut levels = 0;
    while let Data::List(mut v) = d {
        d = v.pop().unwrap();
        levels += 1;
    }
    assert_eq!((levels, d), (1000, Data::Int(0)));
}

#[test]
fn data_that_cannot_be_frozen_is_an_error_not_a_panic() {
    let rt = Runtime::new();
    let e = rt
        .freeze(&Data::Dict(vec![(Data::List(vec![]), Data::None)]))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "unhashable dict key: a list cannot be a key (use a tuple, str, number or bytes)"
    );
    let mut deep = Data::Int(0);
    for _ in 0..1001 {
        deep = Data::List(vec![deep]);
    }
    assert!(rt.freeze(&deep).is_err());
    // A bad global makes the spawn fail with the reason; nothing runs.
    let bad = Data::Dict(vec![(Data::Dict(vec![]), Data::None)]);
    let e = rt
        .sandbox()
        .builtins()
        .global("table", bad)
        .spawn_source("result = 1")
        .err()
        .unwrap();
    assert!(
        matches!(&e, sandpy::Error::GlobalNotData { name, .. } if name == "table"),
        "{e:?}"
    );
    assert!(
        e.to_string()
            .starts_with("global 'table' cannot be granted: unhashable dict key: a dict"),
        "{e}"
    );
    // So does a put of such data on a queue; the queue stays usable.
    let q = rt.queue(0);
    let e = q
        .put(&Data::Dict(vec![(Data::List(vec![]), Data::None)]))
        .unwrap_err();
    assert!(matches!(e, sandpy::PutError::NotData(_)), "{e}");
    q.put(&Data::Int(7)).unwrap();
    assert_eq!(q.get().unwrap().to_data().unwrap(), Data::Int(7));
    // Dropping a deeply nested Data made by the host is the host's own
    // business; `deep` (1001 levels) drops fine on this stack.
    drop(deep);
}

#[test]
fn spawn_function_calls_by_name_with_args() {
    let rt = Runtime::new();
    let src = "def scale(xs, k):\n    return [x * k for x in xs]\n\
               def greet(name):\n    return 'hello ' + name\n";
    let h = rt
        .sandbox()
        .spawn_function(
            src,
            "scale",
            vec![
                rt.freeze(&ints(&[1, 2, 3])).unwrap(),
                rt.freeze(&Data::Int(10)).unwrap(),
            ],
        )
        .unwrap();
    assert_eq!(join(&h).unwrap().to_data().unwrap(), ints(&[10, 20, 30]));
    let h = rt
        .sandbox()
        .spawn_function(src, "greet", vec![rt.freeze(&Data::from("host")).unwrap()])
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::from("hello host")
    );

    // A missing function is a NameError; a wrong argument count a TypeError.
    let f = join(&rt.sandbox().spawn_function(src, "nope", vec![]).unwrap()).unwrap_err();
    assert_eq!(f.type_name, "NameError", "{f}");
    assert!(f.message.contains("nope"), "{f}");
    let f = join(&rt.sandbox().spawn_function(src, "greet", vec![]).unwrap()).unwrap_err();
    assert_eq!(f.type_name, "TypeError", "{f}");

    // Compiled once, run in several sandboxes.
    let code = sandpy::compile(src, "shared.py").unwrap();
    let handles: Vec<_> = (0..4)
        .map(|k| {
            rt.sandbox()
                .spawn_code(
                    &code,
                    Some((
                        "scale",
                        vec![
                            rt.freeze(&ints(&[1, 2])).unwrap(),
                            rt.freeze(&Data::Int(k)).unwrap(),
                        ],
                    )),
                )
                .unwrap()
        })
        .collect();
    for (k, h) in handles.iter().enumerate() {
        let k = k as i64;
        assert_eq!(join(h).unwrap().to_data().unwrap(), ints(&[k, 2 * k]));
    }
}

#[test]
fn spawn_file_runs_a_file() {
    let rt = Runtime::new();
    let dir = std::env::temp_dir().join(format!("sandpy_rt_api_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("prog.py");
    std::fs::write(
        &path,
        "def f():\n    raise KeyError('k')\nresult = 6 * 7\nf()\n",
    )
    .unwrap();
    let f = join(&rt.sandbox().builtins().spawn_file(&path).unwrap()).unwrap_err();
    assert_eq!(f.type_name, "KeyError");
    assert!(
        f.traceback.contains("prog.py\", line 2, in f"),
        "{}",
        f.traceback
    );
    std::fs::write(&path, "result = 6 * 7\n").unwrap();
    let got = join(&rt.sandbox().spawn_file(&path).unwrap()).unwrap();
    assert_eq!(got.to_data().unwrap(), Data::Int(42));
    let missing = dir.join("missing.py");
    match rt.sandbox().spawn_file(&missing) {
        Err(sandpy::Error::ReadFile { path, error }) => {
            assert_eq!(path, missing);
            assert_eq!(error.kind(), std::io::ErrorKind::NotFound);
        }
        other => panic!("a missing file must be refused: {:?}", other.err()),
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn syntax_errors_are_returned_not_run() {
    let rt = Runtime::new();
    let e = rt
        .sandbox()
        .builtins()
        .spawn_source("x = 1\ndef f(:\n    pass\n")
        .err()
        .expect("a syntax error must be refused");
    let sandpy::Error::Compile(c) = &e else {
        panic!("not a compile error: {e:?}");
    };
    assert_eq!((c.kind, c.line), ("SyntaxError", 2));
    assert!(e.to_string().contains("SyntaxError"), "{e}");
    assert!(
        rt.sandbox()
            .spawn_function("return = 3", "f", vec![])
            .is_err()
    );
    // Nothing was started.
    assert_eq!(rt.sandbox_count(), 0);
}

#[test]
fn exceptions_become_failures_with_tracebacks() {
    let rt = Runtime::new();
    let src = "def outer(d):\n    return inner(d)\n\
               def inner(d):\n    return d['missing'] + 1\n\
               result = outer({'present': 1})\n";
    let f = join(&rt.sandbox().builtins().spawn_source(src).unwrap()).unwrap_err();
    assert_eq!(f.kind, FailureKind::Exception);
    assert_eq!(f.type_name, "KeyError");
    assert_eq!(f.message, "'missing'");
    assert!(
        f.traceback
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        f.traceback
    );
    for needle in [
        "line 5, in <module>",
        "line 2, in outer",
        "line 4, in inner",
        "    return d['missing'] + 1",
        "KeyError: 'missing'",
    ] {
        assert!(
            f.traceback.contains(needle),
            "{needle:?} not in\n{}",
            f.traceback
        );
    }
    assert_eq!(f.to_string(), "sandbox raised KeyError: 'missing'");

    // raise with a custom class and no message.
    let f = join(
        &rt.sandbox()
            .builtins()
            .spawn_source("class Oops(Exception):\n    pass\nraise Oops")
            .unwrap(),
    )
    .unwrap_err();
    assert_eq!(f.type_name, "Oops");
    assert_eq!(f.message, "");
    assert_eq!(f.to_string(), "sandbox raised Oops");

    // A result that cannot be frozen is an exception of the sandbox.
    let f = join(
        &rt.sandbox()
            .builtins()
            .spawn_source("result = (i for i in range(3))")
            .unwrap(),
    )
    .unwrap_err();
    assert_eq!(f.kind, FailureKind::Exception);
    assert_eq!(f.type_name, "TypeError");
    assert!(f.message.contains("generator"), "{f}");
}

#[test]
fn cancel_stops_an_infinite_loop_quickly() {
    let rt = Runtime::new();
    for src in [
        "while True:\n    pass",
        "n = 0\nwhile True:\n    n += 1",
        "def f():\n    while True:\n        try:\n            pass\n        finally:\n            continue\nf()",
        "def g(n):\n    return n + 1\ndef f():\n    n = 0\n    while True:\n        n = g(n)\nf()",
    ] {
        let h = rt.sandbox().builtins().spawn_source(src).unwrap();
        std::thread::sleep(Duration::from_millis(30));
        assert!(!h.done(), "{src} finished on its own");
        let t = Instant::now();
        h.cancel();
        let f = h
            .join_timeout(Duration::from_secs(1))
            .unwrap_or_else(|| panic!("{src:?} still running 1 s after cancel"))
            .unwrap_err();
        assert_eq!(f.kind, FailureKind::Cancelled, "{src}: {f}");
        assert!(t.elapsed() < Duration::from_secs(1));
        assert!(h.done());
        assert_eq!(f.to_string(), "sandbox was cancelled");
    }
    // A sandbox blocked on a queue is woken by cancel.
    let q = rt.queue(0);
    let h = rt
        .sandbox()
        .module("sandbox")
        .global("q", &q)
        .spawn_source("result = q.get()")
        .unwrap();
    std::thread::sleep(Duration::from_millis(30));
    h.cancel();
    let f = h.join_timeout(Duration::from_secs(1)).unwrap().unwrap_err();
    assert_eq!(f.kind, FailureKind::Cancelled);
    // After every sandbox ended, none is left registered.
    wait_for_no_sandboxes(&rt);
}

/// Sandboxes unregister when their thread ends, slightly after `join`.
fn wait_for_no_sandboxes(rt: &Runtime) {
    let t = Instant::now();
    while rt.sandbox_count() != 0 {
        assert!(
            t.elapsed() < Duration::from_secs(5),
            "{} sandboxes still registered",
            rt.sandbox_count()
        );
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn join_timeout_and_done() {
    let rt = Runtime::new();
    let gate = rt.queue(0);
    let h = rt
        .sandbox()
        .global("gate", &gate)
        .spawn_source("result = gate.get() + 1")
        .unwrap();
    assert!(!h.done());
    assert!(h.join_timeout(Duration::from_millis(20)).is_none());
    gate.put(&Data::Int(41)).unwrap();
    assert_eq!(join(&h).unwrap().to_data().unwrap(), Data::Int(42));
    assert!(h.done());
    // Joining again gives the same outcome.
    assert_eq!(h.join().unwrap().to_data().unwrap(), Data::Int(42));
    assert_eq!(
        h.join_timeout(Duration::ZERO)
            .unwrap()
            .unwrap()
            .to_data()
            .unwrap(),
        Data::Int(42)
    );
}

#[test]
fn host_feeds_a_queue_to_four_sandboxes() {
    let rt = Runtime::new();
    let jobs = rt.queue(8);
    let results = rt.queue(0);
    let src = "\
import sandbox
def work(n):
    # sum of the digits of n ** 3
    return sum(int(c) for c in str(n ** 3))
done = 0
while True:
    try:
        n = jobs.get()
    except sandbox.QueueClosed:
        break
    results.put((n, work(n)))
    done += 1
result = done
";
    let workers: Vec<_> = (0..4)
        .map(|_| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .global("jobs", &jobs)
                .global("results", &results)
                .spawn_source(src)
                .unwrap()
        })
        .collect();
    const N: i64 = 500;
    // The queue is bounded: the host blocks while the sandboxes catch up.
    for n in 0..N {
        jobs.put(&Data::Int(n)).unwrap();
    }
    jobs.close();
    assert!(jobs.put(&Data::Int(0)).is_err(), "put after close");
    let mut per_worker = 0;
    for w in &workers {
        per_worker += join(w).unwrap().to_data().unwrap().as_int().unwrap();
    }
    assert_eq!(per_worker, N);
    assert_eq!(results.len(), N as usize);
    let mut got = vec![None; N as usize];
    for _ in 0..N {
        let item = results
            .get_timeout(Duration::from_secs(5))
            .unwrap()
            .to_data()
            .unwrap();
        let Data::Tuple(t) = item else {
            panic!("not a tuple: {item:?}")
        };
        let n = t[0].as_int().unwrap();
        assert!(got[n as usize].is_none(), "job {n} done twice");
        got[n as usize] = t[1].as_int();
    }
    assert!(results.is_empty());
    for (n, g) in got.iter().enumerate() {
        let want: i64 = (n as i64)
            .pow(3)
            .to_string()
            .bytes()
            .map(|b| (b - b'0') as i64)
            .sum();
        assert_eq!(*g, Some(want), "job {n}");
    }
    // An empty queue times out for the host too.
    assert!(results.get_timeout(Duration::from_millis(10)).is_err());
}

#[test]
fn printed_lines_of_four_sandboxes_never_mix() {
    const LINES: usize = 2000;
    let rt = Runtime::with_captured_output();
    let src = "\
for i in range(lines):
    print(tag, i, 'x' * (i % 50), 'end', sep='|')
result = lines
";
    let tags = ["alpha", "bravo", "charlie", "delta"];
    let handles: Vec<_> = tags
        .iter()
        .map(|t| {
            rt.sandbox()
                .builtins()
                .global("tag", Data::from(*t))
                .global("lines", Data::Int(LINES as i64))
                .spawn_source(src)
                .unwrap()
        })
        .collect();
    for h in &handles {
        assert_eq!(join(h).unwrap().to_data().unwrap(), Data::Int(LINES as i64));
    }
    let expected: HashSet<String> = tags
        .iter()
        .flat_map(|t| (0..LINES).map(move |i| format!("{t}|{i}|{}|end", "x".repeat(i % 50))))
        .collect();
    let out = rt.output().expect("captured runtime");
    assert!(out.ends_with('\n'));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4 * LINES);
    let mut seen = HashSet::new();
    for l in &lines {
        assert!(expected.contains(*l), "a mixed or broken line: {l:?}");
        assert!(seen.insert(*l), "line printed twice: {l:?}");
    }
    // Each sandbox's own lines keep their order.
    for t in tags {
        let mine: Vec<usize> = lines
            .iter()
            .filter(|l| l.starts_with(&format!("{t}|")))
            .map(|l| l.split('|').nth(1).unwrap().parse().unwrap())
            .collect();
        assert_eq!(mine, (0..LINES).collect::<Vec<_>>(), "{t}");
    }
    // An uncaptured runtime has no captured output.
    assert!(Runtime::new().output().is_none());
}

#[test]
fn frozen_values_of_another_runtime_are_refused() {
    let rt1 = Runtime::new();
    let rt2 = Runtime::new();
    let foreign = rt1.freeze(&Data::List(vec![Data::from("of rt1")])).unwrap();
    let e = rt2
        .sandbox()
        .global("x", foreign.clone())
        .spawn_source("result = x")
        .err()
        .expect("a global frozen in another runtime must be refused");
    assert!(
        matches!(&e, sandpy::Error::ForeignGlobal { name } if name == "x"),
        "{e:?}"
    );
    assert!(e.to_string().contains("another runtime"), "{e}");
    assert_eq!(rt2.sandbox_count(), 0);

    // Nor can it travel as a function argument or through a queue.
    let h = rt2
        .sandbox()
        .spawn_function("def f(x):\n    return x", "f", vec![foreign.clone()])
        .unwrap();
    let f = join(&h).unwrap_err();
    assert_eq!(f.kind, FailureKind::Exception);
    assert!(f.message.contains("another runtime"), "{f}");
    let q = rt2.queue(0);
    let put = q.put_frozen(foreign.clone());
    if put.is_ok() {
        // Accepted by the queue: the sandbox that takes it must refuse it.
        let h = rt2
            .sandbox()
            .global("q", &q)
            .spawn_source("result = q.get()")
            .unwrap();
        let f = join(&h).unwrap_err();
        assert!(f.message.contains("another runtime"), "{f}");
    }

    // Immediates belong to no runtime and are fine anywhere.
    let imm = rt1.freeze(&Data::Int(5)).unwrap();
    let h = rt2
        .sandbox()
        .global("x", imm)
        .spawn_source("result = x")
        .unwrap();
    assert_eq!(join(&h).unwrap().to_data().unwrap(), Data::Int(5));
    // And the value is still good in its own runtime.
    let h = rt1
        .sandbox()
        .global("x", foreign)
        .spawn_source("result = x")
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::List(vec![Data::from("of rt1")])
    );
}

#[test]
fn host_collects_and_reports_heap_stats() {
    let rt = Runtime::new();
    let start = rt.heap_stats();
    let kept = rt
        .freeze(&Data::List(
            (0..100).map(|i| Data::from(format!("s{i}"))).collect(),
        ))
        .unwrap();
    {
        let _dropped = rt
            .freeze(&Data::List((0..100).map(Data::Int).collect()))
            .unwrap();
        let _also = rt.freeze(&Data::from("gone")).unwrap();
    }
    let grown = rt.heap_stats();
    assert!(grown.frozen_objects >= start.frozen_objects + 103);
    assert!(grown.pinned >= 1);
    // A sandbox makes garbage cycles in the shared heap and ends.
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source(
            "import sandbox\nfor i in range(1000):\n    l = [i]\n    l.append(l)\n    sandbox.freeze(l)\nresult = 1",
        )
        .unwrap();
    join(&h).unwrap();
    wait_for_no_sandboxes(&rt);
    let freed = rt.collect();
    let after = rt.heap_stats();
    assert!(freed >= 1002, "freed {freed}");
    assert!(after.collections > start.collections);
    assert!(after.total_freed >= freed as u64);
    assert!(
        after.frozen_objects <= start.frozen_objects + 101 + 10,
        "{after:?}"
    );
    assert!(after.last_pause_ms >= 0.0);
    // What the host holds is intact.
    let d = kept.to_data().unwrap();
    let Data::List(items) = d else { panic!() };
    assert_eq!(items.len(), 100);
    assert_eq!(items[99], Data::from("s99"));
    drop(kept);
    assert!(rt.collect() >= 101);
}

#[test]
fn blocked_sandboxes_do_not_hold_up_a_collection() {
    let rt = Runtime::new();
    let empty = rt.queue(0);
    let full = rt.queue(1);
    full.put(&Data::from("occupied")).unwrap();
    let blocked = [
        ("sleep", "import time\ntime.sleep(30)"),
        ("get", "result = empty.get()"),
        ("put", "full.put('more')"),
        (
            "join",
            "import sandbox\n\
             def child(q):\n    return q.get()\n\
             result = sandbox.spawn(child, empty).join()",
        ),
    ];
    let handles: Vec<_> = blocked
        .iter()
        .map(|(name, src)| {
            let h = rt
                .sandbox()
                .builtins()
                .module("time")
                .module("sandbox")
                .global("empty", &empty)
                .global("full", &full)
                .spawn_source(src)
                .unwrap();
            (*name, h)
        })
        .collect();
    // Let them all reach their blocking call.
    std::thread::sleep(Duration::from_millis(100));
    for _ in 0..3 {
        let t = Instant::now();
        rt.collect();
        assert!(
            t.elapsed() < Duration::from_secs(2),
            "a collection waited {:?} for blocked sandboxes",
            t.elapsed()
        );
    }
    for (name, h) in &handles {
        assert!(!h.done(), "{name} finished early");
        h.cancel();
        let f = h
            .join_timeout(Duration::from_secs(2))
            .unwrap_or_else(|| panic!("{name}: still blocked 2 s after cancel"))
            .unwrap_err();
        assert_eq!(f.kind, FailureKind::Cancelled, "{name}: {f}");
    }
    assert_eq!(full.len(), 1);
}

#[test]
fn caps_from_the_host_stop_sandboxes_and_usage_is_live() {
    use sandpy::{Limits, Resource};
    let rt = Runtime::new();
    let h = rt
        .sandbox()
        .builtins()
        .limits(Limits::none().wall_time(Duration::from_millis(200)))
        .spawn_source("while True:\n    pass")
        .unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.kind, FailureKind::Limit);
    assert!(
        e.message.starts_with("time limit 200ms exceeded after"),
        "{e}"
    );

    // Usage is live; lowering a cap while it runs stops it.
    let h = rt
        .sandbox()
        .builtins()
        .spawn_source("n = 0\nwhile True:\n    n += 1")
        .unwrap();
    std::thread::sleep(Duration::from_millis(50));
    let used = h.usage().get(Resource::Instructions);
    assert!(used > 0);
    // (A tree a host starts gets the default cap on live sandboxes.)
    assert_eq!(
        h.limits(),
        Limits::none().sandboxes(sandpy::runtime::limits::DEFAULT_MAX_SANDBOXES)
    );
    h.set_limits(&Limits::none().instructions(used + 10_000))
        .unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.kind, FailureKind::Limit);
    assert!(e.message.starts_with("instruction limit"), "{e}");

    // A sandbox blocked on a queue is stopped at its time cap too.
    let q = rt.queue(0);
    let started = Instant::now();
    let h = rt
        .sandbox()
        .builtins()
        .global("q", &q)
        .limits(Limits::none().wall_time(Duration::from_millis(150)))
        .spawn_source("q.get()")
        .unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.kind, FailureKind::Limit);
    assert!(started.elapsed() < Duration::from_secs(3));

    // Standard input is a grant of its own.
    let h = rt.sandbox().builtins().spawn_source("input()").unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.type_name, "PermissionError");
    assert!(e.message.contains("SandboxBuilder::stdin()"), "{e}");
}

#[test]
fn memory_caps_are_enforced_with_the_counting_allocator() {
    use sandpy::Limits;
    assert!(sandpy::CountingAlloc::is_installed());
    let rt = Runtime::new();
    let h = rt
        .sandbox()
        .builtins()
        .limits(Limits::none().memory(16 << 20))
        .spawn_source("xs = []\nwhile True:\n    xs.append('x' * 1000)")
        .unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.kind, FailureKind::Limit);
    assert!(e.message.starts_with("memory limit 16M exceeded"), "{e}");

    // Set while it runs, too.
    let h = rt
        .sandbox()
        .builtins()
        .spawn_source("xs = []\nwhile True:\n    xs.append('x' * 1000)")
        .unwrap();
    h.set_limits(&Limits::none().memory(16 << 20)).unwrap();
    let e = join(&h).unwrap_err();
    assert_eq!(e.kind, FailureKind::Limit);
    assert!(e.message.starts_with("memory limit 16M exceeded"), "{e}");
}

#[test]
fn the_environment_is_only_what_the_host_grants() {
    let rt = Runtime::new();
    let src = "import os\nresult = (sorted(os.environ.items()), os.getenv('PATH'))";
    let h = rt
        .sandbox()
        .builtins()
        .module("os")
        .env("LANG", "C")
        .env("APP", "x")
        .env("APP", "y")
        .spawn_source(src)
        .unwrap();
    let pair = |k: &str, v: &str| Data::Tuple(vec![Data::from(k), Data::from(v)]);
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::Tuple(vec![
            Data::List(vec![pair("APP", "y"), pair("LANG", "C")]),
            Data::None
        ])
    );
    let h = rt
        .sandbox()
        .builtins()
        .module("os")
        .spawn_source(src)
        .unwrap();
    assert_eq!(
        join(&h).unwrap().to_data().unwrap(),
        Data::Tuple(vec![Data::List(vec![]), Data::None])
    );
}
