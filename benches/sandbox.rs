//! Criterion benchmarks of sandboxes through the embedding API (issue 3,
//! item 10): spawn and join, queue round trips, the shared heap's collection
//! pause with a million live frozen objects, and aggregate Pystone in one and
//! two sandboxes. After the timed groups it prints the resident memory of an
//! idle sandbox (not a timing, so not a criterion case).
//!
//! `cargo bench --bench sandbox` runs it all; `cargo bench --bench sandbox --
//! spawn_join` (any criterion filter) runs a subset. The CPython side of
//! these figures is `benches/sandbox_compare.py`.

use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, black_box, criterion_group};
use sandpy::{Data, Runtime};

/// The counting allocator, as the sandpy binary installs it, so that the
/// figures include its cost (and memory caps work).
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

/// An echo loop: takes from `inq` and puts back on `outq` until None.
const ECHO: &str = "\
while True:
    x = inq.get()
    if x is None:
        break
    outq.put(x)
";

/// Ping-pong `n` round trips with an echo sandbox after a `go` from the host.
const PING: &str = "\
go.get()
for i in range(n):
    a.put(i)
    b.get()
";

fn spawn_join(c: &mut Criterion) {
    let rt = Runtime::new();
    let mut g = c.benchmark_group("spawn_join");
    g.sample_size(20).measurement_time(Duration::from_secs(3));
    g.bench_function("os_thread_floor", |b| {
        b.iter(|| std::thread::spawn(|| black_box(0)).join().unwrap())
    });
    g.bench_function("os_thread_256MiB_stack", |b| {
        b.iter(|| {
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(|| black_box(0))
                .unwrap()
                .join()
                .unwrap()
        })
    });
    g.bench_function("spawn_source_empty_bare", |b| {
        b.iter(|| rt.sandbox().spawn_source("").unwrap().join().unwrap())
    });
    g.bench_function("spawn_source_empty_builtins", |b| {
        b.iter(|| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .spawn_source("")
                .unwrap()
                .join()
                .unwrap()
        })
    });
    g.bench_function("spawn_function_empty", |b| {
        b.iter(|| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .spawn_function("def f():\n    pass\n", "f", vec![])
                .unwrap()
                .join()
                .unwrap()
        })
    });
    let code = sandpy::compile("def f():\n    pass\n", "<bench>").unwrap();
    g.bench_function("spawn_code_precompiled", |b| {
        b.iter(|| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .spawn_code(&code, Some(("f", vec![])))
                .unwrap()
                .join()
                .unwrap()
        })
    });
    g.finish();
}

fn queues(c: &mut Criterion) {
    let rt = Runtime::new();
    let mut g = c.benchmark_group("queue");
    g.sample_size(30).measurement_time(Duration::from_secs(4));

    // The host alone: freeze an int, through the channel and back out.
    let q = rt.queue(0);
    let one = Data::Int(1);
    g.bench_function("host_put_get", |b| {
        b.iter(|| {
            q.put(&one).unwrap();
            black_box(q.get().unwrap());
        })
    });

    // The floor under any queue: two OS threads ping-ponging through
    // crossbeam channels, with a plain `recv` and with the three-way
    // `select!` (item, close signal, cancel signal) that a blocked sandbox
    // waits in.
    g.bench_function("floor_crossbeam_recv", |b| {
        let (atx, arx) = crossbeam_channel::unbounded::<u64>();
        let (btx, brx) = crossbeam_channel::unbounded::<u64>();
        let t = std::thread::spawn(move || {
            while let Ok(x) = arx.recv() {
                if x == u64::MAX || btx.send(x).is_err() {
                    break;
                }
            }
        });
        b.iter(|| {
            atx.send(1).unwrap();
            black_box(brx.recv().unwrap());
        });
        atx.send(u64::MAX).unwrap();
        t.join().unwrap();
    });
    floor_select3(&mut g);

    // Host <-> one echo sandbox that stays up across iterations.
    let (inq, outq) = (rt.queue(0), rt.queue(0));
    let echo = rt
        .sandbox()
        .builtins()
        .global("inq", &inq)
        .global("outq", &outq)
        .spawn_source(ECHO)
        .unwrap();
    g.bench_function("round_trip_host_sandbox", |b| {
        b.iter(|| {
            inq.put(&one).unwrap();
            black_box(outq.get().unwrap());
        })
    });
    inq.put(&Data::None).unwrap();
    echo.join().unwrap();

    // Sandbox <-> sandbox: both are started and blocked before the clock
    // starts; the clock runs from the host's `go` to the pinger's join.
    g.bench_function("round_trip_sandbox_sandbox", |b| {
        b.iter_custom(|iters| {
            let (a, bq, go) = (rt.queue(0), rt.queue(0), rt.queue(0));
            let echo = rt
                .sandbox()
                .builtins()
                .global("inq", &a)
                .global("outq", &bq)
                .spawn_source(ECHO)
                .unwrap();
            let ping = rt
                .sandbox()
                .builtins()
                .global("a", &a)
                .global("b", &bq)
                .global("go", &go)
                .global("n", Data::Int(iters as i64))
                .spawn_source(PING)
                .unwrap();
            // Let both threads reach their first get.
            std::thread::sleep(Duration::from_millis(2));
            let t = Instant::now();
            go.put(&Data::None).unwrap();
            ping.join().unwrap();
            let dt = t.elapsed();
            a.put(&Data::None).unwrap();
            echo.join().unwrap();
            dt
        })
    });
    g.finish();
}

/// The floor of a blocked sandbox's get: a `select!` over the item channel,
/// a close and a cancel channel and a timeout that never fires, as
/// `QueueShared::get` waits.
fn floor_select3(g: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    g.bench_function("floor_crossbeam_select3", |b| {
        let (atx, arx) = crossbeam_channel::unbounded::<u64>();
        let (btx, brx) = crossbeam_channel::unbounded::<u64>();
        let (_close_tx, close_rx) = crossbeam_channel::bounded::<()>(0);
        let (_cancel_tx, cancel_rx) = crossbeam_channel::bounded::<()>(0);
        let get = move |rx: &crossbeam_channel::Receiver<u64>,
                        close: &crossbeam_channel::Receiver<()>,
                        cancel: &crossbeam_channel::Receiver<()>| {
            let never = crossbeam_channel::never::<Instant>();
            crossbeam_channel::select! {
                recv(rx) -> r => r.ok(),
                recv(close) -> _ => None,
                recv(cancel) -> _ => None,
                recv(never) -> _ => None,
            }
        };
        let (c2, k2) = (close_rx.clone(), cancel_rx.clone());
        let t = std::thread::spawn(move || {
            while let Some(x) = get(&arx, &c2, &k2) {
                if x == u64::MAX || btx.send(x).is_err() {
                    break;
                }
            }
        });
        b.iter(|| {
            atx.send(1).unwrap();
            black_box(get(&brx, &close_rx, &cancel_rx));
        });
        atx.send(u64::MAX).unwrap();
        t.join().unwrap();
    });
}

fn collect(c: &mut Criterion) {
    let mut g = c.benchmark_group("collect");
    g.sample_size(10).measurement_time(Duration::from_secs(5));

    let empty = Runtime::new();
    g.bench_function("empty_heap", |b| b.iter(|| empty.collect()));

    // One million tuples (i, str(i)): 2,000,001 frozen objects, kept alive
    // by the host's handle.
    let rt = Runtime::new();
    let items: Vec<Data> = (0..1_000_000i64)
        .map(|i| Data::Tuple(vec![Data::Int(i), Data::Str(i.to_string())]))
        .collect();
    let live = rt.freeze(&Data::List(items)).expect("plain data freezes");
    rt.collect();
    g.bench_function("live_1m_tuples", |b| b.iter(|| rt.collect()));
    let s = rt.heap_stats();
    println!(
        "collect/live_1m_tuples: heap_stats frozen_objects={} frozen_bytes={} last_pause_ms={:.2} collections={}",
        s.frozen_objects, s.frozen_bytes, s.last_pause_ms, s.collections
    );
    drop(live);
    g.finish();
}

/// pystone/pystone.py without its `if __name__ == '__main__':` tail.
fn pystone_code() -> sandpy::Code {
    let src = include_str!("../pystone/pystone.py");
    let body = src.split("\nif __name__").next().unwrap_or(src);
    sandpy::compile(body, "pystone.py").unwrap()
}

fn pystone_scaling(c: &mut Criterion) {
    const LOOPS: u64 = 50_000;
    let rt = Runtime::new();
    let code = pystone_code();
    let loops = rt.freeze(&Data::Int(LOOPS as i64)).expect("an int freezes");
    let mut g = c.benchmark_group("pystone_sandboxes");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    for n in [1u64, 2] {
        // Elements per second is the aggregate pystones/second.
        g.throughput(Throughput::Elements(n * LOOPS));
        g.bench_with_input(BenchmarkId::from_parameter(n), &n, |b, &n| {
            b.iter(|| {
                let hs: Vec<_> = (0..n)
                    .map(|_| {
                        rt.sandbox()
                            .builtins()
                            .module("time")
                            .module("sys")
                            .spawn_code(&code, Some(("pystones", vec![loops.clone()])))
                            .unwrap()
                    })
                    .collect();
                for h in hs {
                    black_box(h.join().unwrap());
                }
            })
        });
    }
    g.finish();
}

fn vm_rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Resident memory per idle sandbox: N sandboxes with builtins, each blocked
/// on a queue get, against a host thread blocked on a channel as the floor.
fn idle_memory() {
    const N: usize = 500;
    let rt = Runtime::new();
    let (q, ready) = (rt.queue(0), rt.queue(0));
    // Warm up once so that one-time allocations are not charged to the N.
    let w = rt
        .sandbox()
        .builtins()
        .global("q", &q)
        .global("ready", &ready)
        .spawn_source("ready.put(1)\nq.get()\n")
        .unwrap();
    ready.get().unwrap();
    q.put(&Data::None).unwrap();
    w.join().unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let Some(before) = vm_rss_kb() else {
        println!("idle_memory: /proc/self/status not readable; skipped");
        return;
    };
    let hs: Vec<_> = (0..N)
        .map(|_| {
            rt.sandbox()
                .builtins()
                .global("q", &q)
                .global("ready", &ready)
                .spawn_source("ready.put(1)\nq.get()\n")
                .unwrap()
        })
        .collect();
    for _ in 0..N {
        ready.get().unwrap();
    }
    std::thread::sleep(Duration::from_millis(100));
    let after = vm_rss_kb().unwrap_or(before);
    for _ in 0..N {
        q.put(&Data::None).unwrap();
    }
    for h in hs {
        h.join().unwrap();
    }

    // The floor: plain threads with the sandbox stack reservation, blocked.
    let (tx, rx) = crossbeam_channel::unbounded::<()>();
    let (rtx, rrx) = crossbeam_channel::unbounded::<()>();
    std::thread::sleep(Duration::from_millis(100));
    let t_before = vm_rss_kb().unwrap_or(0);
    let ts: Vec<_> = (0..N)
        .map(|_| {
            let (rx, rtx) = (rx.clone(), rtx.clone());
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn(move || {
                    rtx.send(()).unwrap();
                    rx.recv().unwrap();
                })
                .unwrap()
        })
        .collect();
    for _ in 0..N {
        rrx.recv().unwrap();
    }
    let t_after = vm_rss_kb().unwrap_or(t_before);
    for _ in 0..N {
        tx.send(()).unwrap();
    }
    for t in ts {
        t.join().unwrap();
    }
    println!(
        "idle_memory: {N} idle sandboxes (builtins, blocked on get): RSS {before} -> {after} KB, {:.1} KB per sandbox",
        after.saturating_sub(before) as f64 / N as f64
    );
    println!(
        "idle_memory: {N} blocked OS threads (256 MiB stack reserved): RSS {t_before} -> {t_after} KB, {:.1} KB per thread",
        t_after.saturating_sub(t_before) as f64 / N as f64
    );
}

criterion_group!(benches, spawn_join, queues, collect, pystone_scaling);

fn main() {
    // The memory report runs first (in a fresh process: the timed groups
    // leave their sandboxes' memory behind), with the full bench or when
    // asked for by name.
    let args: Vec<String> = std::env::args().skip(1).collect();
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let listing = args.iter().any(|a| a == "--list");
    if !listing
        && (filters.is_empty() || filters.iter().any(|f| "idle_memory".contains(f.as_str())))
    {
        idle_memory();
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
