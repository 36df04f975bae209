#!/usr/bin/env python3
"""CPython's process pools against the same script on sandpy (issue 20).

Runs benches/pool_py/pool_bench.py, unchanged, under python3 and under
`sandpy run`, alternating the two on every run so that drift in the
machine's speed hits both alike, for each row:

  cpu   pool.map of a CPU-bound function over 16 items, 1 and 2 workers
  tiny  20,000 tiny tasks (Pool.imap_unordered, ProcessPoolExecutor.map),
        1 and 2 workers: the per-task overhead

for both multiprocessing.Pool and concurrent.futures.ProcessPoolExecutor,
and prints the medians (wall seconds, the pool's start and end included),
the 2-worker speed-up and the per-task cost. `others` is the CPUs other
processes kept busy meanwhile (/proc/stat): a 2-worker figure on a
2-core machine means little while something else holds a core.

Usage: benches/pool_compare.py [--runs N] [--sandpy PATH] [--python PATH]
Standard library only; Linux only (/proc).
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "benches", "pool_py", "pool_bench.py")
ROWS = [(case, api, w) for api in ("pool", "executor")
        for case in ("cpu", "tiny") for w in (1, 2)]


def cpu_busy():
    with open("/proc/stat") as f:
        parts = [int(x) for x in f.readline().split()[1:]]
    idle = parts[3] + parts[4]
    return sum(parts), idle


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(BENCH))
    if p.returncode != 0:
        sys.exit("error: %s failed:\n%s" % (" ".join(cmd), p.stderr))
    out = dict(line.split(None, 1) for line in p.stdout.splitlines())
    return float(out["seconds"]), out["check"].strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--python", default="python3")
    a = ap.parse_args()
    interps = {"CPython": [a.python], "sandpy": [os.path.abspath(a.sandpy), "run"]}
    times = {(r, i): [] for r in ROWS for i in interps}
    t0, idle0 = cpu_busy()
    wall0 = time.monotonic()
    for _ in range(a.runs):
        for row in ROWS:
            checks = set()
            for name, cmd in interps.items():
                s, c = run(cmd + ["pool_bench.py", row[0], row[1], str(row[2]), "1"])
                times[(row, name)].append(s)
                checks.add(c)
            if len(checks) != 1:
                sys.exit("error: results differ for %s: %s" % (row, checks))
    t1, idle1 = cpu_busy()
    ticks = os.sysconf("SC_CLK_TCK")
    busy = ((t1 - t0) - (idle1 - idle0)) / ticks / (time.monotonic() - wall0)
    med = {k: statistics.median(v) for k, v in times.items()}
    print("runs: %d, medians of wall seconds; CPUs busy during the runs (all "
          "processes, ours included): %.2f of %d" % (a.runs, busy, os.cpu_count()))
    print("%-9s %-5s %-8s %9s %9s %7s" % ("api", "case", "workers", "CPython", "sandpy", "ratio"))
    for row in ROWS:
        c, s = med[(row, "CPython")], med[(row, "sandpy")]
        print("%-9s %-5s %-8d %9.3f %9.3f %6.2fx" % (row[1], row[0], row[2], c, s, c / s))
    print()
    for api in ("pool", "executor"):
        for name in interps:
            one, two = med[(("cpu", api, 1), name)], med[(("cpu", api, 2), name)]
            print("%-9s %-8s cpu speed-up 2 workers / 1: %.2fx" % (api, name, one / two))
    for api in ("pool", "executor"):
        for w in (1, 2):
            c = med[(("tiny", api, w), "CPython")] / 20000 * 1e6
            s = med[(("tiny", api, w), "sandpy")] / 20000 * 1e6
            print("%-9s %d worker(s): per tiny task CPython %.1f us, sandpy %.1f us (%.2f of CPython's)"
                  % (api, w, c, s, s / c))


if __name__ == "__main__":
    main()
