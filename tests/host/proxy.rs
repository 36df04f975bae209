//! Proxies whose owner fails: a crash (an injected panic), a cap, a slow
//! owner whose callers are stopped by their own caps, and host services
//! (the key-value store of examples/kv_service.rs, a panicking service).

use sandpy::runner::run_captured;
use sandpy::{Caller, Service, ServiceError};
use sandpy::{Data, Limits, Runtime};

fn run_ok(src: &str) -> String {
    let out = run_captured(src);
    assert_eq!(
        out.status, 0,
        "stdout:\n{}\nstderr:\n{}",
        out.stdout, out.stderr
    );
    out.stdout
}

#[test]
fn an_owner_that_crashes_fails_pending_and_later_calls_with_kind_crash() {
    let out = run_ok(
        "import sandbox\n\
         class Bomb:\n\
         \x20   def ok(self):\n        return 'fine'\n\
         \x20   def explode(self):\n        sandbox._fault('owner blew up')\n\
         b = sandbox.serve(Bomb)\n\
         print(b.ok())\n\
         for i in range(2):\n\
         \x20   try:\n        b.explode() if i == 0 else b.ok()\n\
         \x20   except sandbox.SandboxError as e:\n        print(e.kind, 'owner blew up' in str(e))\n",
    );
    assert_eq!(out, "fine\ncrash True\ncrash True\n");
}

#[test]
fn an_owner_stopped_by_its_cap_fails_calls_with_kind_limit() {
    let out = run_ok(
        "import sandbox\n\
         class Spin:\n\
         \x20   def forever(self):\n        while True: pass\n\
         \x20   def ok(self):\n        return 1\n\
         s = sandbox.serve(Spin, _config=sandbox.Config(time=0.2))\n\
         print(s.ok())\n\
         try:\n    s.forever()\nexcept sandbox.SandboxError as e:\n    print(e.kind)\n\
         try:\n    s.ok()\nexcept sandbox.SandboxError as e:\n    print(e.kind)\n",
    );
    assert_eq!(out, "1\nlimit\nlimit\n");
}

#[test]
fn callers_of_a_slow_owner_wait_and_their_own_caps_still_stop_them() {
    // The owner sleeps 0.3 s per call; a caller capped at 0.1 s of wall
    // time is stopped while it waits, and the owner serves the next caller.
    let out = run_ok(
        "import sandbox, time\n\
         class Slow:\n\
         \x20   def nap(self):\n        time.sleep(0.3)\n        return 'rested'\n\
         s = sandbox.serve(Slow)\n\
         def call(p):\n    return p.nap()\n\
         h = sandbox.spawn(call, s, _config=sandbox.Config(time=0.1))\n\
         try:\n    h.join()\nexcept sandbox.SandboxError as e:\n    print('caller:', e.kind)\n\
         print(sandbox.spawn(call, s).join())\n",
    );
    assert_eq!(out, "caller: limit\nrested\n");
}

#[test]
fn a_cancelled_owner_fails_calls_and_its_proxies_never_hang() {
    let out = run_ok(
        "import sandbox\n\
         class C:\n    def f(self):\n        return 1\n\
         def make(q, hold):\n    q.put(sandbox.serve(C))\n    hold.get()\n\
         q, hold = sandbox.Queue(), sandbox.Queue()\n\
         h = sandbox.spawn(make, q, hold)\n\
         p = q.get()\n\
         print(p.f())\n\
         h.cancel()\n\
         try:\n    h.join()\nexcept sandbox.SandboxError as e:\n    print('maker:', e.kind)\n\
         try:\n    p.f()\nexcept sandbox.SandboxError as e:\n    print('call:', e.kind)\n",
    );
    assert_eq!(out, "1\nmaker: cancelled\ncall: cancelled\n");
}

/// A key-value store served from Rust.
struct Kv(std::collections::HashMap<String, Data>);

impl Service for Kv {
    fn call(&mut self, _c: &Caller, method: &str, args: Vec<Data>) -> Result<Data, ServiceError> {
        let key = |i: usize| match args.get(i) {
            Some(Data::Str(s)) => Ok(s.clone()),
            _ => Err(ServiceError::bad_args(format!(
                "{method}() needs a str key"
            ))),
        };
        match method {
            "set" => {
                let v = args.get(1).cloned().unwrap_or(Data::None);
                self.0.insert(key(0)?, v);
                Ok(Data::None)
            }
            "get" => {
                let k = key(0)?;
                self.0
                    .get(&k)
                    .cloned()
                    .ok_or_else(|| ServiceError::new("KeyError", k))
            }
            "incr" => {
                let k = key(0)?;
                let n = self.0.get(&k).and_then(Data::as_int).unwrap_or(0) + 1;
                self.0.insert(k, Data::Int(n));
                Ok(Data::Int(n))
            }
            "boom" => panic!("the store broke"),
            _ => Err(ServiceError::no_method("kv", method)),
        }
    }
}

#[test]
fn a_host_service_is_imported_when_granted_and_counts_exactly() {
    let rt = Runtime::with_captured_output();
    rt.serve("kv", Kv(Default::default())).unwrap();
    assert_eq!(
        rt.serve("kv", Kv(Default::default())),
        Err(sandpy::ServeError::AlreadyServed("kv".into()))
    );
    assert_eq!(
        rt.serve("math", Kv(Default::default())),
        Err(sandpy::ServeError::NativeModule("math".into()))
    );
    let e = rt.serve("no-dash", Kv(Default::default())).unwrap_err();
    assert_eq!(
        e.to_string(),
        "cannot serve 'no-dash': a module name must be an identifier"
    );
    let src = "import kv\nfor _ in range(2500):\n    kv.incr('n')\nkv.set('list', [1, 'two', None])\nresult = kv.get('list')";
    let hs: Vec<_> = (0..4)
        .map(|_| {
            rt.sandbox()
                .builtins()
                .module("kv")
                .spawn_source(src)
                .unwrap()
        })
        .collect();
    for h in hs {
        assert_eq!(
            h.join().unwrap().to_data().unwrap(),
            Data::List(vec![Data::Int(1), Data::from("two"), Data::None])
        );
    }
    let check = rt
        .sandbox()
        .builtins()
        .module("kv")
        .spawn_source(
            "import kv\nr = [kv.get('n')]\ntry:\n    kv.get('nope')\nexcept KeyError as e:\n    r.append(repr(e))\n\
             try:\n    kv.nothing()\nexcept AttributeError as e:\n    r.append(str(e))\n\
             try:\n    kv.get(object())\nexcept TypeError as e:\n    r.append('plain data' in str(e))\nresult = r",
        )
        .unwrap();
    assert_eq!(
        check.join().unwrap().to_data().unwrap(),
        Data::List(vec![
            Data::Int(10_000),
            Data::from("KeyError('nope')"),
            Data::from("module 'kv' has no attribute 'nothing'"),
            Data::Bool(true),
        ])
    );
    // Without the grant, the import is refused.
    let denied = rt
        .sandbox()
        .builtins()
        .spawn_source("import kv")
        .unwrap()
        .join()
        .unwrap_err();
    assert_eq!(denied.type_name, "PermissionError", "{denied}");
}

#[test]
fn a_service_that_panics_fails_that_call_and_later_ones_as_a_crash() {
    let rt = Runtime::with_captured_output();
    rt.serve("kv", Kv(Default::default())).unwrap();
    let h = rt
        .sandbox()
        .builtins()
        .module("kv")
        .module("sandbox")
        .spawn_source(
            "import kv, sandbox\nr = []\nfor m in ('boom', 'incr'):\n    try:\n        getattr(kv, m)('x')\n    except sandbox.SandboxError as e:\n        r.append((e.kind, 'the store broke' in str(e)))\nresult = r",
        )
        .unwrap();
    let pair = Data::Tuple(vec![Data::from("crash"), Data::Bool(true)]);
    assert_eq!(
        h.join().unwrap().to_data().unwrap(),
        Data::List(vec![pair.clone(), pair])
    );
}

#[test]
fn a_caller_waiting_on_a_service_is_stopped_by_its_time_cap() {
    struct Sleepy;
    impl Service for Sleepy {
        fn call(&mut self, _c: &Caller, _m: &str, _a: Vec<Data>) -> Result<Data, ServiceError> {
            std::thread::sleep(std::time::Duration::from_millis(400));
            Ok(Data::None)
        }
    }
    let rt = Runtime::with_captured_output();
    rt.serve("sleepy", Sleepy).unwrap();
    let t = std::time::Instant::now();
    let f = rt
        .sandbox()
        .module("sleepy")
        .limits(Limits::none().wall_time(std::time::Duration::from_millis(100)))
        .spawn_source("import sleepy\nsleepy.nap()")
        .unwrap()
        .join()
        .unwrap_err();
    assert_eq!(f.kind, sandpy::FailureKind::Limit, "{f}");
    assert!(t.elapsed() < std::time::Duration::from_millis(390));
}

#[test]
fn a_caller_waiting_on_an_owner_does_not_hold_up_a_collection() {
    // The owner naps 0.5 s inside a call; a collection started meanwhile
    // finishes at once: the waiting caller (and the napping owner) count
    // as stopped.
    let out = run_ok(
        "import sandbox, time\n\
         class Slow:\n\
         \x20   def nap(self):\n        time.sleep(0.5)\n        return 'rested'\n\
         s = sandbox.serve(Slow)\n\
         def call(p):\n    return p.nap()\n\
         h = sandbox.spawn(call, s)\n\
         time.sleep(0.1)\n\
         t = time.time()\n\
         sandbox.collect()\n\
         print(time.time() - t < 0.3, h.join())\n",
    );
    assert_eq!(out, "True rested\n");
}
