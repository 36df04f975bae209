//! A host that feeds work to four sandboxes through a queue and collects
//! their results.
//!
//! Jobs are numbers. Each sandbox is granted the builtins, the `sandbox`
//! module (for `QueueClosed`) and two queues, and nothing else; it takes
//! numbers from `jobs` until the queue is closed and drained, and puts
//! `(job, result, worker)` on `results`. The host prints the results in job
//! order, how many jobs each worker took, and a total.
//!
//! ```text
//! cargo run --release --example host
//! ```

use std::collections::BTreeMap;

use sandpy::{Data, Runtime};

/// The one line a host adds for memory caps: the counting allocator, which
/// the library leaves to its host to install.
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

const WORKERS: i64 = 4;
const JOBS: i64 = 40;

/// What each sandbox runs: for job n, the length of the Collatz sequence of
/// n and the largest number it reaches.
const WORKER: &str = r#"
import sandbox


def collatz(n):
    steps = 0
    peak = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        peak = max(peak, n)
        steps += 1
    return steps, peak


done = 0
while True:
    try:
        job = jobs.get()
    except sandbox.QueueClosed:
        break
    results.put((job, collatz(job), worker))
    done += 1
result = done
"#;

fn main() {
    let rt = Runtime::new();
    // A bounded job queue: the host waits when the workers fall behind.
    let jobs = rt.queue(8);
    let results = rt.queue(0);

    let code = sandpy::compile(WORKER, "worker.py").expect("the worker compiles");
    let workers: Vec<_> = (0..WORKERS)
        .map(|w| {
            rt.sandbox()
                .builtins()
                .module("sandbox")
                .global("jobs", &jobs)
                .global("results", &results)
                .global("worker", Data::Int(w))
                .spawn_code(&code, None)
                .expect("a worker starts")
        })
        .collect();

    for n in 1..=JOBS {
        jobs.put(&Data::Int(n * 7 + 1))
            .expect("the job queue is open");
    }
    jobs.close();

    let mut taken = Vec::new();
    for (w, h) in workers.iter().enumerate() {
        match h.join() {
            Ok(done) => taken.push((w, done.to_data().ok().and_then(|d| d.as_int()))),
            Err(f) => {
                eprintln!("worker {w} failed: {f}\n{}", f.traceback);
                std::process::exit(1);
            }
        }
    }

    // Every job has its result on the queue now; order them by job.
    let mut by_job: BTreeMap<i64, (i64, i64, i64)> = BTreeMap::new();
    while let Ok(item) = results.get_timeout(std::time::Duration::ZERO) {
        let Ok(Data::Tuple(t)) = item.to_data() else {
            eprintln!("unexpected result {item:?}");
            std::process::exit(1);
        };
        let (Some(job), Data::Tuple(r), Some(w)) = (t[0].as_int(), &t[1], t[2].as_int()) else {
            eprintln!("unexpected result {t:?}");
            std::process::exit(1);
        };
        let steps = r[0].as_int().unwrap_or(-1);
        let peak = r[1].as_int().unwrap_or(-1);
        by_job.insert(job, (steps, peak, w));
    }

    println!("{:>6} {:>6} {:>8} {:>6}", "job", "steps", "peak", "worker");
    let mut total_steps = 0;
    for (job, (steps, peak, w)) in &by_job {
        println!("{job:>6} {steps:>6} {peak:>8} {w:>6}");
        total_steps += steps;
    }
    for (w, n) in taken {
        println!("worker {w} took {} jobs", n.unwrap_or(0));
    }
    println!("{} jobs, total steps {total_steps}", by_job.len());
    let stats = rt.heap_stats();
    println!(
        "shared heap: {} frozen objects, {} collections",
        stats.frozen_objects, stats.collections
    );
    if by_job.len() != JOBS as usize {
        eprintln!("missing results: {} of {JOBS}", by_job.len());
        std::process::exit(1);
    }
}
