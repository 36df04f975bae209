"""Collection pause with about a million live objects.

sandpy: freezes a list of N tuples (i, str(i)) -- 2N + 1 frozen objects in
the shared heap, kept alive by a global -- then times sandbox.collect()
(a full stop-the-world mark and sweep of the shared heap) R times and reads
heap_stats()['last_pause_ms'].  CPython: the same list, live, and
gc.collect() (a full collection of the cyclic GC).

Prints `pause_ms <median wall ms of one collection>`, and on sandpy also
`last_pause_ms`, `frozen_objects`.

Usage: sandpy run collect_pause.py [N] [R]  |  python3 collect_pause.py [N] [R]
"""

import sys
import time

try:
    import sandbox
except ImportError:
    sandbox = None
    import gc


def build(n):
    out = []
    for i in range(n):
        out.append((i, str(i)))
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
    r = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    data = build(n)
    if sandbox is not None:
        live = sandbox.freeze(data)
        data = None
        collect = sandbox.collect
    else:
        live = data
        collect = gc.collect
    collect()
    times = []
    for i in range(r):
        t0 = time.perf_counter()
        collect()
        times.append((time.perf_counter() - t0) * 1e3)
    times.sort()
    print("pause_ms", times[len(times) // 2])
    if sandbox is not None:
        s = sandbox.heap_stats()
        print("last_pause_ms", s["last_pause_ms"])
        print("frozen_objects", s["frozen_objects"])
    print("live", len(live))


main()
