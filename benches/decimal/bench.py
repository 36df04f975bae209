#!/usr/bin/env python3
"""decimal arithmetic, sandpy against CPython (whose decimal runs on its
C accelerator `_decimal`, libmpdec).

The same workload (WORKLOAD below) runs under python3 and under sandpy,
alternately, --runs times each; each case times REPEAT passes with
time.perf_counter and reports the best of the runs per pass. Cases:
parsing strings, str() of results, + - * / at the default precision,
quantize (money rounding), a sum of many prices, sqrt and a long
division at 50 digits, and format() with grouping.

Usage: benches/decimal/bench.py [--sandpy target/release/sandpy] [--runs 3]

Measure release builds (`cargo build --release`); a debug build is
slower by an order of magnitude and says nothing about speed.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

WORKLOAD = r'''
import random
import time
from decimal import Decimal, localcontext, ROUND_HALF_UP

random.seed(7)
TEXTS = ['%d.%02d' % (random.randrange(100000), random.randrange(100)) for _ in range(1000)]
VALUES = [Decimal(t) for t in TEXTS]
CENT = Decimal('0.01')
RATE = Decimal('1.0725')

def parse():
    for t in TEXTS:
        Decimal(t)

def to_str():
    for v in VALUES:
        str(v)

def arith():
    x = Decimal(0)
    for v in VALUES:
        x = (x + v * RATE - v) / 3

def quantize():
    for v in VALUES:
        (v * RATE).quantize(CENT, rounding=ROUND_HALF_UP)

def total():
    sum(VALUES, Decimal(0))

def compare():
    sorted(VALUES)

def precise():
    with localcontext(prec=50):
        for v in VALUES[:200]:
            v.sqrt()
            Decimal(1) / v

def fmt():
    for v in VALUES:
        format(v, ',.2f')

def bench(f, repeat):
    best = None
    for _ in range(3):
        t = time.perf_counter()
        for _ in range(repeat):
            f()
        dt = (time.perf_counter() - t) / repeat
        best = dt if best is None or dt < best else best
    return best

for name, f in [('parse 1000', parse), ('str 1000', to_str), ('arith 1000', arith),
                ('quantize 1000', quantize), ('sum 1000', total), ('sort 1000', compare),
                ('prec 50 sqrt+div 200', precise), ('format 1000', fmt)]:
    print(name, bench(f, 5))
'''


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    result = {}
    for line in out.stdout.splitlines():
        name, _, secs = line.rpartition(' ')
        result[name] = float(secs)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'release', 'sandpy'))
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'decimal_workload.py')
        with open(path, 'w') as f:
            f.write(WORKLOAD)
        best = {'python3': {}, 'sandpy': {}}
        for _ in range(args.runs):
            for who, cmd in (('python3', ['python3', path]), ('sandpy', [args.sandpy, 'run', path])):
                for case, t in run(cmd).items():
                    prev = best[who].get(case)
                    best[who][case] = t if prev is None else min(prev, t)
    print(f"{'case':40} {'CPython':>12} {'sandpy':>12} {'ratio':>8}")
    for case, ref in best['python3'].items():
        got = best['sandpy'].get(case, float('nan'))
        print(f'{case:40} {ref * 1e3:10.3f}ms {got * 1e3:10.3f}ms {got / ref:7.2f}x')
    print('ratio: sandpy time / CPython time (below 1: sandpy faster)')


if __name__ == '__main__':
    main()
