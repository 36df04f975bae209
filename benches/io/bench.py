#!/usr/bin/env python3
"""io, textwrap and array against CPython: StringIO building output with
many writes then getvalue, reading lines back, BytesIO writes, textwrap.fill
of a long text, array appends then sum, array indexing.

Runs benches/io/cases.py under python3 and sandpy, alternately, RUNS times
each, and prints the median seconds of each case and sandpy's ratio to
CPython. Measure with a release build (the lead's job: cargo build
--release); a debug build only checks that the cases run.

Usage: benches/io/bench.py [--sandpy target/release/sandpy] [--runs 3] [--scale 1]
"""
import argparse
import os
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CASES = os.path.join(HERE, 'cases.py')


def times(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=900)
    if out.returncode != 0:
        sys.exit('%s failed:\n%s' % (' '.join(cmd), out.stderr))
    result = {}
    for line in out.stdout.splitlines():
        name, secs = line.split()
        result[name] = float(secs)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'release', 'sandpy'))
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--scale', type=int, default=1)
    args = ap.parse_args()
    py, sp = {}, {}
    for _ in range(args.runs):
        for name, secs in times(['python3', CASES, str(args.scale)]).items():
            py.setdefault(name, []).append(secs)
        for name, secs in times([args.sandpy, 'run', CASES, str(args.scale)]).items():
            sp.setdefault(name, []).append(secs)
    print('%-22s %12s %12s %8s' % ('case', 'python3 s', 'sandpy s', 'ratio'))
    for name in py:
        a, b = statistics.median(py[name]), statistics.median(sp[name])
        print('%-22s %12.4f %12.4f %8.2f' % (name, a, b, b / a if a else float('inf')))


if __name__ == '__main__':
    main()
