//! Criterion benchmarks of VM micro-operations: calls, attribute access, int
//! arithmetic and list indexing, each a small Python loop run by the VM.

use criterion::{Criterion, criterion_group, criterion_main};

/// The counting allocator, as the sandpy binary installs it, so that the
/// figures include its cost.
#[global_allocator]
static COUNTING: sandpy::CountingAlloc = sandpy::CountingAlloc;

fn run(src: &str) {
    let status = sandpy::runner::run_source(src.to_string(), "<bench>".into(), vec![]);
    assert_eq!(status, 0);
}

fn vm_ops(c: &mut Criterion) {
    let mut g = c.benchmark_group("vm_ops");
    g.sample_size(10);
    g.bench_function("calls_100k", |b| {
        b.iter(|| run("def f(a, b):\n    return a\nfor i in range(100000):\n    f(i, i)\n"))
    });
    g.bench_function("attr_100k", |b| {
        b.iter(|| run("class A:\n    pass\na = A()\na.x = 1\nfor i in range(100000):\n    a.x = a.x + 1\n"))
    });
    g.bench_function("int_arith_100k", |b| {
        b.iter(|| run("def f():\n    t = 0\n    for i in range(100000):\n        t = t + i * 3 - 1\n    return t\nf()\n"))
    });
    g.bench_function("list_index_100k", |b| {
        b.iter(|| run("def f():\n    l = [0] * 100\n    for i in range(100000):\n        l[i % 100] = l[(i + 1) % 100] + 1\nf()\n"))
    });
    g.finish();
}

criterion_group!(benches, vm_ops);
criterion_main!(benches);
