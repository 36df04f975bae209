#!/usr/bin/env python3
"""Importing standard-library modules in a fresh sandbox, against importing
them in a fresh CPython interpreter (issue 18: under 100 us for ten
modules), and the memory one more sandbox costs with them imported.

  import time   sandpy: a new child times `import m1, ..., m10` with
                time.perf_counter (the first child of the run builds the
                shared modules; the figure is the median of the children
                after it).  CPython: `python3 -c` times the same imports
                after its own start-up (which has imported some modules
                already: site imports os, and others).
  memory        sandpy: resident KB per idle child that imported the
                modules, minus per idle child that imported nothing
                (VmRSS read from /proc while the children block on a
                queue).  CPython: the resident size of a fresh interpreter
                that imported them, minus one that imported nothing.

Usage:
    benches/stdlib_import.py [--sandpy PATH] [--runs N] [--children N]
                             [--modules m1,m2,...]
Standard library only; Linux only (/proc).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT = "json,re,collections,itertools,functools,math,string,struct,base64,heapq"

SANDPY_TIMES = """
import sandbox, time
MODS = %(mods)r
def child():
    t0 = time.perf_counter()
    for m in MODS:
        __import__(m)
    return time.perf_counter() - t0
def empty():
    t0 = time.perf_counter()
    return time.perf_counter() - t0
first = sandbox.spawn(child).join()
ts = sorted(sandbox.spawn(child).join() for _ in range(%(runs)d))
es = sorted(sandbox.spawn(empty).join() for _ in range(%(runs)d))
print("first", first)
print("median", ts[len(ts) // 2])
print("clock", es[len(es) // 2])
"""

CPYTHON_TIME = """
import time
t0 = time.perf_counter()
for m in %(mods)r:
    __import__(m)
print(time.perf_counter() - t0)
"""

SANDPY_MEMORY = """
import sandbox, time
MODS = %(mods)r
def idle(q, ready, load):
    if load:
        for m in MODS:
            __import__(m)
    ready.put(1)
    q.get()
def phase(load, n):
    q, ready = sandbox.Queue(), sandbox.Queue()
    kids = [sandbox.spawn(idle, q, ready, load) for _ in range(n)]
    for _ in range(n):
        ready.get()
    time.sleep(0.3)
    print("LOADED" if load else "EMPTY", flush=True)
    time.sleep(0.7)
    for _ in range(n):
        q.put(None)
    for k in kids:
        k.join()
    time.sleep(0.3)
def warm():
    for m in MODS:
        __import__(m)
sandbox.spawn(warm).join()
print("BASE", flush=True)
time.sleep(0.7)
phase(False, %(n)d)
print("BASE", flush=True)
time.sleep(0.7)
phase(True, %(n)d)
"""

CPYTHON_MEMORY = """
import sys, time
if sys.argv[1] == "1":
    for m in %(mods)r:
        __import__(m)
print("READY", flush=True)
time.sleep(0.7)
"""


def rss_kb(pid):
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_text(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    if p.returncode != 0:
        sys.exit("%s failed:\n%s%s" % (" ".join(cmd), p.stdout, p.stderr))
    return p.stdout


def sandpy_memory(sandpy, path, n):
    p = subprocess.Popen([sandpy, "run", path], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
    base, got = None, {}
    for line in p.stdout:
        word = line.split()[0] if line.split() else ""
        if word == "BASE":
            base = rss_kb(p.pid)
        elif word in ("EMPTY", "LOADED"):
            got[word] = (rss_kb(p.pid) - base) / n
    err = p.stderr.read()
    if p.wait() != 0:
        sys.exit("sandpy memory run failed:\n" + err)
    return got


def cpython_memory(path):
    out = {}
    for load in ("0", "1"):
        p = subprocess.Popen([sys.executable, path, load], stdout=subprocess.PIPE, text=True)
        p.stdout.readline()
        out[load] = rss_kb(p.pid)
        p.wait()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sandpy", default=os.path.join(ROOT, "target", "release", "sandpy"))
    ap.add_argument("--runs", type=int, default=31)
    ap.add_argument("--children", type=int, default=100)
    ap.add_argument("--modules", default=DEFAULT)
    a = ap.parse_args()
    mods = a.modules.split(",")
    with tempfile.TemporaryDirectory() as d:
        def write(name, text):
            path = os.path.join(d, name)
            with open(path, "w") as fh:
                fh.write(text % {"mods": mods, "runs": a.runs, "n": a.children})
            return path

        sp = parse(run_text([a.sandpy, "run", write("t.py", SANDPY_TIMES)]))
        cp_path = write("c.py", CPYTHON_TIME)
        cp = sorted(float(run_text([sys.executable, cp_path])) for _ in range(a.runs))
        smem = sandpy_memory(a.sandpy, write("m.py", SANDPY_MEMORY), a.children)
        cmem = cpython_memory(write("cm.py", CPYTHON_MEMORY))
    print("date %s, %s" % (time.strftime("%Y-%m-%d"), os.uname().machine))
    print("modules: %s" % ", ".join(mods))
    print("import, fresh sandbox (median of %d):   %8.1f us  (first, building: %.1f us;"
          " clock pair %.1f us)" % (a.runs, sp["median"] * 1e6, sp["first"] * 1e6,
                                    sp["clock"] * 1e6))
    print("import, fresh python3 (median of %d):   %8.1f us" % (a.runs, statistics.median(cp) * 1e6))
    print("memory per idle sandbox: %.0f KB empty, %.0f KB with the modules (+%.0f KB)"
          % (smem["EMPTY"], smem["LOADED"], smem["LOADED"] - smem["EMPTY"]))
    print("memory of a python3 process: %d KB bare, %d KB with the modules (+%d KB)"
          % (cmem["0"], cmem["1"], cmem["1"] - cmem["0"]))


def parse(text):
    out = {}
    for line in text.splitlines():
        k, _, v = line.partition(" ")
        try:
            out[k] = float(v)
        except ValueError:
            pass
    return out


if __name__ == "__main__":
    main()
