"""One pool workload, the same file under python3 and sandpy (issue 20).

Usage: pool_bench.py CASE API WORKERS [REPEATS]
  CASE     cpu  (pool.map of a CPU-bound function over 16 items)
           tiny (20,000 tiny tasks: imap_unordered, or executor.map)
  API      pool (multiprocessing.Pool) or executor (ProcessPoolExecutor)
  WORKERS  the pool's size

Prints `seconds S` (wall time, best of REPEATS, the pool's start and end
included: what a script pays) and `check C` (a checksum of the results,
the same on both interpreters). Wall time by time.perf_counter: the work
is spread over workers, so the caller's CPU time says nothing of it.
"""

import sys
import time
from multiprocessing import Pool
from concurrent.futures import ProcessPoolExecutor

CPU_ITEMS = 16
TINY_ITEMS = 20_000


def cpu_work(seed):
    # About 40 ms of pure-Python arithmetic under CPython 3.11.
    x = seed
    total = 0
    for i in range(200_000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        total += x % 7
    return total


def tiny(x):
    return x + 1


def run(case, api, workers):
    if api == "pool":
        with Pool(workers) as p:
            if case == "cpu":
                out = p.map(cpu_work, range(CPU_ITEMS))
            else:
                out = list(p.imap_unordered(tiny, range(TINY_ITEMS)))
    else:
        with ProcessPoolExecutor(max_workers=workers) as ex:
            if case == "cpu":
                out = list(ex.map(cpu_work, range(CPU_ITEMS)))
            else:
                out = list(ex.map(tiny, range(TINY_ITEMS)))
    return sum(out)


def main():
    case, api, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
    repeats = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    best = None
    check = None
    for _ in range(repeats):
        t = time.perf_counter()
        check = run(case, api, workers)
        dt = time.perf_counter() - t
        best = dt if best is None else min(best, dt)
    print("seconds %.4f" % best)
    print("check %d" % check)


if __name__ == "__main__":
    main()
