"""The long random runs shared by json_diff.py, struct_diff.py, random_diff.py and time_diff.py: a test
of tests/python/ whose generator reads `SEED = ...` and `COUNT = ...` is
run with other seeds and counts under sandpy and python3, and their
outputs compared line by line."""
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


def main(test, what, count, seed0):
    """Run tests/python/TEST with --runs seeds; `what` names a line."""
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'debug', 'sandpy'))
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--count', type=int, default=count)
    args = ap.parse_args()
    source = os.path.join(ROOT, 'tests', 'python', test)
    lines = diffs = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            seed = seed0 + 104729 * run
            path = os.path.join(tmp, 'run_' + test)
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
    print('%d runs, %d lines (%s) compared, %d differ' % (args.runs, lines, what, diffs))
    return 1 if diffs else 0
