"""Spawn and join of an empty function, N times in a row.

sandpy: sandbox.spawn(f).join() (a new sandbox: thread, interpreter, grants,
the call, the frozen result, the join).  CPython: threading.Thread(target=f)
.start() then .join().  Prints `spawn_join_us <microseconds per spawn+join>`.

Usage: sandpy run spawn_join.py [N]  |  python3 spawn_join.py [N]
"""

import sys
import time

try:
    import sandbox
except ImportError:
    sandbox = None
    import threading


def f():
    pass


def spawn_join_sandpy(n):
    for i in range(n):
        sandbox.spawn(f).join()


def spawn_join_cpython(n):
    for i in range(n):
        t = threading.Thread(target=f)
        t.start()
        t.join()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    run = spawn_join_sandpy if sandbox is not None else spawn_join_cpython
    run(n // 10 + 1)
    t0 = time.perf_counter()
    run(n)
    dt = time.perf_counter() - t0
    print("spawn_join_us", dt / n * 1e6)


main()
