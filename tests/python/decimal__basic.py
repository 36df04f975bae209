# decimal: construction, str/repr, contexts (attributes, reprs, errors), signals
# and traps (raised classes and their condition lists, flags), conversions,
# rounding to integers, comparisons and hashes with int/float/Fraction.
import decimal
from decimal import *
from fractions import Fraction
import math

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

# construction
for v in ['1.23E+5', '  -1.5\n', '1_000.5', '_1', '1__0', '.5', '5.', '-0', '0E-7', '1e999999999',
          'NaN', '-nan123', 'sNaN0012', 'Inf', '-infinity', 'abc', '', '1 0', '1e', 'e5',
          '١٢٣', 123, -10**30, 0, True, 1.5, 0.1, -0.0, float('inf'), float('nan'),
          (0, (1, 2, 3), -2), (1, [4, 5], 3), (0, (), 'F'), (1, (1, 2), 'n'), (0, (), 'N'),
          (0, (1, 12), 1), (2, (1,), 1), (0, (1,), 'x'), (0, (1,), 1.5), (1, 2), [1],
          Decimal('7.50'), Fraction(1, 2), None, 1j]:
    show('new %r' % (v,), lambda: Decimal(v))
print(Decimal(), Decimal.from_float(0.25), Decimal.from_float(5), repr(Decimal.from_float(-0.0)))
show('from_float str', lambda: Decimal.from_float('1'))
# str, repr and engineering strings
for s in ['123', '-123', '1.23E+3', '123E+3', '12.3E-9', '-123E-12', '7E-7', '0.00000007',
          '0E+2', '-0E-9', '0.000', '1E+7', '1.000E-6', '0.000001', '123456789E+10',
          'NaN', '-sNaN7', '-Infinity']:
    d = Decimal(s)
    print(s, str(d), repr(d), d.to_eng_string())
# context basics
c = getcontext()
print(c)
print(DefaultContext, BasicContext, ExtendedContext, sep='\n')
print(c.prec, c.rounding, c.Emin, c.Emax, c.capitals, c.clamp, c.Etiny(), c.Etop())
print(c.flags)
print(Decimal(1) / 7, c.flags[Inexact], c.flags[Rounded])
c.clear_flags()
print(c.flags[Inexact])
for bad in [dict(prec=0), dict(prec='a'), dict(rounding='x'), dict(Emin=1), dict(Emax=-1),
            dict(capitals=2), dict(clamp=3), dict(prec=10**20)]:
    show('Context %r' % bad, lambda: Context(**bad))
show('set prec', lambda: setattr(c, 'prec', 0))
show('flags key', lambda: c.flags[3])
show('set flags key', lambda: c.flags.__setitem__(ValueError, 1))
show('setcontext', lambda: setcontext(3))
x = Context(prec=5, rounding=ROUND_DOWN, traps=[Inexact], flags=[Rounded])
print(x, x.copy())
show('trap Inexact', lambda: x.divide(Decimal(1), Decimal(3)))
print(x)
# traps and signals
show('1/0', lambda: Decimal(1) / 0)
show('0/0', lambda: Decimal(0) / 0)
show('sqrt -1', lambda: Decimal(-1).sqrt())
show('syntax', lambda: Decimal('x1'))
show('1%0', lambda: Decimal(1) % 0)
show('divmod 0', lambda: divmod(Decimal(1), 0))
show('impossible', lambda: Decimal(10**30) // 1)
show('inf-inf', lambda: Decimal('inf') - Decimal('inf'))
show('nan <', lambda: Decimal('nan') < 1)
show('nan ==', lambda: Decimal('nan') == 1)
show('snan ==', lambda: Decimal('snan') == 1)
show('hash snan', lambda: hash(Decimal('snan')))
with localcontext() as lc:
    lc.traps[Inexact] = True
    lc.traps[Rounded] = True
    show('two traps', lambda: Decimal(1) / 3)
    lc.traps[Inexact] = lc.traps[Rounded] = False
    lc.Emax = 5
    show('overflow', lambda: Decimal('1e5') * 100)
    lc.traps[Overflow] = False
    lc.traps[Inexact] = True
    show('overflow inexact', lambda: Decimal('1e5') * 100)
    lc.traps[Inexact] = False
    lc.traps[Underflow] = True
    lc.Emin = -5
    show('underflow', lambda: Decimal('1e-5') / 300)
    lc.traps[Subnormal] = True
    show('underflow subnormal', lambda: Decimal('1e-5') / 300)
    show('subnormal', lambda: Decimal('1e-5') / 10)
    print(lc)
print(getcontext())
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(Decimal(1) / 3, lc.prec)
show('localcontext kw', lambda: localcontext(foo=1))
show('FloatOperation', lambda: Decimal(1.5) < 2)
with localcontext() as lc:
    lc.traps[FloatOperation] = True
    show('float trap new', lambda: Decimal(1.5))
    show('float trap <', lambda: Decimal(1) < 1.5)
    show('float trap ==', lambda: Decimal(1) == 1.5)
    try:
        Decimal(1) + 1.5
    except TypeError:
        print('float + TypeError')
    show('create_decimal', lambda: lc.create_decimal('1.23456789012345678901234567890'))
# exception classes
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
            DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded,
            Subnormal, Overflow, Underflow, FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-3]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(FloatOperation, TypeError))
print(MAX_PREC, MAX_EMAX, MIN_EMIN, MIN_ETINY, ROUND_05UP, HAVE_THREADS)
# conversions and rounding to integers
for s in ['2.5', '3.5', '-2.5', '-0.4', '7.999', '1E+3', '-12.345']:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), round(d, 1), round(d, -1), math.floor(d), math.ceil(d),
          math.trunc(d), d.as_integer_ratio())
show('int nan', lambda: int(Decimal('nan')))
show('int inf', lambda: int(Decimal('-inf')))
show('float snan', lambda: float(Decimal('snan')))
show('round inf', lambda: round(Decimal('inf')))
show('round nan 2', lambda: round(Decimal('nan'), 2))
show('ratio inf', lambda: Decimal('inf').as_integer_ratio())
show('ratio nan', lambda: Decimal('nan').as_integer_ratio())
print(float(Decimal('nan')), float(Decimal('-inf')), complex(Decimal('1.5')))
# comparisons and hashes with other numbers
vals = [Decimal('0.5'), Decimal('-2'), Decimal('1E+2'), Decimal('0.1')]
for d in vals:
    print(d, d == 0.5, d == Fraction(1, 2), d < Fraction(2, 3), d == -2, d > -3, d == 100.0,
          hash(d) == hash(float(d)), hash(d) == hash(Fraction(d)), Fraction(d), Fraction.from_decimal(d))
print(hash(Decimal('1.5')), hash(Decimal(-1)), hash(Decimal('inf')), hash(Decimal('-inf')), hash(Decimal('1E-30')))
print(sorted([Decimal('2.5'), 1, Decimal('-1'), 0.5, Fraction(1, 3)]))
print(Decimal(1) == complex(1, 0), Decimal(1) != 'a', max(Decimal(1), Decimal('1.0')))
# (CPython names the type 'decimal.Decimal' in these messages, sandpy 'Decimal')
for f in [lambda: Decimal(1) < 'a', lambda: Decimal(1) + 'a', lambda: Decimal(1) + Fraction(1, 2),
          lambda: 2.5 * Decimal(1), lambda: Decimal(1) % 1.5]:
    try:
        f()
    except TypeError as e:
        print('TypeError')

# Output:
# new '1.23E+5' Decimal Decimal('1.23E+5')
# new '  -1.5\n' Decimal Decimal('-1.5')
# new '1_000.5' Decimal Decimal('1000.5')
# new '_1' Decimal Decimal('1')
# new '1__0' Decimal Decimal('10')
# new '.5' Decimal Decimal('0.5')
# new '5.' Decimal Decimal('5')
# new '-0' Decimal Decimal('-0')
# new '0E-7' Decimal Decimal('0E-7')
# new '1e999999999' Decimal Decimal('1E+999999999')
# new 'NaN' Decimal Decimal('NaN')
# new '-nan123' Decimal Decimal('-NaN123')
# new 'sNaN0012' Decimal Decimal('sNaN12')
# new 'Inf' Decimal Decimal('Infinity')
# new '-infinity' Decimal Decimal('-Infinity')
# new 'abc' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# new '' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# new '1 0' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# new '1e' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# new 'e5' InvalidOperation [<class 'decimal.ConversionSyntax'>]
# new '١٢٣' Decimal Decimal('123')
# new 123 Decimal Decimal('123')
# new -1000000000000000000000000000000 Decimal Decimal('-1000000000000000000000000000000')
# new 0 Decimal Decimal('0')
# new True Decimal Decimal('1')
# new 1.5 Decimal Decimal('1.5')
# new 0.1 Decimal Decimal('0.1000000000000000055511151231257827021181583404541015625')
# new -0.0 Decimal Decimal('-0')
# new inf Decimal Decimal('Infinity')
# new nan Decimal Decimal('NaN')
# new (0, (1, 2, 3), -2) Decimal Decimal('1.23')
# new (1, [4, 5], 3) Decimal Decimal('-4.5E+4')
# new (0, (), 'F') Decimal Decimal('Infinity')
# new (1, (1, 2), 'n') Decimal Decimal('-NaN12')
# new (0, (), 'N') Decimal Decimal('sNaN')
# new (0, (1, 12), 1) ValueError coefficient must be a tuple of digits
# new (2, (1,), 1) ValueError sign must be an integer with the value 0 or 1
# new (0, (1,), 'x') ValueError string argument in the third position must be 'F', 'n' or 'N'
# new (0, (1,), 1.5) ValueError exponent must be an integer
# new (1, 2) ValueError argument must be a sequence of length 3
# new [1] ValueError argument must be a sequence of length 3
# new Decimal('7.50') Decimal Decimal('7.50')
# new Fraction(1, 2) TypeError conversion from Fraction to Decimal is not supported
# new None TypeError conversion from NoneType to Decimal is not supported
# new 1j TypeError conversion from complex to Decimal is not supported
# 0 0.25 5 Decimal('-0')
# from_float str TypeError argument must be int or float
# 123 123 Decimal('123') 123
# -123 -123 Decimal('-123') -123
# 1.23E+3 1.23E+3 Decimal('1.23E+3') 1.23E+3
# 123E+3 1.23E+5 Decimal('1.23E+5') 123E+3
# 12.3E-9 1.23E-8 Decimal('1.23E-8') 12.3E-9
# -123E-12 -1.23E-10 Decimal('-1.23E-10') -123E-12
# 7E-7 7E-7 Decimal('7E-7') 700E-9
# 0.00000007 7E-8 Decimal('7E-8') 70E-9
# 0E+2 0E+2 Decimal('0E+2') 0.0E+3
# -0E-9 -0E-9 Decimal('-0E-9') -0E-9
# 0.000 0.000 Decimal('0.000') 0.000
# 1E+7 1E+7 Decimal('1E+7') 10E+6
# 1.000E-6 0.000001000 Decimal('0.000001000') 0.000001000
# 0.000001 0.000001 Decimal('0.000001') 0.000001
# 123456789E+10 1.23456789E+18 Decimal('1.23456789E+18') 1.23456789E+18
# NaN NaN Decimal('NaN') NaN
# -sNaN7 -sNaN7 Decimal('-sNaN7') -sNaN7
# -Infinity -Infinity Decimal('-Infinity') -Infinity
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[InvalidOperation, FloatOperation], traps=[InvalidOperation, DivisionByZero, Overflow])
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
# Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
# Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[], traps=[])
# 28 ROUND_HALF_EVEN -999999 999999 1 0 -1000026 999972
# {<class 'decimal.InvalidOperation'>:True, <class 'decimal.FloatOperation'>:True, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:False, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:False, <class 'decimal.Rounded'>:False, <class 'decimal.Clamped'>:False}
# 0.1428571428571428571428571429 True True
# False
# Context {'prec': 0} ValueError valid range for prec is [1, MAX_PREC]
# Context {'prec': 'a'} TypeError an integer is required
# Context {'rounding': 'x'} TypeError valid values for rounding are:
#   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
#    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
#    ROUND_05UP]
# Context {'Emin': 1} ValueError valid range for Emin is [MIN_EMIN, 0]
# Context {'Emax': -1} ValueError valid range for Emax is [0, MAX_EMAX]
# Context {'capitals': 2} ValueError valid values for capitals are 0 or 1
# Context {'clamp': 3} ValueError valid values for clamp are 0 or 1
# Context {'prec': 100000000000000000000} OverflowError Python int too large to convert to C ssize_t
# set prec ValueError valid range for prec is [1, MAX_PREC]
# flags key KeyError 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]'
# set flags key KeyError 'valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]'
# setcontext TypeError argument must be a context
# Context(prec=5, rounding=ROUND_DOWN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Rounded], traps=[Inexact]) Context(prec=5, rounding=ROUND_DOWN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Rounded], traps=[Inexact])
# trap Inexact Inexact [<class 'decimal.Inexact'>]
# Context(prec=5, rounding=ROUND_DOWN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[Inexact])
# 1/0 DivisionByZero [<class 'decimal.DivisionByZero'>]
# 0/0 InvalidOperation [<class 'decimal.DivisionUndefined'>]
# sqrt -1 InvalidOperation [<class 'decimal.InvalidOperation'>]
# syntax InvalidOperation [<class 'decimal.ConversionSyntax'>]
# 1%0 InvalidOperation [<class 'decimal.InvalidOperation'>]
# divmod 0 InvalidOperation [<class 'decimal.InvalidOperation'>, <class 'decimal.DivisionByZero'>]
# impossible InvalidOperation [<class 'decimal.DivisionImpossible'>]
# inf-inf InvalidOperation [<class 'decimal.InvalidOperation'>]
# nan < InvalidOperation [<class 'decimal.InvalidOperation'>]
# nan == bool False
# snan == InvalidOperation [<class 'decimal.InvalidOperation'>]
# hash snan TypeError Cannot hash a signaling NaN value
# two traps Inexact [<class 'decimal.Inexact'>, <class 'decimal.Rounded'>]
# overflow Overflow [<class 'decimal.Overflow'>]
# overflow inexact Inexact [<class 'decimal.Inexact'>]
# underflow Underflow [<class 'decimal.Underflow'>]
# underflow subnormal Underflow [<class 'decimal.Underflow'>, <class 'decimal.Subnormal'>]
# subnormal Subnormal [<class 'decimal.Subnormal'>]
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-5, Emax=5, capitals=1, clamp=0, flags=[InvalidOperation, DivisionByZero, Inexact, Overflow, Rounded, Subnormal, Underflow], traps=[InvalidOperation, DivisionByZero, Subnormal, Underflow])
# Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[InvalidOperation, DivisionByZero], traps=[InvalidOperation, DivisionByZero, Overflow])
# 0.334 3
# localcontext kw TypeError 'foo' is an invalid keyword argument for this function
# FloatOperation bool True
# float trap new FloatOperation [<class 'decimal.FloatOperation'>]
# float trap < FloatOperation [<class 'decimal.FloatOperation'>]
# float trap == bool False
# float + TypeError
# create_decimal Decimal Decimal('1.234567890123456789012345679')
# DecimalException ['ArithmeticError']
# Clamped ['DecimalException', 'ArithmeticError']
# InvalidOperation ['DecimalException', 'ArithmeticError']
# ConversionSyntax ['InvalidOperation', 'DecimalException', 'ArithmeticError']
# DivisionByZero ['DecimalException', 'ZeroDivisionError', 'ArithmeticError']
# DivisionImpossible ['InvalidOperation', 'DecimalException', 'ArithmeticError']
# DivisionUndefined ['InvalidOperation', 'DecimalException', 'ZeroDivisionError', 'ArithmeticError']
# Inexact ['DecimalException', 'ArithmeticError']
# InvalidContext ['InvalidOperation', 'DecimalException', 'ArithmeticError']
# Rounded ['DecimalException', 'ArithmeticError']
# Subnormal ['DecimalException', 'ArithmeticError']
# Overflow ['Inexact', 'Rounded', 'DecimalException', 'ArithmeticError']
# Underflow ['Inexact', 'Rounded', 'Subnormal', 'DecimalException', 'ArithmeticError']
# FloatOperation ['DecimalException', 'ArithmeticError', 'TypeError']
# True True
# 999999999999999999 999999999999999999 -999999999999999999 -1999999999999999997 ROUND_05UP True
# 2.5 2 2.5 2 2.5 0E+1 2 3 2 (5, 2)
# 3.5 3 3.5 4 3.5 0E+1 3 4 3 (7, 2)
# -2.5 -2 -2.5 -2 -2.5 -0E+1 -3 -2 -2 (-5, 2)
# -0.4 0 -0.4 0 -0.4 -0E+1 -1 0 0 (-2, 5)
# 7.999 7 7.999 8 8.0 1E+1 7 8 7 (7999, 1000)
# 1E+3 1000 1000.0 1000 1000.0 1.00E+3 1000 1000 1000 (1000, 1)
# -12.345 -12 -12.345 -12 -12.3 -1E+1 -13 -12 -12 (-2469, 200)
# int nan ValueError cannot convert NaN to integer
# int inf OverflowError cannot convert Infinity to integer
# float snan ValueError cannot convert signaling NaN to float
# round inf OverflowError cannot convert Infinity to integer
# round nan 2 Decimal Decimal('NaN')
# ratio inf OverflowError cannot convert Infinity to integer ratio
# ratio nan ValueError cannot convert NaN to integer ratio
# nan -inf (1.5+0j)
# 0.5 True True True False True False True True 1/2 1/2
# -2 False False True True True False True True -2 -2
# 1E+2 False False False False True True True True 100 100
# 0.1 False False True False True False False True 1/10 1/10
# 1152921504606846977 -2 314159 -314159 1318993825257351686
# [Decimal('-1'), Fraction(1, 3), 0.5, 1, Decimal('2.5')]
# True True 1
# TypeError
# TypeError
# TypeError
# TypeError
# TypeError
