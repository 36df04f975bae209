"""Proxy call round trip: `p.incr()` on an object served by one owner.

sandpy: sandbox.serve(Counter) and N calls of p.incr() from the main
sandbox.  CPython: the nearest thing it has, a multiprocessing Pipe round
trip to a process that owns the counter (what multiprocessing's managers
are built on), and a manager proxy call.  Prints `round_trip_us X`.
"""
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
MODE = sys.argv[2] if len(sys.argv) > 2 else "pipe"


class Counter:
    def __init__(self):
        self.n = 0

    def incr(self):
        self.n += 1
        return self.n


def owner(conn):
    c = Counter()
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(c.incr())


def main():
    try:
        import sandbox
    except ImportError:
        sandbox = None
    if sandbox is not None:
        p = sandbox.serve(Counter)
        for _ in range(1000):
            p.incr()
        t = time.perf_counter()
        for _ in range(N):
            p.incr()
        dt = time.perf_counter() - t
        assert p.n == N + 1000
    elif MODE == "manager":
        from multiprocessing.managers import BaseManager

        class M(BaseManager):
            pass

        M.register("Counter", Counter)
        with M() as m:
            p = m.Counter()
            for _ in range(200):
                p.incr()
            t = time.perf_counter()
            for _ in range(N):
                p.incr()
            dt = time.perf_counter() - t
    else:
        import multiprocessing as mp

        a, b = mp.Pipe()
        pr = mp.Process(target=owner, args=(b,))
        pr.start()
        for _ in range(1000):
            a.send(1)
            a.recv()
        t = time.perf_counter()
        for _ in range(N):
            a.send(1)
            a.recv()
        dt = time.perf_counter() - t
        a.send(None)
        pr.join()
    print("round_trip_us", dt / N * 1e6)


if __name__ == "__main__":
    main()
