#!/usr/bin/env python3
"""Per-operation costs of sandpy against CPython, side by side.

Each case is a tiny program that times a loop of N iterations with
time.perf_counter and prints nanoseconds per iteration (loop overhead
included). The programs are written to a temporary folder and run under
python3 and sandpy alternately, three times each; the table shows medians.

Usage: benches/micro/run.py [--sandpy PATH] [--n N] [--runs R]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

CASES = {
    "empty loop": "for i in range(N):\n        pass",
    "local add": "x = 0\n    for i in range(N):\n        x = x + 1",
    "global load": "for i in range(N):\n        g",
    "call f(i)": "for i in range(N):\n        f(i)",
    "attribute load": "for i in range(N):\n        o.a",
    "attribute store": "for i in range(N):\n        o.a = i",
    "method call": "for i in range(N):\n        o.m()",
    "new object": "for i in range(N):\n        C()",
    "list index": "l = [1, 2, 3]\n    for i in range(N):\n        l[1]",
    "compare and branch": "for i in range(N):\n        if i < 5: pass",
    "str ==": "s = 'abc'\n    for i in range(N):\n        s == 'abc'",
    "dict del (fill N, delete N)": "d = dict.fromkeys(range(N))\n    for i in range(N):\n        del d[i]",
    "dict as LRU (set, del oldest)": "d = {}\n    for i in range(N):\n        d[i] = i\n        if i >= 64: del d[i - 64]",
}

TEMPLATE = """import time
g = 1
def f(a):
    return a
class C:
    def __init__(self):
        self.a = 1
    def m(self):
        return 1
o = C()
def main(N):
    {body}
t = time.perf_counter()
main({n})
print((time.perf_counter() - t) / {n} * 1e9)
"""


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1])


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandpy", default=os.path.join(root, "target", "release", "sandpy"))
    ap.add_argument("--n", type=int, default=2_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'case':<20} {'CPython ns':>11} {'sandpy ns':>10} {'ratio':>7}")
        for name, body in CASES.items():
            path = os.path.join(tmp, "case.py")
            with open(path, "w") as fh:
                fh.write(TEMPLATE.format(body=body, n=args.n))
            cp, sp = [], []
            for _ in range(args.runs):
                cp.append(run([sys.executable, path]))
                sp.append(run([args.sandpy, "run", path]))
            c, s = statistics.median(cp), statistics.median(sp)
            print(f"{name:<20} {c:>11.1f} {s:>10.1f} {s / c:>6.2f}x")


if __name__ == "__main__":
    main()
