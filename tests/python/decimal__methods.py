# decimal: the methods of Decimal and Context (quantize, normalize, compare*,
# max/min, copy_*, scaleb, shift/rotate, logical_*, next_*, fma, predicates,
# sqrt/exp/ln/log10/logb, powers, remainder_near), and statistics on Decimals.
from decimal import *
import statistics

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

D = Decimal
a, b = D('7.325'), D('-2.50')
show('quantize', lambda: a.quantize(D('.01')))
show('quantize up', lambda: a.quantize(D('.01'), rounding=ROUND_UP))
show('quantize 1', lambda: a.quantize(D('1'), ROUND_HALF_UP))
show('quantize E', lambda: D('123.456').quantize(D('1E+1')))
show('quantize big', lambda: D('1e30').quantize(D('1')))
show('quantize inf', lambda: D('inf').quantize(D('1')))
show('quantize rnd', lambda: a.quantize(D('.1'), rounding='x'))
show('normalize', lambda: D('120.00').normalize())
show('normalize 0', lambda: D('-0.000').normalize())
show('to_integral', lambda: (D('2.5').to_integral_value(), D('3.5').to_integral(), D('-2.7').to_integral_value(ROUND_DOWN)))
show('to_integral_exact', lambda: D('2.5').to_integral_exact(ROUND_UP))
show('adjusted', lambda: (a.adjusted(), D('1E+10').adjusted(), D('0.001').adjusted(), D('nan').adjusted()))
show('as_tuple', lambda: (a.as_tuple(), D('-inf').as_tuple(), D('nan').as_tuple(), D('sNaN12').as_tuple()))
show('compare', lambda: (a.compare(b), b.compare(a), a.compare(a), D('nan').compare(1)))
show('compare_signal', lambda: D('nan').compare_signal(1))
show('compare_total', lambda: (D('12.0').compare_total(D('12')), D('-inf').compare_total(D('nan')), D('snan').compare_total(D('nan'))))
show('compare_total_mag', lambda: D('-3').compare_total_mag(D('2')))
show('max min', lambda: (a.max(b), a.min(b), D('nan').max(1), D(1).min(D('nan')), D('-3').max_mag(2), D('-3').min_mag(2)))
show('copy', lambda: (a.copy_abs(), b.copy_abs(), a.copy_negate(), a.copy_sign(b), D('nan').copy_sign(-1)))
show('scaleb', lambda: (a.scaleb(2), a.scaleb(-5), D('inf').scaleb(3)))
show('scaleb bad', lambda: a.scaleb(D('1.5')))
show('shift', lambda: (D(123456).shift(2), D(123456).shift(-2)))
show('rotate', lambda: (D(123456).rotate(2), D(123456).rotate(-2)))
show('logical', lambda: (D(1100).logical_and(D(1010)), D(1100).logical_or(D(1010)), D(1100).logical_xor(D(1010)), D(101).logical_invert()))
show('logical bad', lambda: D(12).logical_and(D(10)))
show('next', lambda: (D(1).next_plus(), D(1).next_minus(), D('inf').next_minus(), D(1).next_toward(2), D(1).next_toward(0), D(1).next_toward(1)))
show('fma', lambda: (D(2).fma(3, 5), D('1e30').fma(D('1e30'), -1), D('inf').fma(0, 1)))
show('number_class', lambda: [D(x).number_class() for x in ['inf', '-inf', 'nan', 'snan', '0', '-0', '1', '-1', '1e-999999']])
show('same_quantum', lambda: (D('2.17').same_quantum(D('0.01')), D('2.17').same_quantum(D('0.1')), D('inf').same_quantum(D('-inf'))))
show('is', lambda: [f(D(x)) for x in ['1', '-0', 'nan', 'snan', '-inf', '1e-999999'] for f in [D.is_finite, D.is_infinite, D.is_nan, D.is_qnan, D.is_snan, D.is_signed, D.is_zero, D.is_normal, D.is_subnormal, D.is_canonical]])
show('sqrt', lambda: (D(2).sqrt(), D(4).sqrt(), D('0.0100').sqrt(), D('-0').sqrt(), D('1e-11').sqrt()))
show('exp ln', lambda: (D(1).exp(), D(0).exp(), D('-inf').exp(), D(10).ln(), D(1).ln(), D(0).ln(), D(1000).log10(), D(2).log10(), D('0.01').log10()))
show('ln neg', lambda: D(-1).ln())
show('logb', lambda: (D(250).logb(), D('0.03').logb(), D('inf').logb()))
show('logb 0', lambda: D(0).logb())
show('pow', lambda: (D(2) ** 10, D('1.1') ** 3, D(2) ** -2, D(4) ** D('0.5'), D(2) ** D('0.5'), D('2.5') ** 0, pow(D(3), 4, 5), 2 ** D(3), D(0) ** 3))
show('pow 0 0', lambda: D(0) ** 0)
show('pow neg frac', lambda: D(-8) ** D('0.5'))
show('pow inf', lambda: (D(2) ** D('inf'), D('0.5') ** D('inf'), D(2) ** D('-inf'), D('inf') ** -1))
show('pow 1 inf', lambda: D(1) ** D('inf'))
show('pow mod bad', lambda: pow(D('3.5'), 4, 5))
show('remainder_near', lambda: (D(18).remainder_near(6), D(25).remainder_near(6), D(10).remainder_near(6), D(-10).remainder_near(6)))
show('divmod', lambda: (divmod(D(7), D(2)), divmod(D(-7), D(2)), D(-7) // 2, D(-7) % 2, D('7.5') % D('0.2')))
show('arith', lambda: (D('0.1') + D('0.2'), D('1.30') + D('1.20'), D('1.3') * D('1.20'), D(1) - D('0.9'), -D('0'), +D('-0'), abs(D('-1.5')), D(5) / D(2), 3 - D(1), 3 / D(4)))
ctx = Context(prec=6, rounding=ROUND_FLOOR)
show('ctx ops', lambda: (ctx.add(1, D('1e-10')), ctx.subtract(1, 2), ctx.multiply(D('1.23456789'), 1), ctx.divide(2, 3), ctx.power(2, D('0.5')), ctx.sqrt(2), ctx.abs(-3), ctx.minus(D('-0')), ctx.plus(D('-0')), ctx.to_sci_string(D('1e-10')), ctx.radix(), ctx.copy_decimal(5)))
show('ctx bad', lambda: ctx.add(1, 1.5))
print(ctx.flags, ctx)
# statistics with Decimal data
data = [D('1.25'), D('3.5'), D('2.75'), D('0.5')]
print(statistics.mean(data), statistics.median(data), statistics.variance(data), statistics.stdev(data),
      statistics.pvariance(data), statistics.pstdev(data), statistics.harmonic_mean(data), statistics.fmean(data))
print(statistics.stdev([D(1), D(2), D(4)]), statistics.pstdev([D('0.1'), D('0.2')]), statistics.mean([D(1), 2]))
show('mean mix', lambda: statistics.mean([D(1), 2.5]))

# Output:
# quantize Decimal Decimal('7.32')
# quantize up Decimal Decimal('7.33')
# quantize 1 Decimal Decimal('7')
# quantize E Decimal Decimal('1.2E+2')
# quantize big InvalidOperation [<class 'decimal.InvalidOperation'>]
# quantize inf InvalidOperation [<class 'decimal.InvalidOperation'>]
# quantize rnd TypeError valid values for rounding are:
#   [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
#    ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
#    ROUND_05UP]
# normalize Decimal Decimal('1.2E+2')
# normalize 0 Decimal Decimal('-0')
# to_integral tuple (Decimal('2'), Decimal('4'), Decimal('-2'))
# to_integral_exact Decimal Decimal('3')
# adjusted tuple (0, 10, -3, 0)
# as_tuple tuple (DecimalTuple(sign=0, digits=(7, 3, 2, 5), exponent=-3), DecimalTuple(sign=1, digits=(0,), exponent='F'), DecimalTuple(sign=0, digits=(), exponent='n'), DecimalTuple(sign=0, digits=(1, 2), exponent='N'))
# compare tuple (Decimal('1'), Decimal('-1'), Decimal('0'), Decimal('NaN'))
# compare_signal InvalidOperation [<class 'decimal.InvalidOperation'>]
# compare_total tuple (Decimal('-1'), Decimal('-1'), Decimal('-1'))
# compare_total_mag Decimal Decimal('1')
# max min tuple (Decimal('7.325'), Decimal('-2.50'), Decimal('1'), Decimal('1'), Decimal('-3'), Decimal('2'))
# copy tuple (Decimal('7.325'), Decimal('2.50'), Decimal('-7.325'), Decimal('-7.325'), Decimal('-NaN'))
# scaleb tuple (Decimal('732.5'), Decimal('0.00007325'), Decimal('Infinity'))
# scaleb bad InvalidOperation [<class 'decimal.InvalidOperation'>]
# shift tuple (Decimal('12345600'), Decimal('1234'))
# rotate tuple (Decimal('12345600'), Decimal('5600000000000000000000001234'))
# logical tuple (Decimal('1000'), Decimal('1110'), Decimal('110'), Decimal('1111111111111111111111111010'))
# logical bad InvalidOperation [<class 'decimal.InvalidOperation'>]
# next tuple (Decimal('1.000000000000000000000000001'), Decimal('0.9999999999999999999999999999'), Decimal('9.999999999999999999999999999E+999999'), Decimal('1.000000000000000000000000001'), Decimal('0.9999999999999999999999999999'), Decimal('1'))
# fma InvalidOperation [<class 'decimal.InvalidOperation'>]
# number_class list ['+Infinity', '-Infinity', 'NaN', 'sNaN', '+Zero', '-Zero', '+Normal', '-Normal', '+Normal']
# same_quantum tuple (True, False, True)
# is list [True, False, False, False, False, False, False, True, False, True, True, False, False, False, False, True, True, False, False, True, False, False, True, True, False, False, False, False, False, True, False, False, True, False, True, False, False, False, False, True, False, True, False, False, False, True, False, False, False, True, True, False, False, False, False, False, False, True, False, True]
# sqrt tuple (Decimal('1.414213562373095048801688724'), Decimal('2'), Decimal('0.10'), Decimal('-0'), Decimal('0.000003162277660168379331998893544'))
# exp ln tuple (Decimal('2.718281828459045235360287471'), Decimal('1'), Decimal('0'), Decimal('2.302585092994045684017991455'), Decimal('0'), Decimal('-Infinity'), Decimal('3'), Decimal('0.3010299956639811952137388947'), Decimal('-2'))
# ln neg InvalidOperation [<class 'decimal.InvalidOperation'>]
# logb tuple (Decimal('2'), Decimal('-2'), Decimal('Infinity'))
# logb 0 DivisionByZero [<class 'decimal.DivisionByZero'>]
# pow tuple (Decimal('1024'), Decimal('1.331'), Decimal('0.25'), Decimal('2.000000000000000000000000000'), Decimal('1.414213562373095048801688724'), Decimal('1'), Decimal('1'), Decimal('8'), Decimal('0'))
# pow 0 0 InvalidOperation [<class 'decimal.InvalidOperation'>]
# pow neg frac InvalidOperation [<class 'decimal.InvalidOperation'>]
# pow inf tuple (Decimal('Infinity'), Decimal('0'), Decimal('0'), Decimal('0'))
# pow 1 inf Decimal Decimal('1.000000000000000000000000000')
# pow mod bad InvalidOperation [<class 'decimal.InvalidOperation'>]
# remainder_near tuple (Decimal('0'), Decimal('1'), Decimal('-2'), Decimal('2'))
# divmod tuple ((Decimal('3'), Decimal('1')), (Decimal('-3'), Decimal('-1')), Decimal('-3'), Decimal('-1'), Decimal('0.1'))
# arith tuple (Decimal('0.3'), Decimal('2.50'), Decimal('1.560'), Decimal('0.1'), Decimal('0'), Decimal('0'), Decimal('1.5'), Decimal('2.5'), Decimal('2'), Decimal('0.75'))
# ctx ops tuple (Decimal('1.00000'), Decimal('-1'), Decimal('1.23456'), Decimal('0.666666'), Decimal('1.41421'), Decimal('1.41421'), Decimal('3'), Decimal('0'), Decimal('-0'), '1E-10', Decimal('10'), Decimal('5'))
# ctx bad TypeError conversion from float to Decimal is not supported
# {<class 'decimal.InvalidOperation'>:False, <class 'decimal.FloatOperation'>:False, <class 'decimal.DivisionByZero'>:False, <class 'decimal.Overflow'>:False, <class 'decimal.Underflow'>:False, <class 'decimal.Subnormal'>:False, <class 'decimal.Inexact'>:True, <class 'decimal.Rounded'>:True, <class 'decimal.Clamped'>:False} Context(prec=6, rounding=ROUND_FLOOR, Emin=-999999, Emax=999999, capitals=1, clamp=0, flags=[Inexact, Rounded], traps=[InvalidOperation, DivisionByZero, Overflow])
# 2 2.00 1.875 1.369306393762915283642424457 1.40625 1.185854122563142249499585079 1.159638554216867469879518072 2.0
# 1.527525231651946668862682398 0.05 1.5
# mean mix TypeError don't know how to coerce Decimal and float
