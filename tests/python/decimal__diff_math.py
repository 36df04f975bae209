# Differential check of decimal's square roots, exponentials, logarithms
# and powers against CPython: generated operands and precisions; each
# group prints a count and a digest of the results and flags.
from decimal import *

seed = 777


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation]
ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]


def gen_str():
    k = rnd(25)
    if k == 0:
        return ['NaN', '-NaN', 'sNaN', 'Inf', '-Infinity', '0', '-0', '1', '0E+5', '100'][rnd(10)]
    sign = '-' if rnd(5) == 0 else ''
    digits = str(rnd(10 ** (rnd(8) + 1)))
    return sign + digits + 'E' + str(rnd(16) - 10)


counts = {}
digests = {}


def record(group, f, ctx):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    r += ''.join('1' if ctx.flags[s] else '0' for s in SIGNALS)
    ctx.clear_flags()
    counts[group] = counts.get(group, 0) + 1
    h = digests.get(group, 0)
    for ch in r:
        h = (h * 1000003 + ord(ch)) % 2**61
    digests[group] = h


for _ in range(150):
    a = Decimal(gen_str())
    ctx = Context(prec=[1, 3, 9, 16, 28][rnd(5)], rounding=ROUNDINGS[rnd(8)],
                  Emax=[999999, 50][rnd(2)], Emin=[-999999, -50][rnd(2)], traps=[])
    record('sqrt', lambda: a.sqrt(ctx), ctx)
    record('exp', lambda: a.exp(ctx), ctx)
    record('ln', lambda: a.ln(ctx), ctx)
    record('log10', lambda: a.log10(ctx), ctx)
    record('logb', lambda: a.logb(ctx), ctx)
    n = rnd(13) - 6
    wide = Context(prec=ctx.prec, rounding=ctx.rounding, traps=[])
    record('pow int', lambda: wide.power(a, n), wide)
    ctx.rounding = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN][rnd(3)]
    ctx.rounding = [ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_HALF_DOWN][rnd(3)]
    record('pow frac', lambda: ctx.power(a.copy_abs(), Decimal(rnd(21) - 10) / 4), ctx)
    record('pow dec', lambda: ctx.power(a, Decimal(gen_str())), ctx)
    record('pow mod', lambda: ctx.power(Decimal(rnd(1000) - 500), rnd(20), rnd(97) + 1), ctx)
for group in sorted(counts):
    print(group, counts[group], digests[group])

# Output:
# exp 150 1470445432965553546
# ln 150 2275988124854373747
# log10 150 1857335886434722319
# logb 150 1096785539639349484
# pow dec 150 32176193411355067
# pow frac 150 810281181598311562
# pow int 150 197787513924797114
# pow mod 150 595911446781122504
# sqrt 150 540411715700237534
