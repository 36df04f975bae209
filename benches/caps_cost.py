#!/usr/bin/env python3
"""What caps cost: Pystone on sandpy with every cap set (high enough never
to fire) against no caps, in the same binary, alternating runs (issue 4,
item 7: within 2%).

Caps are checked on the safepoint path only (every 1,024 backward jumps and
calls); instructions are charged on every backward jump and call whether or
not a cap is set, so that part is in both columns.

Usage: benches/caps_cost.py [--loops N] [--runs N] [--sandpy PATH] [--no-build]
Standard library only.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RATE = re.compile(r"This machine benchmarks at ([0-9.]+) pystones/second")
HIGH = ["--memory", "64G", "--time", "3600s", "--cpu", "3600s",
        "--instructions", str(10**15), "--recursion", "100000", "--max-output", "1G"]


def pystones(sandpy, loops, caps):
    cmd = [sandpy, "run"] + caps + [os.path.join(ROOT, "pystone", "pystone.py"), str(loops)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=False)
    m = RATE.search(out.stdout)
    if out.returncode != 0 or not m:
        sys.exit("error: %s failed (status %d): %s" % (" ".join(cmd), out.returncode,
                                                       out.stderr.strip()))
    return float(m.group(1))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--loops", type=int, default=200000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--no-build", action="store_true")
    a = ap.parse_args()
    if not a.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    none, high = [], []
    for i in range(a.runs):
        none.append(pystones(a.sandpy, a.loops, []))
        high.append(pystones(a.sandpy, a.loops, HIGH))
        print("run %d/%d: no caps %.0f, all caps high %.0f" % (i + 1, a.runs, none[-1], high[-1]))
    n, h = statistics.median(none), statistics.median(high)
    print()
    print("pystones/second, median of %d alternating runs of %d passes" % (a.runs, a.loops))
    print("  no caps             %10.0f" % n)
    print("  all caps set high   %10.0f" % h)
    print("  ratio (caps / none) %10.3f  (target >= 0.98: %s)" % (h / n, "met" if h / n >= 0.98 else "not met"))


if __name__ == "__main__":
    main()
