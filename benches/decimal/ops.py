#!/usr/bin/env python3
"""Per-operation cost of decimal's hot road, sandpy against CPython (C
`_decimal`), in the same run: each case is a `for` loop of N operations
timed with `time.process_time()` inside the program, best of --runs,
minus the same empty loop; ns per operation.

    python3 benches/decimal/ops.py --sandpy target/fast/release/sandpy
"""

import argparse
import os
import subprocess
import sys
import tempfile

PROGRAM = r'''
import time
from decimal import Decimal, ROUND_DOWN
a = Decimal('1234.5678'); b = Decimal('0.0341'); c = Decimal('0.01'); s = '1.23'
N = {n}
R = {runs}
def loop(f):
    best = 1e9
    for _ in range(R):
        t0 = time.process_time(); f(); best = min(best, time.process_time() - t0)
    return best / N * 1e9
def empty():
    for _ in range(N): pass
def add():
    for _ in range(N): a + b
def mul():
    for _ in range(N): a * b
def div():
    for _ in range(N): a / b
def lt():
    for _ in range(N): a < b
def quantize():
    for _ in range(N): a.quantize(c, rounding=ROUND_DOWN)
def new_str():
    for _ in range(N): Decimal(s)
def new_int():
    for _ in range(N): Decimal(1234)
def text():
    for _ in range(N): str(a)
def hash_():
    for _ in range(N): hash(a)
def sum_():
    xs = [a, b, c] * 10
    for _ in range(N // 30): sum(xs)
e = loop(empty)
for name, f in [('a + b', add), ('a * b', mul), ('a / b (prec 28)', div), ('a < b', lt),
                ('a.quantize(c, rounding=ROUND_DOWN)', quantize), ("Decimal('1.23')", new_str),
                ('Decimal(1234)', new_int), ('str(a)', text), ('hash(a)', hash_),
                ('sum() per item', sum_)]:
    print(name + '\t' + str(round(loop(f) - e)))
'''


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default='target/release/sandpy')
    ap.add_argument('--n', type=int, default=200000)
    ap.add_argument('--runs', type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'decimal_ops.py')
        with open(path, 'w') as f:
            f.write(PROGRAM.replace('{n}', str(args.n)).replace('{runs}', str(args.runs)))
        out = {}
        for who, cmd in (('python3', ['python3', path]), ('sandpy', [args.sandpy, 'run', path])):
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
            if r.returncode != 0:
                sys.exit(f'{who} failed:\n{r.stderr}')
            out[who] = [line.split('\t') for line in r.stdout.splitlines()]
    print(f"{'ns per op':38} {'CPython':>8} {'sandpy':>8}")
    for (name, c), (_, s) in zip(out['python3'], out['sandpy']):
        print(f'{name:38} {c:>8} {s:>8}')


if __name__ == '__main__':
    main()
