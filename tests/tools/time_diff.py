#!/usr/bin/env python3
"""The long random run of time: tests/python/time__strftime_diff.py with
other seeds and many more timestamps and formats (strftime, asctime,
mktime and strptime round trips), under sandpy and python3, line by line.

    python3 tests/tools/time_diff.py [--sandpy target/debug/sandpy]
                                     [--runs 20] [--count 2000]

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
SOURCE = os.path.join(ROOT, 'tests', 'python', 'time__strftime_diff.py')


def program(seed, count):
    text = open(SOURCE).read()
    # The expectation block (trailing comments) is not part of the program.
    text = re.sub(r'^SEED = .*$', 'SEED = %d' % seed, text, flags=re.M)
    text = re.sub(r'^COUNT = .*$', 'COUNT = %d' % count, text, flags=re.M)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--count', type=int, default=2000)
    args = ap.parse_args()
    lines = diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            seed = 0x2545F4914F6CDD1D + 7919 * run
            path = os.path.join(tmp, 'time_run.py')
            with open(path, 'w') as f:
                f.write(program(seed, args.count))
            ref = subprocess.run(['python3', path], capture_output=True, text=True, cwd=tmp)
            got = subprocess.run([args.sandpy, 'run', path], capture_output=True, text=True, cwd=tmp)
            r, g = ref.stdout.splitlines(), got.stdout.splitlines()
            if got.returncode != ref.returncode or len(r) != len(g):
                print('run %d: exit %d vs %d, %d vs %d lines' % (run, got.returncode, ref.returncode, len(g), len(r)))
                print(got.stderr[-2000:])
                diffs += 1
            for a, b in zip(g, r):
                lines += 1
                if a != b:
                    diffs += 1
                    print('sandpy: ' + a)
                    print('python: ' + b)
    print('%d runs, %d lines compared, %d differ' % (args.runs, lines, diffs))
    return 1 if diffs else 0


if __name__ == '__main__':
    sys.exit(main())
