#!/usr/bin/env python3
"""The long random run of binascii and base64: tests/python/binascii__diff.py
and base64__diff.py with other seeds and more cases, under sandpy and
python3, compared case by case (each case's line: the call and its result
or exception).

    python3 tests/tools/base64_diff.py [--sandpy target/debug/sandpy]
                                       [--runs 10] [--count 1000]
                                       [--only binascii|base64]

Prints each differing pair of lines and a summary of the counts.
"""
import argparse
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SOURCES = {
    'binascii': os.path.join(ROOT, 'tests', 'python', 'binascii__diff.py'),
    'base64': os.path.join(ROOT, 'tests', 'python', 'base64__diff.py'),
}


def program(source, seed, count):
    text = open(source).read()
    text = re.sub(r'^SEED = .*$', 'SEED = %d' % seed, text, flags=re.M)
    text = re.sub(r'^COUNT = .*$', 'COUNT = %d' % count, text, flags=re.M)
    text = re.sub(r'^VERBOSE = .*$', 'VERBOSE = True', text, flags=re.M)
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=10)
    ap.add_argument('--count', type=int, default=1000)
    ap.add_argument('--only', choices=sorted(SOURCES))
    args = ap.parse_args()
    cases = diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in sorted(SOURCES.items()):
            if args.only and name != args.only:
                continue
            for run in range(args.runs):
                seed = 0x5DEECE66D + 7919 * run
                path = os.path.join(tmp, name + '_run.py')
                with open(path, 'w') as f:
                    f.write(program(source, seed, args.count))
                ref = subprocess.run(['python3', path], capture_output=True, text=True, cwd=tmp)
                got = subprocess.run([args.sandpy, 'run', path], capture_output=True,
                                     text=True, cwd=tmp)
                r = [l for l in ref.stdout.splitlines() if ' -> ' in l]
                g = [l for l in got.stdout.splitlines() if ' -> ' in l]
                if got.returncode != ref.returncode or len(r) != len(g):
                    print('%s run %d: exit %d vs %d, %d vs %d cases' % (
                        name, run, got.returncode, ref.returncode, len(g), len(r)))
                    print(got.stderr[-2000:])
                    diffs += 1
                for a, b in zip(g, r):
                    cases += 1
                    if a != b:
                        diffs += 1
                        print('sandpy: ' + a)
                        print('python: ' + b)
    print('%d cases compared, %d differ' % (cases, diffs))
    return 1 if diffs else 0


if __name__ == '__main__':
    raise SystemExit(main())
