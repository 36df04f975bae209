//! Criterion benchmarks of the three refcount strategies (issue 6): what
//! Olsen's magic constant costs where objects are counted, and what it saves
//! where they are shared.
//!
//! Every strategy is compiled into every build as a type of
//! `sandpy::object::refcount::strategy` (`Plain`, `Magic`, `Atomic`); the
//! interpreter's own INCREF/DECREF are the `Active` one's, chosen by the
//! cargo feature. So one build measures all three on the same code the
//! interpreter inlines:
//!
//! - `local/*`: a clone-then-drop (INCREF, use, DECREF) of each of 1,000
//!   local objects, whose counts are ordinary (1). `local/objref_rc-*` does
//!   the same through the interpreter's own `ObjRef` (the active strategy),
//!   as a check that the model and the real thing cost the same.
//! - `immortal/*`: the same over objects whose word holds `IMMORTAL`: magic
//!   only reads the word; plain and atomic still write it.
//! - `shared_read/*/N`: N threads at once reading one frozen dict of 1,000
//!   entries and its values. Each read takes and drops a reference to the
//!   dict, the key and the value, as `n += len(d[k])` does in the VM. Under
//!   magic no thread writes shared memory; under atomic every read writes
//!   three shared counts, so their cache lines bounce between cores.
//!   `private_plain` is what rc-plain would have to do instead (each thread
//!   reads its own copy). The objects are models: each a separate allocation
//!   with the real header's three words in front of a 16-byte payload.
//! - `sandboxes/rc-*/N`: the real interpreter, N sandboxes each running
//!   `for k in keys: n += len(d[k])` over one frozen dict granted by the
//!   host. This measures the build's own strategy only; compare
//!   `cargo bench --bench refcount -- sandboxes` with the same under
//!   `--no-default-features --features rc-atomic`. Skipped under rc-plain,
//!   which cannot share.
//!
//! N is 1, 2 and the number of cores (each once). Criterion's throughput is
//! the aggregate over all threads: reference pairs, or dict reads, per second.

use std::cell::Cell;
use std::hint::black_box;
use std::sync::Barrier;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group};
use sandpy::object::refcount::Active;
use sandpy::object::refcount::strategy::{Atomic, Magic, Plain, Strategy};
use sandpy::object::{IMMORTAL, ObjRef, Payload};
use sandpy::{Data, Runtime};

/// The counting allocator, as the sandpy binary installs it, so that the
/// figures include its cost (and memory caps work).
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

/// Objects per loop, and entries in the shared dict.
const N_OBJECTS: usize = 1_000;

/// A model of a heap object: the header's words in the header's order
/// (refcount, flags, slot) and a small payload.
#[repr(C)]
struct Obj<S: Strategy> {
    rc: S::Word,
    flags: Cell<u32>,
    slot: Cell<u32>,
    payload: [u64; 2],
}

impl<S: Strategy> Obj<S> {
    fn boxed(count: usize, payload: u64) -> Box<Obj<S>> {
        Box::new(Obj {
            rc: S::new(count),
            flags: Cell::new(0),
            slot: Cell::new(u32::MAX),
            payload: [payload, payload.rotate_left(17)],
        })
    }
}

/// A count reached zero: impossible here, since every model object keeps
/// the reference it was created with.
#[cold]
#[inline(never)]
fn freed() -> ! {
    panic!("a model object's count reached zero")
}

/// INCREF, a use the compiler cannot see through, DECREF: one clone and
/// drop of each object.
#[inline(never)]
fn clone_drop<S: Strategy>(objs: &[Box<Obj<S>>]) {
    for o in objs {
        S::incref(&o.rc);
        black_box(&o.rc);
        if S::decref(&o.rc) {
            freed();
        }
    }
}

/// The same through the interpreter's `ObjRef` (the active strategy).
#[inline(never)]
fn clone_drop_objref(objs: &[ObjRef]) {
    for o in objs {
        let c = o.clone();
        black_box(&c);
        drop(c);
    }
}

fn objects<S: Strategy>(count: usize) -> Vec<Box<Obj<S>>> {
    (0..N_OBJECTS as u64)
        .map(|i| Obj::<S>::boxed(count, i))
        .collect()
}

fn counting(c: &mut Criterion) {
    for (group, count) in [("local", 1), ("immortal", IMMORTAL)] {
        let mut g = c.benchmark_group(group);
        g.throughput(Throughput::Elements(N_OBJECTS as u64))
            .measurement_time(Duration::from_secs(3));
        let plain = objects::<Plain>(count);
        g.bench_function("plain", |b| b.iter(|| clone_drop(&plain)));
        let magic = objects::<Magic>(count);
        g.bench_function("magic", |b| b.iter(|| clone_drop(&magic)));
        let atomic = objects::<Atomic>(count);
        g.bench_function("atomic", |b| b.iter(|| clone_drop(&atomic)));
        let real: Vec<ObjRef> = (0..N_OBJECTS)
            .map(|_| {
                let o = ObjRef::new(Payload::Ellipsis);
                if count == IMMORTAL {
                    o.make_immortal();
                }
                o
            })
            .collect();
        g.bench_function(format!("objref_{}", Active::FEATURE), |b| {
            b.iter(|| clone_drop_objref(&real))
        });
        g.finish();
    }
}

/// A model of a dict: its own header, and its keys and values, each a
/// separate object (a frozen dict's counts all hold `IMMORTAL`).
struct Dict<S: Strategy> {
    header: Box<Obj<S>>,
    entries: Vec<Entry<S>>,
}

/// A key object and its value object.
struct Entry<S: Strategy> {
    key: Box<Obj<S>>,
    value: Box<Obj<S>>,
}

impl<S: Strategy> Dict<S> {
    fn new(count: usize) -> Dict<S> {
        Dict {
            header: Obj::boxed(count, 0),
            entries: (0..N_OBJECTS as u64)
                .map(|i| Entry {
                    key: Obj::boxed(count, i),
                    value: Obj::boxed(count, i * 3),
                })
                .collect(),
        }
    }
}

/// Strategies under which a dict of immortal objects may be read from many
/// threads at once.
///
/// # Safety
/// INCREF/DECREF of an object whose count is `IMMORTAL` must not race: they
/// either do not write (magic) or write atomically (atomic).
unsafe trait Shareable: Strategy {}
// SAFETY: Magic's incref and decref only read a word holding IMMORTAL.
unsafe impl Shareable for Magic {}
// SAFETY: Atomic's word is an AtomicUsize.
unsafe impl Shareable for Atomic {}

/// A dict that threads read at once.
struct SharedDict<S: Shareable>(Dict<S>);

// SAFETY: the dict is built with every count at IMMORTAL and its fields are
// never written after that except by the strategy's INCREF/DECREF, which do
// not race (see `Shareable`); `flags`, `slot` and the payloads are only read.
unsafe impl<S: Shareable> Sync for SharedDict<S> {}

/// One pass over the dict, as `for k in keys: n += len(d[k])`: a reference
/// to the dict, the key and the value taken, the value read, all dropped.
#[inline(never)]
fn read_pass<S: Strategy>(d: &Dict<S>) -> u64 {
    let mut sum = 0u64;
    for Entry { key: k, value: v } in &d.entries {
        S::incref(&d.header.rc);
        S::incref(&k.rc);
        S::incref(&v.rc);
        sum = sum.wrapping_add(v.payload[0] ^ k.payload[1]);
        black_box((&d.header.rc, &k.rc, &v.rc));
        let freed_any = S::decref(&v.rc) | S::decref(&k.rc) | S::decref(&d.header.rc);
        if freed_any {
            freed();
        }
    }
    sum
}

/// Wall time of `threads` threads each making `passes` passes over the
/// dict that `setup` gives it (called on the thread, before the clock starts).
fn read_threads<T, S: Strategy>(
    threads: usize,
    passes: u64,
    setup: impl Fn() -> T + Sync,
    dict: impl Fn(&T) -> &Dict<S> + Sync,
) -> Duration {
    let barrier = Barrier::new(threads + 1);
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let (barrier, setup, dict) = (&barrier, &setup, &dict);
                s.spawn(move || {
                    let t = setup();
                    let d = dict(&t);
                    barrier.wait();
                    for _ in 0..passes {
                        black_box(read_pass(d));
                    }
                    Instant::now()
                })
            })
            .collect();
        barrier.wait();
        let start = Instant::now();
        let end = workers
            .into_iter()
            .map(|w| w.join().expect("reader thread panicked"))
            .max()
            .unwrap_or(start);
        end.duration_since(start)
    })
}

/// 1, 2 and all cores, each once.
fn thread_counts() -> Vec<usize> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut v = vec![1, 2, cores];
    v.sort_unstable();
    v.dedup();
    v
}

fn shared_read(c: &mut Criterion) {
    let magic = SharedDict(Dict::<Magic>::new(IMMORTAL));
    let atomic = SharedDict(Dict::<Atomic>::new(IMMORTAL));
    let mut g = c.benchmark_group("shared_read");
    g.sample_size(30).measurement_time(Duration::from_secs(3));
    for n in thread_counts() {
        g.throughput(Throughput::Elements((n * N_OBJECTS) as u64));
        g.bench_with_input(BenchmarkId::new("magic", n), &n, |b, &n| {
            b.iter_custom(|passes| read_threads(n, passes, || &magic, |d| &d.0))
        });
        g.bench_with_input(BenchmarkId::new("atomic", n), &n, |b, &n| {
            b.iter_custom(|passes| read_threads(n, passes, || &atomic, |d| &d.0))
        });
        g.bench_with_input(BenchmarkId::new("private_plain", n), &n, |b, &n| {
            b.iter_custom(|passes| read_threads(n, passes, || Dict::<Plain>::new(1), |d| d))
        });
    }
    g.finish();
}

/// The reader each sandbox runs: `reps` passes over the shared dict.
const READER: &str = "\
def read(d, keys, reps):
    n = 0
    for _ in range(reps):
        for k in keys:
            n += len(d[k])
    return n
";

fn sandboxes(c: &mut Criterion) {
    const REPS: i64 = 300;
    if cfg!(feature = "rc-plain") {
        println!("sandboxes: skipped (rc-plain cannot share objects between sandboxes)");
        return;
    }
    let rt = Runtime::new();
    let keys: Vec<Data> = (0..N_OBJECTS)
        .map(|i| Data::Str(format!("key{i}")))
        .collect();
    let dict = Data::Dict(
        keys.iter()
            .enumerate()
            .map(|(i, k)| {
                let v = Data::Tuple(vec![Data::Int(i as i64), Data::Str(i.to_string())]);
                (k.clone(), v)
            })
            .collect(),
    );
    let args = vec![
        rt.freeze(&dict).expect("plain data freezes"),
        rt.freeze(&Data::Tuple(keys)).expect("plain data freezes"),
        rt.freeze(&Data::Int(REPS)).expect("an int freezes"),
    ];
    let code = sandpy::compile(READER, "<reader>").expect("reader compiles");
    let mut g = c.benchmark_group("sandboxes");
    g.sample_size(10).measurement_time(Duration::from_secs(5));
    for n in thread_counts() {
        g.throughput(Throughput::Elements(
            n as u64 * REPS as u64 * N_OBJECTS as u64,
        ));
        g.bench_with_input(BenchmarkId::new(Active::FEATURE, n), &n, |b, &n| {
            b.iter(|| {
                let hs: Vec<_> = (0..n)
                    .map(|_| {
                        rt.sandbox()
                            .builtins()
                            .spawn_code(&code, Some(("read", args.clone())))
                            .expect("sandbox starts")
                    })
                    .collect();
                for h in hs {
                    black_box(h.join().expect("reader sandbox fails"));
                }
            })
        });
    }
    g.finish();
}

criterion_group!(benches, counting, shared_read, sandboxes);

fn main() {
    println!(
        "refcount strategy of this build (the interpreter's, objref_* and sandboxes/*): {}",
        Active::FEATURE
    );
    benches();
    Criterion::default().configure_from_args().final_summary();
}
