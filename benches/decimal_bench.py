#!/usr/bin/env python3
"""decimal in the style of pyperformance's telco: a loop of invoice-like
computations, sandpy against CPython (whose decimal is the C `_decimal`).

Each call record (a duration in seconds, from a seeded generator) is
priced: Decimal from str and from int, * and / at the default context,
quantize(Decimal('0.01')) with ROUND_HALF_EVEN and ROUND_DOWN, + and -,
comparisons, sum() of the lines and str() of each total. The workload
prints a checksum (the grand totals and a hash of every printed line)
so sandpy's output is compared with python3's as well as timed.

Each run times the loop with the chosen clock inside the program (start-up
not counted); python3 and sandpy alternate --runs times; the table gives
the best time of each and the ratio sandpy / CPython (below 1: sandpy
faster). Meant for release builds:

    cargo build --release
    python3 benches/decimal_bench.py --sandpy target/release/sandpy --clock process_time

--pure times sandpy on decimal.py's Python methods instead of the
natives of _decimal_core (the road before them), in the same binary.
"""

import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# --pure: put decimal.py's own methods back in place of _decimal_core's
# natives (sandpy only), to time the Python road in the same binary (the
# values stay native; the VM's hooks step aside once the class changed).
PURE = r'''
import decimal
for name, f in decimal._fallbacks.items():
    setattr(decimal.Decimal, name, staticmethod(f) if name == '__new__' else f)
'''

WORKLOAD = r'''
import random
import time
from decimal import Decimal, ROUND_HALF_EVEN, ROUND_DOWN, getcontext

getcontext().prec = 28
random.seed(19)
N = {n}
CALLS = [(random.randrange(1, 3600), random.randrange(2)) for _ in range(N)]
TEXTS = [str(s) + '.' + str(random.randrange(100)) for s, _ in CALLS]

def price():
    rates = (Decimal('0.0013'), Decimal('0.00894'))
    disc_rate = Decimal('0.0675')
    dist_rate = Decimal('0.0341')
    cent = Decimal('0.01')
    limit = Decimal('5.00')
    sum_t = Decimal(0)
    sum_b = Decimal(0)
    sum_d = Decimal(0)
    lines = []
    totals = []
    h = 0
    for (secs, kind), text in zip(CALLS, TEXTS):
        n = Decimal(text)
        m = Decimal(secs)
        p = (n * rates[kind]).quantize(cent, rounding=ROUND_HALF_EVEN)
        b = (p * disc_rate).quantize(cent, rounding=ROUND_DOWN)
        d = (p * dist_rate).quantize(cent, rounding=ROUND_DOWN)
        if kind:
            d = d + (m / 7 - m / 11).quantize(cent)
        t = p + b + d
        if t > limit:
            t = t - Decimal('0.50')
        elif t <= cent:
            t = cent
        sum_t += t
        sum_b += b
        sum_d = sum_d + d
        totals.append(t)
        s = str(t)
        h = (h * 31 + len(s) + ord(s[-1])) % 1000003
    return sum_t, sum_b, sum_d, sum(totals), h

t0 = time.{clock}()
res = price()
print('checksum', *res)
print('time', time.{clock}() - t0)
'''


def run(cmd):
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    if out.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{out.stderr}")
    check = secs = None
    for line in out.stdout.splitlines():
        if line.startswith('checksum '):
            check = line
        elif line.startswith('time '):
            secs = float(line.split()[1])
    return check, secs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sandpy', default=os.path.join(ROOT, 'target', 'release', 'sandpy'))
    ap.add_argument('--n', type=int, default=20000, help='call records priced per run')
    ap.add_argument('--runs', type=int, default=3)
    ap.add_argument('--clock', choices=['perf_counter', 'process_time'], default='perf_counter',
                    help='process_time: CPU time of the program, steadier on a busy machine')
    ap.add_argument('--pure', action='store_true',
                    help="sandpy runs decimal.py's Python methods, not the natives")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'decimal_telco.py')
        work = WORKLOAD.replace('{n}', str(args.n)).replace('{clock}', args.clock)
        with open(path, 'w') as f:
            f.write(work)
        spath = path
        if args.pure:
            spath = os.path.join(tmp, 'decimal_telco_pure.py')
            with open(spath, 'w') as f:
                f.write(PURE + work)
        best = {}
        checks = {}
        for _ in range(args.runs):
            for who, cmd in (('python3', ['python3', path]), ('sandpy', [args.sandpy, 'run', spath])):
                check, secs = run(cmd)
                checks.setdefault(who, check)
                if checks[who] != check:
                    sys.exit(f'{who}: checksum changed between runs')
                best[who] = secs if who not in best else min(best[who], secs)
    if checks['python3'] != checks['sandpy']:
        sys.exit(f"checksums differ:\n  python3: {checks['python3']}\n  sandpy:  {checks['sandpy']}")
    print(checks['python3'])
    c, s = best['python3'], best['sandpy']
    print(f"{'case':28} {'CPython ms':>11} {'sandpy ms':>11} {'ratio':>7}")
    print(f"{'telco ' + str(args.n) + ' calls':28} {c * 1e3:11.2f} {s * 1e3:11.2f} {s / c:7.2f}")
    print('ratio: sandpy time / CPython time (below 1: sandpy faster)')


if __name__ == '__main__':
    main()
