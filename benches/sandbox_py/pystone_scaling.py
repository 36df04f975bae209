"""Aggregate pystones/second of N parallel workers.

Each worker imports pystone (pystone/pystone.py, copied beside this file by
the harness) and runs pystone.pystones(LOOPS).  Workers are sandboxes on
sandpy (sandbox.spawn: each imports its own copy of the module, so its
globals are its own), and threads or processes on CPython (`thread`: one
shared module under the GIL; `process`: a multiprocessing.Pool started
before the clock).  Aggregate = N * LOOPS / wall time from start to the last
join.  Prints `aggregate <pystones/s>` and `each <per-worker self-reported
rates>`.

Usage: sandpy run pystone_scaling.py N [LOOPS]
       python3 pystone_scaling.py N [LOOPS] [thread|process]
"""

import sys
import time

try:
    import sandbox
except ImportError:
    sandbox = None
    import threading


def run(loops):
    import pystone
    return pystone.pystones(loops)[1]


def with_sandboxes(n, loops):
    hs = [sandbox.spawn(run, loops) for i in range(n)]
    return [h.join() for h in hs]


def with_threads(n, loops):
    out = [0.0] * n

    def work(k):
        out[k] = run(loops)

    ts = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    loops = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    mode = sys.argv[3] if len(sys.argv) > 3 else "thread"
    if sandbox is not None:
        t0 = time.perf_counter()
        each = with_sandboxes(n, loops)
    elif mode == "process":
        import multiprocessing
        with multiprocessing.Pool(n) as pool:
            pool.map(abs, range(n))
            t0 = time.perf_counter()
            each = pool.map(run, [loops] * n)
    else:
        t0 = time.perf_counter()
        each = with_threads(n, loops)
    dt = time.perf_counter() - t0
    print("aggregate", n * loops / dt)
    print("each", " ".join("%d" % e for e in each))


if __name__ == "__main__":
    main()
