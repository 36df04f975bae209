# Differential check of fractions.Fraction against CPython: generated
# fractions (small, big, negative, integral), literals and floats go
# through parsing, arithmetic with Fraction/int/float operands, powers,
# rounding, limit_denominator, comparisons and hashing; each group prints
# a count and a digest of every result's repr.
import math
from fractions import Fraction as F

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


def gen_int():
    k = rnd(6)
    if k == 0:
        return rnd(10) - 5
    if k == 1:
        return rnd(2000) - 1000
    if k == 2:
        return (rnd(2**30) - 2**29) * (10 ** rnd(25))
    return rnd(100) - 50


def gen_frac():
    d = gen_int()
    while d == 0:
        d = gen_int()
    return F(gen_int(), d)


def gen_float():
    k = rnd(5)
    if k == 0:
        return (rnd(2000) - 1000) / 8
    if k == 1:
        return (rnd(10**6) - 5 * 10**5) / 7 * 10.0 ** (rnd(40) - 20)
    return (rnd(200) - 100) / 16


def gen_literal():
    sign = ['', '-', '+', ' ', ' -'][rnd(5)]
    digits = str(rnd(10**rnd(8)))
    k = rnd(6)
    if k == 0:
        body = digits + '/' + str(rnd(1000))
    elif k == 1:
        body = digits + '.' + str(rnd(1000)) + ['', 'e', 'E-', 'e+'][rnd(4)] + str(rnd(30))
    elif k == 2:
        body = '.' + digits
    elif k == 3:
        body = digits[:1] + '_' + digits[1:]
    elif k == 4:
        body = digits + ['e', '/', '.', '..', 'x', '/-', 'e+'][rnd(7)]
    else:
        body = digits
    return sign + body + [' ', '', '\n'][rnd(3)]


counts = {}
digests = {}


def record(group, value):
    try:
        r = repr(value())
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    counts[group] = counts.get(group, 0) + 1
    h = digests.get(group, 0)
    for ch in r:
        h = (h * 1000003 + ord(ch)) % 2**61
    digests[group] = h


for _ in range(300):
    s = gen_literal()
    record('parse', lambda: F(s))
for _ in range(300):
    a = gen_frac()
    b = [gen_frac, gen_int, gen_float][rnd(3)]()
    for op in ['+', '-', '*', '/', '//', '%']:
        record('arith ' + op, lambda: eval('a %s b' % op))
        record('rarith ' + op, lambda: eval('b %s a' % op))
    record('divmod', lambda: divmod(a, b))
    for op in ['==', '<', '<=', '>', '>=']:
        record('compare', lambda: (eval('a %s b' % op), eval('b %s a' % op)))
for _ in range(200):
    a = gen_frac()
    e = rnd(9) - 4
    record('pow int', lambda: a ** e)
    record('rpow', lambda: (rnd(7) - 3) ** F(e, rnd(3) + 1))
    record('pow frac', lambda: a ** F(rnd(5) - 2, 2))
for _ in range(300):
    a = gen_frac()
    record('round', lambda: (round(a), round(a, rnd(7) - 3), math.floor(a), math.ceil(a), int(a)))
    record('limit', lambda: a.limit_denominator(rnd(10 ** rnd(6)) + 1))
    record('float', lambda: float(a))
    record('hash', lambda: hash(a))
    f = gen_float()
    record('from_float', lambda: (F(f), F.from_float(f), hash(F(f)) == hash(f), F(f) == f))
for group in sorted(counts):
    print(group, counts[group], digests[group])

# Output:
# arith % 300 1275553157805858895
# arith * 300 786618157830421161
# arith + 300 904638508571943746
# arith - 300 1835964110499523256
# arith / 300 1602836300492194846
# arith // 300 1980266824433566067
# compare 1500 456408338609068528
# divmod 300 2068070960708923838
# float 300 1374087829156558861
# from_float 300 1963773887241131728
# hash 300 575388348981691776
# limit 300 889987262940418891
# parse 300 2262799118269985181
# pow frac 200 569425693194969768
# pow int 200 1315421867346740773
# rarith % 300 820185014297038835
# rarith * 300 786618157830421161
# rarith + 300 904638508571943746
# rarith - 300 1012855582604139853
# rarith / 300 557195793569480075
# rarith // 300 855253415333592705
# round 300 976248775668392248
# rpow 200 1881600046756305782
