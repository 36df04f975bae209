#!/usr/bin/env python3
"""Sandboxes against CPython threads, side by side (issue 3, item 10).

Runs the programs in benches/sandbox_py/ under sandpy (`sandpy run`) and
under python3, alternating between the two on every run so that drift in
the machine's speed hits both equally, and prints one table of medians:

  spawn + join of an empty function     sandbox.spawn(f).join()  vs  Thread
  queue round trip                      two sandboxes            vs  two threads
  collection pause, ~1e6 live objects   sandbox.collect()        vs  gc.collect()
  memory of an idle child               sandbox on a get         vs  thread on a get
  pystone, 1 and 2 workers              sandboxes                vs  threads, processes

Every program is the same file on both interpreters (it picks sandbox or
threading by whether `import sandbox` works).  The harness copies them and
pystone/pystone.py to a temporary folder and runs them there.

Idle memory is read from outside: /proc/PID/status VmRSS when the program
prints BASE (no children yet) and LOADED (all children blocked).

The pystone rows also show `others`: CPUs kept busy by other processes
during the run (from /proc/stat), because a scaling figure on a 2-core
machine means nothing while something else holds a core.

Usage:
    benches/sandbox_compare.py [--runs N] [--sandpy PATH] [--python PATH]
                               [--no-build] [--quick] [--wait-idle SECONDS]

--quick uses smaller counts (a smoke test of the harness, not figures).
--wait-idle SECONDS waits, before each program, until other processes use
under 0.2 CPUs (or SECONDS pass): scaling needs both cores free, and
wake-up latencies (spawn, queues) suffer when a core is taken.
Standard library only; Linux only (/proc).
"""

import argparse
import datetime
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "sandbox_py")
PYSTONE = os.path.join(ROOT, "pystone", "pystone.py")


def fail(message, detail=""):
    print("error: " + message, file=sys.stderr)
    if detail.strip():
        print(detail.rstrip(), file=sys.stderr)
    sys.exit(1)


def cpu_busy_seconds():
    """Seconds of CPU time spent busy by the whole machine (all cores)."""
    with open("/proc/stat") as fh:
        fields = [int(x) for x in fh.readline().split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def wait_idle(limit):
    """Wait up to `limit` seconds until other processes keep less than 0.2
    CPUs busy (sampled over one second); returns the seconds waited."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < limit:
        b0 = cpu_busy_seconds()
        time.sleep(1.0)
        if cpu_busy_seconds() - b0 < 0.2:
            break
    return time.perf_counter() - t0


def children_cpu_seconds():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def parse(stdout):
    """`key value...` lines into a dict of floats (first value of each)."""
    out = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                pass
    return out


def run_program(cmd, cwd):
    """Run cmd; its parsed output plus wall time, its CPU time, and the CPUs
    that other processes kept busy meanwhile."""
    busy0, cpu0, t0 = cpu_busy_seconds(), children_cpu_seconds(), time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    cpu = children_cpu_seconds() - cpu0
    busy = cpu_busy_seconds() - busy0
    if proc.returncode != 0:
        fail("%s exited with %d" % (" ".join(cmd), proc.returncode),
             proc.stdout + proc.stderr)
    out = parse(proc.stdout)
    out["_wall"] = wall
    out["_cpu"] = cpu
    out["_cpus"] = cpu / wall if wall > 0 else 0.0
    out["_others"] = max(0.0, (busy - cpu) / wall) if wall > 0 else 0.0
    return out


def vm_rss_kb(pid):
    with open("/proc/%d/status" % pid) as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def run_idle_memory(cmd, cwd, n):
    """KB of resident memory per idle child (see sandbox_py/idle_memory.py)."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    base = loaded = None
    for line in proc.stdout:
        word = line.split()[0] if line.split() else ""
        if word == "BASE":
            base = vm_rss_kb(proc.pid)
        elif word == "LOADED":
            loaded = vm_rss_kb(proc.pid)
    err = proc.stderr.read()
    if proc.wait() != 0 or base is None or loaded is None:
        fail("%s failed (exit %s)" % (" ".join(cmd), proc.returncode), err)
    return {"kb_each": (loaded - base) / n, "base_kb": base, "loaded_kb": loaded}


def git_head():
    """Short commit of HEAD, with `+dirty` when tracked files are modified
    (the binary may then hold uncommitted work)."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                              capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, capture_output=True, text=True).stdout.strip()
        return head + ("+dirty" if dirty else "")
    except OSError:
        return "?"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def has_pystone_cli(sandpy):
    proc = subprocess.run([sandpy, "pystone", "--help"], capture_output=True, text=True)
    return proc.returncode == 0 and "--threads" in proc.stdout


RATE_RE = re.compile(r"([0-9][0-9,.]*)\s*pystones/s", re.IGNORECASE)
WALL_RE = re.compile(r"([0-9][0-9,.]*) by wall clock")


def run_pystone_cli(sandpy, loops, threads, cwd):
    """Aggregate pystones/s from `sandpy pystone LOOPS --threads N`: its
    wall-clock figure (N * LOOPS / wall time) when it prints one, else the
    last rate it prints."""
    busy0, cpu0, t0 = cpu_busy_seconds(), children_cpu_seconds(), time.perf_counter()
    proc = subprocess.run([sandpy, "pystone", str(loops), "--threads", str(threads)],
                          cwd=cwd, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - t0
    cpu = children_cpu_seconds() - cpu0
    busy = cpu_busy_seconds() - busy0
    rates = WALL_RE.findall(proc.stdout) or RATE_RE.findall(proc.stdout)
    if proc.returncode != 0 or not rates:
        fail("sandpy pystone failed", proc.stdout + proc.stderr)
    return {"aggregate": float(rates[-1].replace(",", "")), "_wall": wall, "_cpu": cpu,
            "_cpus": cpu / wall, "_others": max(0.0, (busy - cpu) / wall)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sandpy", default=None)
    ap.add_argument("--python", default="python3")
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--wait-idle", type=float, default=0.0, metavar="SECONDS",
                    help="before each program, wait up to SECONDS for the "
                         "machine to be idle (other processes under 0.2 CPUs)")
    args = ap.parse_args()

    python = shutil.which(args.python) or args.python
    if args.sandpy:
        sandpy = os.path.abspath(args.sandpy)
    else:
        sandpy = os.path.join(ROOT, "target", "release", "sandpy")
        if not args.no_build:
            print("building: cargo build --release", flush=True)
            b = subprocess.run(["cargo", "build", "--release"], cwd=ROOT,
                               capture_output=True, text=True)
            if b.returncode != 0:
                fail("cargo build --release failed", b.stderr)
    if not os.path.exists(sandpy):
        fail("no sandpy binary at %s (build it, or pass --sandpy)" % sandpy)

    q = args.quick
    n_spawn = 200 if q else 2000
    n_queue = 2000 if q else 20000
    n_objs = 100000 if q else 1000000
    n_idle = 50 if q else 500
    loops = 20000 if q else 200000
    pyver = subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                           capture_output=True, text=True).stdout.strip()
    cli = has_pystone_cli(sandpy)

    print("date:    %s" % datetime.date.today().isoformat())
    print("machine: %s, %s, %d cores" % (platform.machine(), cpu_model(), os.cpu_count()))
    print("sandpy:  %s (git %s)" % (sandpy, git_head()))
    print("cpython: %s (%s)" % (python, pyver))
    print("runs:    %d, alternating; load average before: %.2f" % (args.runs, os.getloadavg()[0]))
    print(flush=True)

    # name -> {"cpython": [results], "sandpy": [results]}
    res = {}

    def add(name, side, r, work=None):
        if work is not None:
            # Pystones per CPU-second of the whole run (start-up included):
            # equal for 1 and 2 workers when they do not slow each other.
            r["per_cpu"] = work / r["_cpu"] if r["_cpu"] > 0 else 0.0
        res.setdefault(name, {}).setdefault(side, []).append(r)

    with tempfile.TemporaryDirectory() as tmp:
        for f in os.listdir(PROGRAMS):
            if f.endswith(".py"):
                shutil.copy(os.path.join(PROGRAMS, f), tmp)
        shutil.copy(PYSTONE, tmp)
        sp = lambda script, *a: [sandpy, "run", script] + [str(x) for x in a]
        cp = lambda script, *a: [python, script] + [str(x) for x in a]

        for run in range(args.runs):
            print("run %d/%d" % (run + 1, args.runs), flush=True)
            # CPython first on even runs, sandpy first on odd runs.
            sides = [("cpython", cp), ("sandpy", sp)]
            if run % 2:
                sides.reverse()
            for side, cmd in sides:
                wait_idle(args.wait_idle)
                add("spawn", side, run_program(cmd("spawn_join.py", n_spawn), tmp))
            for side, cmd in sides:
                wait_idle(args.wait_idle)
                add("queue", side, run_program(cmd("queue_round_trip.py", n_queue), tmp))
            for side, cmd in sides:
                wait_idle(args.wait_idle)
                add("collect", side, run_program(cmd("collect_pause.py", n_objs), tmp))
            for side, cmd in sides:
                wait_idle(args.wait_idle)
                add("idle", side, run_idle_memory(cmd("idle_memory.py", n_idle), tmp, n_idle))
            for n in (1, 2):
                for side, cmd in sides:
                    wait_idle(args.wait_idle)
                    if side == "sandpy":
                        add("pystone%d" % n, side,
                            run_program(sp("pystone_scaling.py", n, loops), tmp), n * loops)
                        if cli:
                            add("cli%d" % n, side, run_pystone_cli(sandpy, loops, n, tmp),
                                n * loops)
                    else:
                        add("pystone%d" % n, side,
                            run_program(cp("pystone_scaling.py", n, loops, "thread"), tmp),
                            n * loops)
                        add("process%d" % n, side,
                            run_program(cp("pystone_scaling.py", n, loops, "process"), tmp),
                            n * loops)

    def med(name, side, key):
        vals = [r[key] for r in res.get(name, {}).get(side, []) if key in r]
        return statistics.median(vals) if vals else None

    def fmt(v, digits=1):
        if v is None:
            return "-"
        if abs(v) >= 10000:
            return "{:,.0f}".format(v)
        return "%.*f" % (digits, v)

    rows = []  # (case, unit, cpython, sandpy, target, met)

    def row(case, unit, c, s, target="", met=""):
        rows.append((case, unit, c, s, target, met))

    s = med("spawn", "sandpy", "spawn_join_us")
    row("spawn + join, empty function", "us", fmt(med("spawn", "cpython", "spawn_join_us")),
        fmt(s), "<= 10", "yes" if s is not None and s <= 10 else "no")
    s = med("queue", "sandpy", "round_trip_us")
    row("queue round trip, two sandboxes", "us", fmt(med("queue", "cpython", "round_trip_us")),
        fmt(s), "<= 5", "yes" if s is not None and s <= 5 else "no")
    objs = med("collect", "sandpy", "frozen_objects")
    row("collection pause, %s live objects" % fmt(objs or 0, 0), "ms",
        fmt(med("collect", "cpython", "pause_ms")), fmt(med("collect", "sandpy", "pause_ms")))
    row("  heap_stats()['last_pause_ms']", "ms", "", fmt(med("collect", "sandpy", "last_pause_ms")))
    row("idle child (blocked on get), N=%d" % n_idle, "KB each",
        fmt(med("idle", "cpython", "kb_each")), fmt(med("idle", "sandpy", "kb_each")))
    for n in (1, 2):
        row("pystone, %d worker%s (threads | sandboxes)" % (n, "s" if n > 1 else ""),
            "pystones/s", fmt(med("pystone%d" % n, "cpython", "aggregate")),
            fmt(med("pystone%d" % n, "sandpy", "aggregate")))
    for n in (1, 2):
        row("pystone, %d process%s (CPython only)" % (n, "es" if n > 1 else ""),
            "pystones/s", fmt(med("process%d" % n, "cpython", "aggregate")), "")
    if cli:
        for n in (1, 2):
            row("sandpy pystone --threads %d" % n, "pystones/s", "",
                fmt(med("cli%d" % n, "sandpy", "aggregate")))

    def ratio(name, side, key="aggregate"):
        one, two = med(name + "1", side, key), med(name + "2", side, key)
        return two / one if one and two else None

    sc = ratio("pystone", "sandpy")
    row("scaling, 2 workers / 1 (threads | sandboxes)", "x",
        fmt(ratio("pystone", "cpython"), 2), fmt(sc, 2), ">= 1.9",
        "yes" if sc is not None and sc >= 1.9 else "no")
    row("scaling, 2 processes / 1 (CPython only)", "x", fmt(ratio("process", "cpython"), 2), "")
    if cli:
        sc = ratio("cli", "sandpy")
        row("scaling, sandpy pystone --threads 2 / 1", "x", "", fmt(sc, 2), ">= 1.9",
            "yes" if sc is not None and sc >= 1.9 else "no")
    row("CPUs used, 2 workers (threads | sandboxes)", "CPUs",
        fmt(med("pystone2", "cpython", "_cpus"), 2), fmt(med("pystone2", "sandpy", "_cpus"), 2))
    row("CPUs busy elsewhere meanwhile", "CPUs",
        fmt(med("pystone2", "cpython", "_others"), 2), fmt(med("pystone2", "sandpy", "_others"), 2))
    row("per CPU-second, 2 workers / 1 (threads | sandboxes)", "x",
        fmt(ratio("pystone", "cpython", "per_cpu"), 2), fmt(ratio("pystone", "sandpy", "per_cpu"), 2))

    print()
    widths = [max(len(r[i]) for r in rows + [("case", "unit", "CPython", "sandpy",
                                                 "target", "met")]) for i in range(6)]
    head = ("case", "unit", "CPython", "sandpy", "target", "met")
    line = "%-*s  %-*s  %*s  %*s  %-*s  %s"
    print(line % (widths[0], head[0], widths[1], head[1], widths[2], head[2],
                  widths[3], head[3], widths[4], head[4], head[5]))
    print("-" * (sum(widths) + 12))
    for r in rows:
        print(line % (widths[0], r[0], widths[1], r[1], widths[2], r[2],
                      widths[3], r[3], widths[4], r[4], r[5]))
    print()
    print("medians of %d runs; load average after: %.2f" % (args.runs, os.getloadavg()[0]))
    print()
    print("pystone runs (aggregate pystones/s; cpus = CPUs this run used, "
          "others = CPUs busy with other processes meanwhile):")
    for name in ["pystone1", "pystone2", "process1", "process2", "cli1", "cli2"]:
        for side in ("cpython", "sandpy"):
            rs = res.get(name, {}).get(side, [])
            if rs:
                print("  %-9s %-8s %s" % (name, side, "  ".join(
                    "%s (cpus %.2f, others %.2f)" % (fmt(r["aggregate"]), r["_cpus"], r["_others"])
                    for r in rs)))


if __name__ == "__main__":
    main()
