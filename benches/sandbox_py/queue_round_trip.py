"""Queue round trip between two sandboxes (sandpy) or two threads (CPython).

The main program puts an int on queue `a`; a child (sandbox.spawn, or a
threading.Thread) takes it and puts it back on queue `b`; the main program
takes it from `b`.  N round trips; prints `round_trip_us <microseconds per
round trip>`.  sandpy uses sandbox.Queue, CPython queue.Queue.

Usage: sandpy run queue_round_trip.py [N]  |  python3 queue_round_trip.py [N]
"""

import sys
import time

try:
    import sandbox
except ImportError:
    sandbox = None
    import queue
    import threading


def echo(inq, outq):
    while True:
        x = inq.get()
        if x is None:
            break
        outq.put(x)


def ping(a, b, n):
    for i in range(n):
        a.put(i)
        b.get()


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    if sandbox is not None:
        a = sandbox.Queue()
        b = sandbox.Queue()
        child = sandbox.spawn(echo, a, b)
    else:
        a = queue.Queue()
        b = queue.Queue()
        child = threading.Thread(target=echo, args=(a, b))
        child.start()
    ping(a, b, n // 10 + 1)
    t0 = time.perf_counter()
    ping(a, b, n)
    dt = time.perf_counter() - t0
    a.put(None)
    child.join()
    print("round_trip_us", dt / n * 1e6)


main()
