"""The long random runs of the seeded differential tests
(tests/python/MODULE__diff.py): the same program with other seeds and
more cases, under sandpy and python3, compared line by line. Each
tests/tools/MODULE_diff.py calls `main` with its test's file name.

A program takes its inputs from `SEED = ...` and `COUNT = ...` lines,
which are replaced here.
"""
import argparse
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def program(source, seed, count):
    text = open(source).read()
    text = re.sub(r'^SEED = .*$', 'SEED = %d' % seed, text, flags=re.M)
    text = re.sub(r'^COUNT = .*$', 'COUNT = %d' % count, text, flags=re.M)
    return text


def main(test_name, default_count):
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--count', type=int, default=default_count)
    args = ap.parse_args()
    source = os.path.join(ROOT, 'tests', 'python', test_name)
    lines = diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            seed = 0x2545F4914F6CDD1D + 7919 * run
            path = os.path.join(tmp, 'diff_run.py')
            with open(path, 'w') as f:
                f.write(program(source, seed, args.count))
            ref = subprocess.run(['python3', path], capture_output=True, text=True, cwd=tmp)
            got = subprocess.run([args.sandpy, 'run', path], capture_output=True, text=True,
                                 cwd=tmp)
            r, g = ref.stdout.splitlines(), got.stdout.splitlines()
            if got.returncode != ref.returncode or len(r) != len(g):
                print('run %d: exit %d vs %d, %d vs %d lines'
                      % (run, got.returncode, ref.returncode, len(g), len(r)))
                print(got.stderr[-2000:])
                diffs += 1
            for a, b in zip(g, r):
                lines += 1
                if a != b:
                    diffs += 1
                    print('sandpy: ' + a)
                    print('python: ' + b)
    print('%s: %d runs, %d lines compared, %d differ' % (test_name, args.runs, lines, diffs))
    return 1 if diffs else 0
