# Differential check of decimal's native fast paths (_decimal_core: the
# operators + - * / with their reflected forms, comparisons, quantize,
# str/repr and construction from str and int) against CPython. The
# operators run under the *current* context (setcontext), which is what
# the natives read: random precisions 1..50, every rounding mode, wide and
# narrow exponent ranges, clamp, and traps off, on the defaults or on
# Inexact/Rounded (a trapped condition leaves the operation to
# decimal.py). Operands mix short and long coefficients (past 10**38, the
# natives' limit), wide exponents, zeros, ints, a subclass and specials.
# Each group prints a count and a digest of the results (reprs, or the
# exception's name, with the flags raised).
from decimal import *

seed = 1919


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


ROUNDINGS = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
             ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP]
SIGNALS = [Clamped, InvalidOperation, DivisionByZero, Inexact, Rounded,
           Subnormal, Overflow, Underflow, FloatOperation]


class Sub(Decimal):
    pass


def gen_text():
    k = rnd(40)
    if k == 0:
        return ['NaN', '-NaN', 'sNaN', 'Inf', '-Infinity', 'NaN7'][rnd(6)]
    if k == 1:
        return ['0', '-0', '0E+3', '-0.000', '0E-30'][rnd(5)]
    sign = '-' if rnd(3) == 0 else ''
    n = [1, 2, 3, 5, 9, 18, 19, 28, 37, 38, 39, 45][rnd(12)]
    digits = ''.join(str(rnd(10)) for _ in range(n))
    r = rnd(6)
    if r == 0:
        return sign + digits
    if r < 4:
        p = rnd(len(digits) + 1)
        return sign + digits[:p] + '.' + digits[p:]
    e = rnd(80) - 40 if r == 4 else [999990, -999990, 25, -25][rnd(4)]
    return sign + digits + ('E' if rnd(2) else 'e') + str(e)


def gen_operand():
    k = rnd(12)
    if k == 0:
        return rnd(2000) - 1000
    if k == 1:
        return (rnd(10 ** 9) + 1) * 10 ** rnd(35) * (1 - 2 * rnd(2))
    if k == 2:
        return Sub(gen_text())
    return Decimal(gen_text())


def gen_ctx():
    prec = rnd(50) + 1
    if rnd(3) == 0:
        emax = [99, 30, 9][rnd(3)]
        emin = -emax - rnd(3)
    else:
        emax, emin = 999999, -999999
    traps = [[], [InvalidOperation, DivisionByZero, Overflow], [Inexact], [Rounded]][rnd(4)]
    return Context(prec=prec, rounding=ROUNDINGS[rnd(8)], Emin=emin, Emax=emax,
                   clamp=int(rnd(5) == 0), capitals=rnd(4) != 0, traps=traps)


def digest(items):
    h = 0
    for s in items:
        for ch in s:
            h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
        h = (h * 131 + 10) % (2 ** 61 - 1)
    return h


def flags_of(ctx):
    return ','.join(s.__name__ for s in SIGNALS if ctx.flags[s])


results = {}


def record(group, f):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        text = repr(r) + ' ' + type(r).__name__
    except Exception as e:
        text = type(e).__name__
    results.setdefault(group, []).append(text + ' ' + flags_of(ctx))


for case in range(700):
    setcontext(gen_ctx())
    a = gen_operand()
    b = gen_operand()
    if not isinstance(a, Decimal):
        a, b = b, a
    if not isinstance(a, Decimal):
        a = Decimal(a)
    record('add', lambda: a + b)
    record('radd', lambda: b + a)
    record('sub', lambda: a - b)
    record('rsub', lambda: b - a)
    record('mul', lambda: a * b)
    record('rmul', lambda: b * a)
    record('div', lambda: a / b)
    record('rdiv', lambda: b / a)
    record('lt', lambda: (a < b, a <= b))
    record('gt', lambda: (a > b, a >= b))
    record('eq', lambda: (a == b, a != b, b == a))
    q = Decimal('1E%d' % (rnd(60) - 30))
    if rnd(2):
        record('quantize', lambda: a.quantize(q, rounding=ROUNDINGS[rnd(8)]))
    else:
        record('quantize', lambda: a.quantize(q))
    record('quantize_cent', lambda: a.quantize(Decimal('0.01'), ROUND_HALF_EVEN))
    record('str', lambda: (str(a), repr(b), str(-a)))
    record('new', lambda: Decimal(gen_text()))
    record('new_int', lambda: Decimal(rnd(10 ** rnd(30)) - 10 ** 10))
    record('sum', lambda: sum([a, b, Decimal('0.001')]))

# hashes: equal values hash alike, across Decimal, int and float
setcontext(Context(prec=60))
for case in range(300):
    n = rnd(10 ** rnd(25)) * (1 - 2 * rnd(2))
    e = rnd(12)
    d = Decimal(n) * Decimal(10) ** e / Decimal(10) ** e
    f = rnd(2 ** 20) / 2 ** rnd(12)
    record('hash', lambda: (hash(d) == hash(n), d == n, hash(Decimal(f)) == hash(f),
                            Decimal(f) == f, str(d)))

for group in results:
    items = results[group]
    print(group, len(items), digest(items))
print(results['add'][:3])
print(results['quantize'][:3])

# The calling forms the natives take, or hand back to decimal.py.
setcontext(Context())
x = Decimal('7.125')
checks = [
    lambda: x.quantize(exp=Decimal('0.01')),
    lambda: x.quantize(Decimal('0.01'), rounding=ROUND_DOWN, context=Context(prec=2)),
    lambda: x.quantize(Decimal('0.01'), ROUND_UP),
    lambda: x.quantize(1),
    lambda: x.quantize(Decimal('0.01'), 'ROUND_NOWHERE'),
    lambda: x.quantize(Decimal('1E+30')),
    lambda: x.quantize(Decimal('1E-30')),
    lambda: Decimal.__add__(x, 1),
    lambda: Decimal.__radd__(x, 1),
    lambda: x.__add__('1'),
    lambda: x == '7.125',
    lambda: x == 7.125,
    lambda: x < 7.5,
    lambda: x.__truediv__(0),
    lambda: x / 0,
    lambda: Decimal(0) / 0,
    lambda: Decimal(value='1.5'),
    lambda: Decimal('1.5', Context()),
    lambda: Decimal(True),
    lambda: Decimal('  1.5  '),
    lambda: Decimal('1_000.5'),
    lambda: Decimal('1e'),
    lambda: Decimal('١٢'),
    lambda: Decimal(Sub('3.5')),
    lambda: type(Sub('3.5')),
    lambda: type(Sub('3.5') + Sub('1')),
    lambda: type(-Sub('3.5')),
    lambda: (str(Decimal('-0')), str(Decimal('0E-7')), str(Decimal('123E+5')), repr(Decimal('-1.5E-9'))),
    lambda: x.__str__(),
    lambda: x.to_eng_string(),
    lambda: sorted([Decimal('2'), Decimal('-1.5'), 3, Decimal('0.1')]),
    lambda: max(Decimal('2'), Decimal('2.00')),
]
for i, f in enumerate(checks):
    ctx = getcontext()
    ctx.clear_flags()
    try:
        r = f()
        print(i, repr(r), '[%s]' % flags_of(ctx))
    except Exception as e:
        print(i, type(e).__name__, e, '[%s]' % flags_of(ctx))
setcontext(Context(capitals=0))
print(str(Decimal('1E+10')), repr(Decimal('1.5E-20')), Decimal('1E+5') * 3)
with localcontext(prec=3, rounding=ROUND_CEILING) as c:
    print(Decimal('1.001') + 1, Decimal(2) / 3, c.flags[Inexact])
print(getcontext().flags[Inexact])
from decimal import Decimal
for f in [lambda: Decimal.__add__(5, 3), lambda: Decimal.__new__(5), lambda: Decimal.__new__(int), lambda: Decimal.__lt__(1, 2), lambda: Decimal.__str__(1), lambda: Decimal.quantize(1, 2), lambda: Decimal.__add__()]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)

# Output:
# add 700 1471525359734378340
# radd 700 1471525359734378340
# sub 700 692710463350552707
# rsub 700 731317381899729533
# mul 700 758723900174231856
# rmul 700 758723900174231856
# div 700 126728728856690218
# rdiv 700 1429670229214658452
# lt 700 475859538846282528
# gt 700 2141844411083131602
# eq 700 1482346166209377581
# quantize 700 2168712874337343277
# quantize_cent 700 1189709346038411274
# str 700 884504885245472156
# new 700 1087778958504711014
# new_int 700 2297572340104462452
# sum 700 1739633541304839769
# hash 300 1146032067003451681
# ["Decimal('-3.99999999999999999999999999999999e+999990') Decimal Inexact,Rounded", 'Rounded Inexact,Rounded', "Decimal('-7.847121154536209898E+27') Decimal Inexact,Rounded"]
# ['InvalidOperation InvalidOperation', 'Rounded Inexact,Rounded', "Decimal('5978290.51043725296') Decimal Inexact,Rounded"]
# 0 Decimal('7.12') [Inexact,Rounded]
# 1 InvalidOperation [<class 'decimal.InvalidOperation'>] []
# 2 Decimal('7.13') [Inexact,Rounded]
# 3 Decimal('7') [Inexact,Rounded]
# 4 TypeError valid values for rounding are:
#   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
#    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
#    ROUND_05UP] []
# 5 Decimal('0E+30') [Inexact,Rounded]
# 6 InvalidOperation [<class 'decimal.InvalidOperation'>] [InvalidOperation]
# 7 Decimal('8.125') []
# 8 Decimal('8.125') []
# 9 NotImplemented []
# 10 False []
# 11 True [FloatOperation]
# 12 True [FloatOperation]
# 13 DivisionByZero [<class 'decimal.DivisionByZero'>] [DivisionByZero]
# 14 DivisionByZero [<class 'decimal.DivisionByZero'>] [DivisionByZero]
# 15 InvalidOperation [<class 'decimal.DivisionUndefined'>] [InvalidOperation]
# 16 Decimal('1.5') []
# 17 Decimal('1.5') []
# 18 Decimal('1') []
# 19 Decimal('1.5') []
# 20 Decimal('1000.5') []
# 21 InvalidOperation [<class 'decimal.ConversionSyntax'>] [InvalidOperation]
# 22 Decimal('12') []
# 23 Decimal('3.5') []
# 24 <class '__main__.Sub'> []
# 25 <class 'decimal.Decimal'> []
# 26 <class 'decimal.Decimal'> []
# 27 ('-0', '0E-7', '1.23E+7', "Decimal('-1.5E-9')") []
# 28 '7.125' []
# 29 '7.125' []
# 30 [Decimal('-1.5'), Decimal('0.1'), Decimal('2'), 3] []
# 31 Decimal('2') []
# 1e+10 Decimal('1.5e-20') 3e+5
# 2.01 0.667 True
# False
# TypeError: descriptor '__add__' requires a 'decimal.Decimal' object but received a 'int'
# TypeError: decimal.Decimal.__new__(X): X is not a type object (int)
# TypeError: decimal.Decimal.__new__(int): int is not a subtype of decimal.Decimal
# TypeError: descriptor '__lt__' requires a 'decimal.Decimal' object but received a 'int'
# TypeError: descriptor '__str__' requires a 'decimal.Decimal' object but received a 'int'
# TypeError: descriptor 'quantize' for 'decimal.Decimal' objects doesn't apply to a 'int' object
# TypeError: descriptor '__add__' of 'decimal.Decimal' object needs an argument
