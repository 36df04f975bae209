"""Run tests/python/re__diff.py (or re__diff_unicode.py with --unicode)
with many seeds under sandpy and python3 and report every seed whose
output differs.

    python3 tests/tools/re_diff.py [--runs 20] [--count 300] [--start 2] [--unicode]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TESTS = os.path.join(ROOT, "tests", "python")
SANDPY = os.path.join(ROOT, "target", "debug", "sandpy")


def run(cmd):
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    return p.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--start", type=int, default=2)
    ap.add_argument("--sandpy", default=SANDPY)
    ap.add_argument("--unicode", action="store_true")
    a = ap.parse_args()
    name = "re__diff_unicode.py" if a.unicode else "re__diff.py"
    TEST = os.path.join(TESTS, name)
    bad = 0
    for seed in range(a.start, a.start + a.runs):
        args = [TEST, str(seed), str(a.count)]
        want = run(["python3"] + args)
        got = run([a.sandpy, "run"] + args)
        if want != got:
            bad += 1
            w, g = want.splitlines(), got.splitlines()
            for i, (x, y) in enumerate(zip(w, g)):
                if x != y:
                    print("seed %d line %d\n  python3: %s\n  sandpy:  %s" % (seed, i, x, y))
                    break
            else:
                print("seed %d: lengths differ (%d vs %d lines)" % (seed, len(w), len(g)))
    print("%d seeds x %d patterns: %d differing seeds" % (a.runs, a.count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
