#!/usr/bin/env python3
"""The long random run of itertools: tests/python/itertools__diff.py (and
heapq__diff.py with --heapq) with other seeds and more cases, under sandpy
and python3, line by line.

    python3 tests/tools/itertools_diff.py [--sandpy target/debug/sandpy]
                                          [--runs 20] [--count 3000] [--heapq]

Prints each differing line pair and a summary of the counts.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def program(source, seed, count):
    text = open(source).read()
    text = re.sub(r'^SEED = .*$', 'SEED = %d' % seed, text, flags=re.M)
    text = re.sub(r'^COUNT = .*$', 'COUNT = %d' % count, text, flags=re.M)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--count', type=int, default=3000)
    ap.add_argument('--heapq', action='store_true', help='run heapq__diff.py instead')
    args = ap.parse_args()
    name = 'heapq__diff.py' if args.heapq else 'itertools__diff.py'
    source = os.path.join(ROOT, 'tests', 'python', name)
    lines = diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            seed = 1000003 * (run + 1) + 17
            path = os.path.join(tmp, 'diff_run.py')
            with open(path, 'w') as f:
                f.write(program(source, seed, args.count))
            ref = subprocess.run(['python3', path], capture_output=True, text=True, cwd=tmp)
            got = subprocess.run([args.sandpy, 'run', path], capture_output=True, text=True, cwd=tmp)
            r, g = ref.stdout.splitlines(), got.stdout.splitlines()
            if got.returncode != ref.returncode or len(r) != len(g):
                print('run %d (seed %d): exit %d vs %d, %d vs %d lines'
                      % (run, seed, got.returncode, ref.returncode, len(g), len(r)))
                print(got.stderr[-2000:])
                diffs += 1
            for a, b in zip(g, r):
                lines += 1
                if a != b:
                    diffs += 1
                    print('sandpy: ' + a)
                    print('python: ' + b)
    print('%d runs of %s, %d lines (cases) compared, %d differ' % (args.runs, name, lines, diffs))
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
