#!/usr/bin/env python3
"""The long random runs of collections: tests/python/collections__deque_diff.py
(deque against a list model) and collections__mapping_diff.py (Counter and
OrderedDict against dict/list models) with other seeds and more steps,
under sandpy and python3, line by line.

    python3 tests/tools/collections_diff.py [--sandpy target/debug/sandpy]
                                            [--runs 20] [--steps 3000]

Prints each differing line pair (and any MISMATCH line, a disagreement
with the model) and a summary of the counts.
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TESTS = os.path.join(ROOT, 'tests', 'python')
WALKS = ['collections__deque_diff.py', 'collections__mapping_diff.py']


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--steps', type=int, default=3000)
    args = ap.parse_args()
    lines = diffs = mismatches = 0
    for walk in WALKS:
        for run in range(args.runs):
            seed = 1000003 * (run + 1)
            argv = [walk, str(seed), str(args.steps)]
            ref = subprocess.run(['python3'] + argv, capture_output=True, text=True, cwd=TESTS)
            got = subprocess.run([args.sandpy, 'run'] + argv, capture_output=True, text=True,
                                 cwd=TESTS)
            r, g = ref.stdout.splitlines(), got.stdout.splitlines()
            if got.returncode != ref.returncode or len(r) != len(g):
                print('%s seed %d: exit %d vs %d, %d vs %d lines' % (
                    walk, seed, got.returncode, ref.returncode, len(g), len(r)))
                print(got.stderr[-2000:])
                diffs += 1
            for a, b in zip(g, r):
                lines += 1
                if 'MISMATCH' in a or 'MISMATCH' in b:
                    mismatches += 1
                    print('model: ' + (a if 'MISMATCH' in a else b))
                if a != b:
                    diffs += 1
                    print('sandpy: ' + a)
                    print('python: ' + b)
    print('%d walks x %d runs of %d steps, %d lines compared, %d differ, %d model mismatches' % (
        len(WALKS), args.runs, args.steps, lines, diffs, mismatches))
    return 1 if diffs or mismatches else 0


if __name__ == '__main__':
    sys.exit(main())
