#!/usr/bin/env python3
"""collections against CPython: deque append/popleft, deque as a bounded
window, Counter updates over words, and namedtuple field reads.

Each case is a small program timed with time.perf_counter inside it (so
start-up is not counted) that prints nanoseconds per element; it runs once
at module level and once inside a function (where its names are fast
locals, as in most programs). They run under python3 and sandpy
alternately, three times each; the table shows the medians and the ratio
sandpy/CPython (below 1: sandpy is faster).

Meant for release builds (the lead measures; a debug build is ~10x slower):

    cargo build --release
    python3 benches/collections/bench.py --sandpy target/release/sandpy [--n 1000000]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

CASES = {
    "deque append+popleft": """
d = deque()
for i in range(N):
    d.append(i)
for i in range(N):
    d.popleft()
""",
    "deque queue (append, popleft each step)": """
d = deque([0] * 100)
append = d.append
popleft = d.popleft
for i in range(N):
    append(i)
    popleft()
""",
    "deque maxlen window": """
d = deque(maxlen=64)
for i in range(N):
    d.append(i)
""",
    "deque extend/rotate": """
d = deque(range(1000))
for i in range(N // 1000):
    d.extend(range(1000))
    d.rotate(7)
    for _ in range(1000):
        d.pop()
""",
    "Counter(words)": """
Counter(WORDS)
""",
    "Counter.update in chunks": """
c = Counter()
for k in range(0, N, 1000):
    c.update(WORDS[k:k + 1000])
""",
    "Counter most_common(10)": """
c = Counter(WORDS)
for _ in range(N // 10000):
    c.most_common(10)
""",
    "namedtuple field read": """
p = P(1, 2)
for i in range(N):
    p.x
""",
}

TEMPLATE = """import time
from collections import deque, Counter, namedtuple
N = {n}
VOCAB = ["w%d" % (i * 7919 % 5000) for i in range(5000)]
WORDS = [VOCAB[(i * 2654435761) % 5000] for i in range(N)]
P = namedtuple("P", "x y")
t = time.{clock}()
{body}
print((time.{clock}() - t) / N * 1e9)
"""

# The same body inside a function: names are fast locals there, as in
# most programs (module level reads and writes globals instead).
TEMPLATE_FN = """import time
from collections import deque, Counter, namedtuple
N = {n}
VOCAB = ["w%d" % (i * 7919 % 5000) for i in range(5000)]
WORDS = [VOCAB[(i * 2654435761) % 5000] for i in range(N)]
P = namedtuple("P", "x y")
def bench():
{body}
t = time.{clock}()
bench()
print((time.{clock}() - t) / N * 1e9)
"""


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clock", choices=["perf_counter", "process_time"], default="perf_counter",
                    help="process_time: CPU time of the program, steadier on a busy machine")
    args = ap.parse_args()
    print(f"{'case':58} {'CPython ns':>11} {'sandpy ns':>11} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        variants = [(name, TEMPLATE, body.strip()) for name, body in CASES.items()]
        variants += [(name + " (in a function)", TEMPLATE_FN,
                      "\n".join("    " + line for line in body.strip().splitlines()))
                     for name, body in CASES.items()]
        for name, template, body in variants:
            path = os.path.join(tmp, "case.py")
            with open(path, "w") as f:
                f.write(template.format(n=args.n, body=body, clock=args.clock))
            cp, sp = [], []
            for _ in range(args.runs):
                cp.append(run(["python3", path]))
                sp.append(run([args.sandpy, "run", path]))
            c, s = statistics.median(cp), statistics.median(sp)
            print(f"{name:58} {c:11.1f} {s:11.1f} {s / c:7.2f}")


if __name__ == "__main__":
    main()
