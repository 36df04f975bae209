#!/usr/bin/env python3
"""Proxies and the stdout writer against CPython, side by side (issue 5,
item 7).

Runs the programs in benches/proxy_py/ under sandpy and python3,
alternating sides on every run so drift in the machine's speed hits both,
and prints the medians:

  proxy call round trip    sandbox.serve(Counter).incr()
                           vs a multiprocessing Pipe round trip and a
                           multiprocessing manager proxy call
  stdout throughput        1 and 4 sandboxes printing at once (to a file)
                           vs 1 and 4 threads; and whether any line tore

Usage:
    benches/proxy_compare.py [--runs N] [--sandpy PATH] [--python PATH]
                             [--no-build] [--quick]

Standard library only.
"""

import argparse
import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile

from sandbox_compare import cpu_model, git_head  # same folder; shared helpers

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "proxy_py")
LINE_RE = re.compile(r"^worker (\d+) line (\d{7}): the quick brown fox jumps over the lazy dog$")


def fail(message, detail=""):
    print("error: " + message, file=sys.stderr)
    if detail.strip():
        print(detail.rstrip(), file=sys.stderr)
    sys.exit(1)


def value(text, key):
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and parts[0] == key:
            return float(parts[1])
    fail("no '%s' in the output" % key, text)


def run(cmd, cwd, stdout=None):
    p = subprocess.run(cmd, cwd=cwd, stdout=stdout or subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True, timeout=900)
    if p.returncode != 0:
        fail("%s exited with %d" % (" ".join(cmd), p.returncode),
             (p.stdout or "") + p.stderr)
    return p


def torn_lines(path, workers, n):
    """Lines that are not exactly one worker's line (torn by another
    worker's output), plus each worker's lines missing or out of order."""
    torn = 0
    got = [[] for _ in range(workers)]
    with open(path) as fh:
        for line in fh:
            m = LINE_RE.match(line.rstrip("\n"))
            if not m or int(m.group(1)) >= workers:
                torn += 1
                continue
            got[int(m.group(1))].append(int(m.group(2)))
    # A worker's lines in order are 0, 1, 2...: count those out of place
    # (a torn line shifts nothing: it is counted as torn only).
    misplaced = sum(sum(1 for a, b in zip(g, g[1:]) if b <= a) + max(0, n - len(g)) for g in got)
    return torn, misplaced


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sandpy", default=None)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()

    python = shutil.which(args.python) or args.python
    sandpy = os.path.abspath(args.sandpy) if args.sandpy else \
        os.path.join(ROOT, "target", "release", "sandpy")
    if not args.sandpy and not args.no_build:
        print("building: cargo build --release", flush=True)
        b = subprocess.run(["cargo", "build", "--release"], cwd=ROOT,
                           capture_output=True, text=True)
        if b.returncode != 0:
            fail("cargo build --release failed", b.stderr)
    if not os.path.exists(sandpy):
        fail("no sandpy binary at %s" % sandpy)

    n_calls = 2000 if args.quick else 20000
    n_lines = 20000 if args.quick else 200000
    pyver = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                           capture_output=True, text=True).stdout.strip()
    print("date:    %s" % datetime.date.today().isoformat())
    print("machine: %s, %s, %d cores" % (platform.machine(), cpu_model(), os.cpu_count()))
    print("sandpy:  %s (git %s)" % (sandpy, git_head()))
    print("cpython: %s (%s)" % (python, pyver))
    print("runs:    %d, alternating" % args.runs)
    print(flush=True)

    res = {}

    def add(name, v):
        res.setdefault(name, []).append(v)

    torn = {"sandpy": [0, 0], "cpython": [0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for f in os.listdir(PROGRAMS):
            if f.endswith(".py"):
                shutil.copy(os.path.join(PROGRAMS, f), tmp)
        sides = [("sandpy", lambda s, *a: [sandpy, "run", s] + [str(x) for x in a]),
                 ("cpython", lambda s, *a: [python, s] + [str(x) for x in a])]
        out_path = os.path.join(tmp, "out.txt")
        for r in range(args.runs):
            print("run %d/%d" % (r + 1, args.runs), flush=True)
            order = sides if r % 2 == 0 else sides[::-1]
            for side, cmd in order:
                p = run(cmd("proxy_round_trip.py", n_calls), tmp)
                add(side + " proxy", value(p.stdout, "round_trip_us"))
                if side == "cpython":
                    p = run(cmd("proxy_round_trip.py", n_calls // 4, "manager"), tmp)
                    add("cpython manager", value(p.stdout, "round_trip_us"))
            for w in (1, 4):
                for side, cmd in order:
                    with open(out_path, "w") as fh:
                        p = run(cmd("stdout_throughput.py", w, n_lines // w), tmp, stdout=fh)
                    add("%s stdout%d" % (side, w), value(p.stderr, "lines_per_s"))
                    t, m = torn_lines(out_path, w, n_lines // w)
                    torn[side][0] += t
                    torn[side][1] += m

    med = lambda k: statistics.median(res[k])
    print()
    print("| measure | sandpy | CPython 3.11 | ratio |")
    print("|---|---|---|---|")
    sp, cp, mg = med("sandpy proxy"), med("cpython proxy"), med("cpython manager")
    print("| proxy call round trip (µs) | %.2f | %.1f (Pipe), %.1f (manager proxy) | %.0fx faster than Pipe |"
          % (sp, cp, mg, cp / sp))
    for w in (1, 4):
        s, c = med("sandpy stdout%d" % w), med("cpython stdout%d" % w)
        print("| stdout, %d printing at once (lines/s) | %s | %s | %.2fx |"
              % (w, "{:,.0f}".format(s), "{:,.0f}".format(c), s / c))
    s1, s4 = med("sandpy stdout1"), med("sandpy stdout4")
    print()
    print("sandpy 4 vs 1 printers: %.2fx the lines per second" % (s4 / s1))
    print("torn lines (all runs): sandpy %d, CPython %d" % (torn["sandpy"][0], torn["cpython"][0]))
    print("lines missing or out of order (all runs): sandpy %d, CPython %d"
          % (torn["sandpy"][1], torn["cpython"][1]))
    print("target: proxy round trip <= 5 us: %s" % ("met" if sp <= 5 else "NOT met"))


if __name__ == "__main__":
    main()
