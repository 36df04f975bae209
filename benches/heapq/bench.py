#!/usr/bin/env python3
"""heapq, bisect, sorted with a key and lru_cache hits: sandpy against
CPython, side by side.

Each case is a small program that times its loop with time.perf_counter
and prints nanoseconds per operation. The programs run under python3 and
sandpy alternately, --runs times each; the table shows the medians and
the ratio sandpy/CPython (below 1: sandpy is faster). Meant for a release
build of sandpy (the default path); a debug build only checks that the
cases run.

Usage: benches/heapq/bench.py [--sandpy target/release/sandpy] [--n N] [--runs R]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# name: (setup, body run N times with i the loop index, operations per pass)
CASES = {
    "heappush (ints)": ("h = []", "heappush(h, (i * 7919) % 10007)", 1),
    "heappop (ints)": ("h = [(k * 7919) % 10007 for k in range(N)]\n    heapify(h)",
                       "heappop(h)", 1),
    "heappushpop (ints)": ("h = list(range(1000))", "heappushpop(h, i % 2000)", 1),
    "heappush+pop (tuples)": ("h = [(k % 97, k) for k in range(1000)]\n    heapify(h)",
                              "heappush(h, (i % 97, i))\n        heappop(h)", 2),
    "heapify 1000": ("base = [(k * 7919) % 10007 for k in range(1000)]",
                     "x = base[:]\n        heapify(x)", 1),
    "nsmallest(10) of 1000": ("data = [(k * 7919) % 10007 for k in range(1000)]",
                              "nsmallest(10, data)", 1),
    "bisect_left (10**5 list)": ("a = list(range(0, 200000, 2))", "bisect_left(a, i % 200000)", 1),
    "insort (1000 list)": ("a = list(range(1000))", "insort(a, i % 1000)\n        a.pop()", 1),
    "bisect with key": ("a = [(k, k) for k in range(10000)]\n    key = itemgetter(0)",
                        "bisect_left(a, i % 10000, key=key)", 1),
    "sorted(key=itemgetter) of 100": ("rows = [(k * 31 % 100, k) for k in range(100)]\n    key = itemgetter(0)",
                                      "sorted(rows, key=key)", 1),
    "sorted(key=lambda) of 100": ("rows = [(k * 31 % 100, k) for k in range(100)]",
                                  "sorted(rows, key=lambda r: r[0])", 1),
    "lru_cache hit (1 arg)": ("f = lru_cache(maxsize=128)(lambda x: x)\n    f(1)", "f(1)", 1),
    "lru_cache hit (2 args)": ("f = lru_cache(maxsize=None)(lambda x, y: x)\n    f(1, 2)", "f(1, 2)", 1),
    "lru_cache miss+evict": ("f = lru_cache(maxsize=64)(lambda x: x)", "f(i)", 1),
}

TEMPLATE = """import time
from heapq import heappush, heappop, heapify, heappushpop, nsmallest
from bisect import bisect_left, insort
from functools import lru_cache
from operator import itemgetter
def main(N):
    {setup}
    t = time.{clock}()
    for i in range(N):
        {body}
    return time.{clock}() - t
print(main({n}) / {n} / {ops} * 1e9)
"""


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--n", type=int, default=200000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clock", choices=["perf_counter", "process_time"], default="perf_counter",
                    help="process_time: CPU time of the program, steadier on a busy machine")
    args = ap.parse_args()
    print(f"{'case':34} {'CPython ns':>11} {'sandpy ns':>11} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (setup, body, ops) in CASES.items():
            path = os.path.join(tmp, "case.py")
            with open(path, "w") as f:
                f.write(TEMPLATE.format(setup=setup, body=body, n=args.n, ops=ops, clock=args.clock))
            cp, sp = [], []
            for _ in range(args.runs):
                cp.append(run(["python3", path]))
                sp.append(run([args.sandpy, "run", path]))
            c, s = statistics.median(cp), statistics.median(sp)
            print(f"{name:34} {c:11.1f} {s:11.1f} {s / c:7.2f}")


if __name__ == "__main__":
    main()
