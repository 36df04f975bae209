# Differential check of decimal against CPython: generated operands
# (small and long coefficients, wide exponents, zeros, specials) and
# contexts (precision, every rounding mode, narrow exponent ranges,
# clamp) go through the arithmetic, quantize, rounding to integers,
# comparisons, hashing and conversions; each group prints a count and a
# digest of the results (value reprs, or the exception and the flags).
from decimal import *
import decimal

seed = 4242


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation]


def gen_str():
    k = rnd(20)
    if k == 0:
        return ['NaN', '-NaN', 'sNaN', 'Inf', '-Infinity', 'NaN12', '-0', '0E+5', '0.000'][rnd(9)]
    sign = '-' if rnd(3) == 0 else ''
    digits = str(rnd(10 ** (rnd(12) + 1)))
    if rnd(4) == 0:
        digits += str(rnd(10 ** 15)).rjust(15, '0')
    if rnd(3) == 0:
        return sign + digits
    if rnd(2) == 0:
        p = rnd(len(digits) + 1)
        return sign + digits[:p] + '.' + digits[p:]
    return sign + digits + 'E' + str(rnd(60) - 30)


def gen_ctx():
    prec = [1, 2, 3, 5, 9, 16, 28, 40][rnd(8)]
    emax = [999999, 99, 20, 5][rnd(4)]
    emin = -emax if rnd(2) else -emax - rnd(5)
    return Context(prec=prec, rounding=ROUNDINGS[rnd(8)], Emin=emin, Emax=emax,
                   clamp=rnd(4) == 0, traps=[])


counts = {}
digests = {}


def record(group, f, ctx=None):
    try:
        r = repr(f())
    except Exception as e:
        r = type(e).__name__ + ':' + str(e)
    if ctx is not None:
        r += ''.join('1' if ctx.flags[s] else '0' for s in SIGNALS)
        ctx.clear_flags()
    counts[group] = counts.get(group, 0) + 1
    h = digests.get(group, 0)
    for ch in r:
        h = (h * 1000003 + ord(ch)) % 2**61
    digests[group] = h


for _ in range(120):
    a = Decimal(gen_str())
    b = Decimal(gen_str())
    ctx = gen_ctx()
    for name in ['add', 'subtract', 'multiply', 'divide', 'divide_int', 'remainder',
                 'divmod', 'remainder_near', 'compare', 'max', 'min', 'max_mag',
                 'min_mag', 'compare_total']:
        record(name, lambda: getattr(ctx, name)(a, b), ctx)
    for name in ['plus', 'minus', 'abs', 'normalize', 'to_integral_value',
                 'to_integral_exact', 'next_plus', 'next_minus', 'number_class',
                 'to_sci_string', 'to_eng_string', 'is_normal', 'is_subnormal']:
        record(name, lambda: getattr(ctx, name)(a), ctx)
    record('create_decimal', lambda: ctx.create_decimal(gen_str()), ctx)
    record('quantize', lambda: a.quantize(Decimal(1).scaleb(rnd(20) - 10), context=ctx), ctx)
    record('quantize b', lambda: a.quantize(b, rounding=ROUNDINGS[rnd(8)], context=ctx), ctx)
    record('fma', lambda: a.fma(b, Decimal(gen_str()), ctx), ctx)
    record('scaleb', lambda: a.scaleb(rnd(40) - 20, ctx), ctx)
    record('same_quantum', lambda: a.same_quantum(b))
    record('str', lambda: (str(a), repr(b), a.as_tuple(), a.adjusted(), a.is_signed(),
                           a.is_zero(), a.is_finite(), a.is_nan(), a.is_snan()))
    if a.is_finite():
        record('int', lambda: (int(a), float(a), round(a), a.__floor__(), a.__ceil__(),
                               a.as_integer_ratio()))
        record('round n', lambda: round(a, rnd(10) - 5))
        record('hash', lambda: hash(a))
    record('eq', lambda: (a == b, a != b))
    record('order', lambda: (a < b, a <= b, a > b, a >= b), getcontext())
    getcontext().clear_flags()
for group in sorted(counts):
    print(group, counts[group], digests[group])

# Output:
# abs 120 100494217373831053
# add 120 320365421297748308
# compare 120 59264427850889967
# compare_total 120 1894178851421948615
# create_decimal 120 1879743926438947489
# divide 120 801389574915108361
# divide_int 120 385258797077117195
# divmod 120 2232929673323935308
# eq 120 1282594423039676451
# fma 120 690595098182077318
# hash 115 1914030330541011349
# int 115 1302740707307588962
# is_normal 120 705919820198806752
# is_subnormal 120 1973275520593714705
# max 120 2142743534419332380
# max_mag 120 1429047591597530507
# min 120 1050706604637828185
# min_mag 120 2018888397855813224
# minus 120 1230462354289319271
# multiply 120 585220046580002005
# next_minus 120 1301068398546984989
# next_plus 120 2078432750191386043
# normalize 120 1424626414611776330
# number_class 120 367360252958903438
# order 120 1279724944020182031
# plus 120 994716436936251540
# quantize 120 1993025415863099013
# quantize b 120 1325589742216426991
# remainder 120 2219955452039856032
# remainder_near 120 2108534798949025112
# round n 115 368416363012929509
# same_quantum 120 1512984324702586040
# scaleb 120 424973846995530916
# str 120 1840851406417129552
# subtract 120 2279923058421346313
# to_eng_string 120 580024031108595103
# to_integral_exact 120 1516328711885206129
# to_integral_value 120 1104027640461126573
# to_sci_string 120 697564285849191970
