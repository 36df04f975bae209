# Differential check of Decimal as a native value (src/modules/decimal/
# value.rs) against CPython: one current context changed in place between
# operations (prec, rounding, Emin/Emax, capitals, clamp, traps set and
# cleared through the same objects: the natives cache a context's settings
# and must see every change), operators reached from the VM's own paths
# (+ - * /, comparisons, sum, +=, str(), Decimal(x)), and the protocols
# a Decimal answers through its class (int, float, round, math.floor,
# complex, %-formatting, hash against int/float/Fraction, copy, subclasses
# with their own attributes). Each group prints a count and a digest.
import copy
import math
import numbers
from decimal import *
from fractions import Fraction

seed = 4242


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation]


class Money(Decimal):
    currency = 'EUR'

    def label(self):
        return '%s %s' % (self, self.currency)


def gen_text():
    k = rnd(30)
    if k == 0:
        return ['NaN', 'sNaN', '-Inf', '0E+5', '-0'][rnd(5)]
    sign = '-' if rnd(3) == 0 else ''
    n = [1, 2, 3, 4, 6, 9, 17, 28, 38, 40][rnd(10)]
    digits = ''.join(str(rnd(10)) for _ in range(n))
    r = rnd(5)
    if r == 0:
        return sign + digits
    if r < 4:
        p = rnd(len(digits) + 1)
        return sign + digits[:p] + '.' + digits[p:]
    return sign + digits + 'E' + str(rnd(40) - 20)


def gen_operand():
    k = rnd(10)
    if k == 0:
        return rnd(100000) - 50000
    if k == 1:
        return Money(gen_text())
    return Decimal(gen_text())


def change(ctx):
    k = rnd(8)
    if k == 0:
        ctx.prec = rnd(40) + 1
    elif k == 1:
        ctx.rounding = ROUNDINGS[rnd(8)]
    elif k == 2:
        ctx.Emax = [999999, 40, 12][rnd(3)]
        ctx.Emin = -ctx.Emax
    elif k == 3:
        ctx.capitals = rnd(2)
    elif k == 4:
        ctx.clamp = rnd(2)
    elif k == 5:
        ctx.traps[[Inexact, Rounded, Underflow, Clamped][rnd(4)]] = bool(rnd(2))
    elif k == 6:
        ctx.clear_traps()
        ctx.traps[InvalidOperation] = True
    # k == 7: no change


def digest(items):
    h = 0
    for s in items:
        for ch in s:
            h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
        h = (h * 131 + 10) % (2 ** 61 - 1)
    return h


results = {}


def record(group, f):
    ctx = getcontext()
    try:
        r = f()
        text = repr(r) + ' ' + type(r).__name__
    except Exception as e:
        text = type(e).__name__
    flags = ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])
    results.setdefault(group, []).append(text + ' ' + flags)
    ctx.clear_flags()


ctx = getcontext()
for case in range(900):
    change(ctx)
    a = gen_operand()
    b = gen_operand()
    if not isinstance(a, Decimal):
        a = Decimal(a)
    record('add', lambda: a + b)
    record('sub', lambda: b - a)
    record('mul', lambda: a * b)
    record('div', lambda: a / b)
    record('cmp', lambda: (a < b, a >= b, a == b, b != a))
    record('iadd', lambda: [t := a, t := t + b, t := t - 1][-1])
    record('sum', lambda: sum([a, b, 1]))
    record('str', lambda: (str(a), str(b), repr(a)))
    record('new', lambda: (Decimal(str(a)), Decimal(b), Decimal(a) is a, Money(a)))
    record('quantize', lambda: a.quantize(Decimal('0.01'), rounding=ROUNDINGS[rnd(8)]))
    record('type', lambda: (type(a + b).__name__, type(Decimal(a)).__name__,
                            isinstance(a, numbers.Number)))

setcontext(Context())
for case in range(300):
    d = Decimal(gen_text())
    record('int', lambda: (int(d), round(d), math.floor(d), math.trunc(d)))
    record('float', lambda: (float(d), complex(d), '%.3f' % d, '{:.4}'.format(d)))
    record('round', lambda: (round(d, 2), abs(d), -d, +d))
    num = rnd(10 ** rnd(20)) * (1 - 2 * rnd(2))
    den = 10 ** rnd(6)
    q = Decimal(num) / Decimal(den)
    record('hash', lambda: (hash(q) == hash(Fraction(num, den)), hash(Decimal(num)) == hash(num),
                            hash(Decimal(num / 8)) == hash(num / 8)))

for group in results:
    items = results[group]
    print(group, len(items), digest(items))
print(results['add'][:3])

m = Money('12.50')
m.note = 'kept'
print(type(m).__name__, m.label(), m.note, type(m + 1).__name__, m + 1, m == Decimal('12.5'))
print(copy.copy(m), type(copy.copy(m)).__name__, copy.deepcopy(m).label(), m.__reduce__()[0].__name__)
d = Decimal('3.25')
print(copy.copy(d) is d, copy.deepcopy(d) is d, d.__reduce__())
for f in [lambda: setattr(d, 'x', 1), lambda: vars(d), lambda: d.__dict__]:
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print({Decimal('1.0'): 'a'}[1], Decimal('0.5') in {0.5}, sorted({Decimal(2), 1, 1.5}))
total = Decimal(0)
for i in range(50):
    total += Decimal(i) / 7
print(total, sum(Decimal(i) / 3 for i in range(10)))

# Output:
# add 900 163043353614978746
# sub 900 1401269570750137599
# mul 900 1619832731444595767
# div 900 1752793680760735354
# cmp 900 2202663957203200113
# iadd 900 985524329630966630
# sum 900 2213432725002616565
# str 900 289163827655103588
# new 900 1275185188163709576
# quantize 900 146931887961224962
# type 900 890640854819409312
# int 300 560650176265882684
# float 300 1594999888091812173
# round 300 605357164991523800
# hash 300 1691714201941565669
# ["Decimal('-0.04937550583368720') Decimal ", "Decimal('3984320333485704.013905912805') Decimal ", 'Rounded Inexact,Rounded']
# Money 12.50 EUR kept Decimal 13.50 True
# 12.50 Money 12.50 EUR Money
# True True (<class 'decimal.Decimal'>, ('3.25',))
# AttributeError 'decimal.Decimal' object has no attribute 'x'
# TypeError vars() argument must have __dict__ attribute
# AttributeError 'decimal.Decimal' object has no attribute '__dict__'
# a True [1, 1.5, Decimal('2')]
# 175.0000000000000000000000000 15.00000000000000000000000000
