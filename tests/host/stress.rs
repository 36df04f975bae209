//! Stress test of the shared heap: four sandboxes in a ring freeze and pass
//! one another hundreds of thousands of objects (cycles included: lists and
//! dicts that contain themselves, rings of instances pointing at each other,
//! objects received from one sandbox re-sent inside the next message) through
//! bounded queues, while collections run all the time: the sandboxes call
//! `sandbox.collect()` every few messages and a host thread calls
//! `rt.collect()` in a loop.
//!
//! Checks: every message arrives intact (each sandbox checks the structure
//! of what it receives and sums it; the sums of sender and receiver must
//! agree), values held by the host and by the sandboxes survive every
//! collection, and once every sandbox has ended and a last collection has
//! run, the shared heap is back to (about) its starting size.
//!
//! `STRESS_SCALE` (a float, default 1) scales the number of messages; the
//! valgrind script runs it small (`benches/valgrind_stress.sh`).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use sandpy::{Data, Runtime};

const SANDBOXES: usize = 4;
/// Messages each sandbox sends at scale 1.
const MESSAGES: f64 = 4000.0;
/// Instances in the ring of each message.
const WIDTH: i64 = 24;

/// One sandbox of the ring: sends `n_msgs` messages on `outq`, receives as
/// many on `inq`, and checks each one.
const RING_MEMBER: &str = r#"
import sandbox


class Node:
    def __init__(self, k, v):
        self.k = k
        self.v = v
        self.peer = None


def make(seq, prev_nodes):
    # A list and a dict that contain themselves, a ring of instances, data,
    # and (shared, already frozen) the ring of the last message received.
    l = [me, seq]
    l.append(l)
    nodes = [Node(i, "n%d-%d-%d" % (me, seq, i)) for i in range(width)]
    for i in range(width):
        nodes[i].peer = nodes[(i + 1) % width]
    d = {
        "id": (me, seq),
        "self": l,
        "nodes": nodes,
        "data": [i * seq for i in range(width)],
        "s": "x" * (seq % 17),
        "prev": prev_nodes,
    }
    d["me"] = d
    return d


def ring_sum(nodes, owner, seq):
    assert len(nodes) == width, len(nodes)
    total = 0
    n = nodes[0]
    for i in range(width):
        assert n.k == i, (n.k, i)
        assert n.v == "n%d-%d-%d" % (owner, seq, i), n.v
        total += n.k + len(n.v)
        n = n.peer
    assert n is nodes[0], "ring broken"
    return total


def check(msg):
    owner, seq = msg["id"]
    assert msg["me"] is msg, "dict cycle broken"
    l = msg["self"]
    assert l[2] is l and l[0] == owner and l[1] == seq, "list cycle broken"
    total = ring_sum(msg["nodes"], owner, seq)
    assert msg["data"] == [i * seq for i in range(width)], "data"
    total += sum(msg["data"]) + len(msg["s"]) + owner * 1000003 + seq
    prev = msg["prev"]
    if prev is not None:
        # The ring this sender had received from its own neighbour.
        p_owner = (owner - 1) % members
        total += ring_sum(prev, p_owner, int(prev[0].v.split("-")[1]))
    return total


sent_sum = 0
recv_sum = 0
prev_nodes = None
window = []
collections = 0
for seq in range(n_msgs):
    msg = make(seq, prev_nodes)
    sent_sum += check(msg)
    outq.put(msg)
    if seq % 7 == 3:
        # Drop our mutable copy at once: only the frozen one lives on.
        msg = None
    got = inq.get()
    assert sandbox.is_frozen(got)
    recv_sum += check(got)
    prev_nodes = got["nodes"]
    # Keep a few received messages in a local list across collections.
    window.append(got)
    if len(window) > 8:
        window.pop(0)
    if seq % collect_every == collect_every - 1:
        sandbox.collect()
        collections += 1
        # Everything still held is intact after the collection.
        for w in window:
            check(w)
        assert host_value["tag"] == "host" and host_value["items"][-1] == [999, "i999"]

# Recheck the window at the end.
end_sum = 0
for w in window:
    end_sum += check(w)
result = (me, sent_sum, recv_sum, end_sum, collections)
"#;

fn scale() -> f64 {
    std::env::var("STRESS_SCALE")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .unwrap_or(1.0)
}

#[test]
fn sandboxes_exchange_frozen_cycles_while_collecting() {
    let started = Instant::now();
    let n_msgs = ((MESSAGES * scale()).round() as i64).max(4);
    let collect_every = (n_msgs / 10).clamp(2, 50);

    let rt = Runtime::new();
    let start = rt.heap_stats();

    // A value the host holds (pinned) and every sandbox reads.
    let host_data = Data::Dict(vec![
        (Data::from("tag"), Data::from("host")),
        (
            Data::from("items"),
            Data::List(
                (0..1000)
                    .map(|i| Data::List(vec![Data::Int(i), Data::from(format!("i{i}"))]))
                    .collect(),
            ),
        ),
    ]);
    let host_value = rt.freeze(&host_data).unwrap();

    let queues: Vec<_> = (0..SANDBOXES).map(|_| rt.queue(8)).collect();
    let code = sandpy::compile(RING_MEMBER, "ring_member.py").unwrap();
    let handles: Vec<_> = (0..SANDBOXES)
        .map(|k| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .global("me", Data::Int(k as i64))
                .global("members", Data::Int(SANDBOXES as i64))
                .global("n_msgs", Data::Int(n_msgs))
                .global("width", Data::Int(WIDTH))
                .global("collect_every", Data::Int(collect_every))
                .global("inq", &queues[(k + SANDBOXES - 1) % SANDBOXES])
                .global("outq", &queues[k])
                .global("host_value", host_value.clone())
                .spawn_code(&code, None)
                .unwrap()
        })
        .collect();

    // The host collects in a loop while the ring runs.
    let stop = Arc::new(AtomicBool::new(false));
    let host_collections = Arc::new(AtomicUsize::new(0));
    let collector = {
        let rt = rt.clone();
        let stop = stop.clone();
        let count = host_collections.clone();
        std::thread::spawn(move || {
            let mut freed = 0;
            while !stop.load(Ordering::Acquire) {
                freed += rt.collect();
                count.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(2));
            }
            freed
        })
    };

    let mut outcomes = Vec::new();
    for h in &handles {
        let r = h
            .join_timeout(Duration::from_secs(120))
            .expect("a ring member did not finish in 120 s");
        match r {
            Ok(f) => outcomes.push(f.to_data().unwrap()),
            Err(f) => {
                stop.store(true, Ordering::Release);
                panic!("a ring member failed: {f}\n{}", f.traceback);
            }
        }
    }
    stop.store(true, Ordering::Release);
    let host_freed = collector.join().unwrap();
    let mid = rt.heap_stats();

    // Sums: what k sent is what k+1 received.
    let mut sent = [0i64; SANDBOXES];
    let mut recv = [0i64; SANDBOXES];
    let mut child_collections = 0;
    for o in &outcomes {
        let Data::Tuple(t) = o else {
            panic!("unexpected result {o:?}")
        };
        let k = t[0].as_int().unwrap() as usize;
        sent[k] = t[1].as_int().unwrap();
        recv[k] = t[2].as_int().unwrap();
        assert!(t[3].as_int().unwrap() > 0);
        child_collections += t[4].as_int().unwrap();
    }
    for k in 0..SANDBOXES {
        assert_eq!(
            sent[k],
            recv[(k + 1) % SANDBOXES],
            "messages from sandbox {k} changed on the way"
        );
        assert!(sent[k] > 0);
    }

    // The host's value survived every collection.
    assert_eq!(host_value.to_data().unwrap(), host_data);
    assert!(queues.iter().all(|q| q.is_empty()));

    // Every sandbox ended: after a last collection the heap is back to about
    // where it started (the host value, 2003 objects, is still pinned).
    let t = Instant::now();
    while rt.sandbox_count() != 0 {
        assert!(t.elapsed() < Duration::from_secs(10), "sandboxes linger");
        std::thread::sleep(Duration::from_millis(2));
    }
    drop(handles);
    let freed_last = rt.collect();
    let with_host = rt.heap_stats();
    drop(host_value);
    rt.collect();
    let end = rt.heap_stats();

    let exchanged = end.total_freed;
    eprintln!(
        "stress: {SANDBOXES} sandboxes x {n_msgs} messages ({WIDTH}-node rings); \
         frozen objects made and freed: {exchanged}"
    );
    eprintln!(
        "stress: collections: {} in all ({} by the host thread, {child_collections} by \
         sandboxes), freed by the host thread: {host_freed}, last pause {:.2} ms",
        end.collections,
        host_collections.load(Ordering::Relaxed),
        mid.last_pause_ms
    );
    eprintln!(
        "stress: heap: start {} objects, when the ring ended {} objects, after the last \
         collection {} (freed {freed_last}; the host value still pinned), at the end {} \
         ({} bytes, {} pinned); {:.1} s",
        start.frozen_objects,
        mid.frozen_objects,
        with_host.frozen_objects,
        end.frozen_objects,
        end.frozen_bytes,
        end.pinned,
        started.elapsed().as_secs_f64()
    );
    assert!(
        with_host.frozen_objects <= start.frozen_objects + 2003 + 100,
        "heap did not shrink back: {with_host:?}"
    );
    assert!(
        end.frozen_objects <= start.frozen_objects + 100,
        "heap did not shrink back: {end:?}"
    );
    assert_eq!(end.pinned, 0);
    // Each message holds more than 3 * WIDTH frozen objects.
    assert!(
        exchanged as i64 >= SANDBOXES as i64 * n_msgs * 3 * WIDTH,
        "only {exchanged} objects made"
    );
    assert!(end.collections as usize >= host_collections.load(Ordering::Relaxed));
}

/// A parent sandbox that spawns short-lived children over and over (map
/// workers and single spawns), each returning frozen cycles, and now and
/// then cancels a child that freezes garbage in a loop, while the host
/// collects in a loop: sandboxes register, unregister and are cancelled all
/// the time while the world is being stopped.
const SPAWNER: &str = r#"
import sandbox


def work(n):
    l = [n, "w%d" % n]
    l.append(l)
    pair = [{"n": n}, None]
    pair[1] = pair
    return (l, pair, [str(i) for i in range(n % 13)])


def check(n, r):
    l, pair, strs = r
    assert l[2] is l and l[0] == n and l[1] == "w%d" % n
    assert pair[1] is pair and pair[0]["n"] == n
    assert strs == [str(i) for i in range(n % 13)]
    return n + len(strs)


def spinner(n):
    # Freezes garbage until cancelled.
    while True:
        l = [n, [n]]
        l.append(l)
        sandbox.freeze(l)


# Workaround (see `spawned_function_outlives_collections` below): keep the
# frozen functions that children run reachable from this sandbox's globals,
# so that a collection cannot free them while a child still runs them.
work = sandbox.freeze(work)
spinner = sandbox.freeze(spinner)

total = 0
cancelled = 0
for round in range(rounds):
    items = list(range(round * 40, round * 40 + 40))
    results = sandbox.map(work, items, workers=3)
    for n, r in zip(items, results):
        total += check(n, r)
    h = sandbox.spawn(work, round)
    total += check(round, h.join())
    if round % 5 == 0:
        sandbox.collect()
    if round % 10 == 0:
        s = sandbox.spawn(spinner, round)
        for _ in range(1000):
            total += 0
        s.cancel()
        try:
            s.join()
        except sandbox.SandboxError as e:
            assert e.kind == "cancelled", e.kind
            cancelled += 1
assert cancelled == (rounds + 9) // 10, cancelled
# Workaround: the globals of a module that defines functions form a cycle
# (function -> globals -> function) that nothing frees when the sandbox
# ends, so a handle left in a global would keep its pinned result forever.
h = None
s = None
result = total
"#;

#[test]
fn sandboxes_come_and_go_while_collecting() {
    let started = Instant::now();
    let rounds = ((300.0 * scale()).round() as i64).max(2);
    let rt = Runtime::new();
    let start = rt.heap_stats();
    let stop = Arc::new(AtomicBool::new(false));
    let collector = {
        let rt = rt.clone();
        let stop = stop.clone();
        std::thread::spawn(move || {
            let mut n = 0usize;
            while !stop.load(Ordering::Acquire) {
                rt.collect();
                n += 1;
                std::thread::sleep(Duration::from_millis(1));
            }
            n
        })
    };
    let spawners: Vec<_> = (0..2)
        .map(|_| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .global("rounds", Data::Int(rounds))
                .spawn_source(SPAWNER)
                .unwrap()
        })
        .collect();
    let expected: i64 = (0..rounds)
        .flat_map(|r| (r * 40..r * 40 + 40).chain(std::iter::once(r)))
        .map(|n| n + n % 13)
        .sum();
    for h in &spawners {
        let r = h.join_timeout(Duration::from_secs(120)).expect("hung");
        match r {
            Ok(f) => assert_eq!(f.to_data().unwrap(), Data::Int(expected)),
            Err(f) => {
                stop.store(true, Ordering::Release);
                panic!("spawner failed: {f}\n{}", f.traceback);
            }
        }
    }
    stop.store(true, Ordering::Release);
    let host_collections = collector.join().unwrap();
    let t = Instant::now();
    while rt.sandbox_count() != 0 {
        assert!(t.elapsed() < Duration::from_secs(10), "sandboxes linger");
        std::thread::sleep(Duration::from_millis(2));
    }
    drop(spawners);
    rt.collect();
    let end = rt.heap_stats();
    eprintln!(
        "churn: 2 spawners x {rounds} rounds ({} sandboxes started), {} collections \
         ({host_collections} by the host), {} objects freed, heap {} -> {} objects; {:.1} s",
        2 * (rounds * 4 + (rounds + 9) / 10),
        end.collections,
        end.total_freed,
        start.frozen_objects,
        end.frozen_objects,
        started.elapsed().as_secs_f64()
    );
    assert!(
        end.frozen_objects <= start.frozen_objects + 100,
        "heap did not shrink back: {end:?}"
    );
    assert_eq!(end.pinned, 0);
}

/// Regression test for a use-after-free: `sandbox.spawn(f)` freezes `f` and
/// the child calls it from Rust (`run_job`, `Job::Call`), holding the
/// function only in a Rust local after dropping its pinned handle. The
/// child's root set is pruned from its VM state, which does not hold the
/// function object, so once the parent no longer refers to the frozen copy
/// either, a collection frees the function while the child runs it; the
/// child's drop of the function afterwards reads freed memory (glibc aborts
/// with "corrupted double-linked list" or similar).
#[test]
fn spawned_function_outlives_collections() {
    let src = r#"
import sandbox


def work():
    n = 0
    for i in range(200000):
        n += i
    return n


def collector(stop):
    while stop.empty():
        sandbox.collect()


stop = sandbox.Queue()
c = sandbox.spawn(collector, stop)
total = 0
for i in range(30):
    h = sandbox.spawn(work)
    for _ in range(200000):  # the parent passes safepoints and prunes its roots
        pass
    total += h.join()
stop.put(1)
c.join()
result = total
"#;
    let rt = Runtime::new();
    let h = rt
        .sandbox()
        .builtins()
        .module("sandbox")
        .spawn_source(src)
        .unwrap();
    let r = h.join_timeout(Duration::from_secs(120)).expect("hung");
    assert_eq!(
        r.unwrap().to_data().unwrap(),
        Data::Int(30 * (0..200_000i64).sum::<i64>())
    );
}
