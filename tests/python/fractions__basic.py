import math
from fractions import Fraction as F

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

# constructors
for args in [(), (3,), (6, 4), (-6, 4), (6, -4), (0, -5), (True,), (F(3, 4),),
             (F(1, 2), F(3, 4)), (3, F(1, 2)), (1.5,), (0.1,), (-0.0,),
             ('3/4',), ('1.5e3',), (' -1.5e3 ',), ('1_000/3',), ('.5',), ('5.',),
             ('+.5E-2',), ('-0',), ('1e-3',), ('00012/0006',), ('\t7\n',),
             ('1/ 2',), ('1e',), ('inf',), ('nan',), ('1/-2',), ('',), (' 3 /4',),
             ('1__0',), ('_1',), ('1_',), ('1.5/2',), ('1/2e3',), ('.',), ('e5',),
             ('3/0',), (3, 0), (0, 0), (float('nan'),), (float('inf'),),
             (float('-inf'),), (3.0, 4), ('3', 4), (1j,), (None,), ([],), (3, 4.0)]:
    show(lambda: F(*args))
show(lambda: F(numerator=5, denominator=10))
print(F(10**30, 3 * 10**29), F(-7, 21).numerator, F(-7, 21).denominator)
# from_float / from_decimal / ratios
show(lambda: F.from_float(0.25))
show(lambda: F.from_float(7))
show(lambda: F.from_float('1'))
show(lambda: F.from_float(F(1, 2)))
show(lambda: F.from_float(float('nan')))
show(lambda: F.from_float(float('inf')))
print(F(-3, 9).as_integer_ratio(), F(5).as_integer_ratio())
# limit_denominator
pi = F('3.141592653589793')
for m in [1, 2, 7, 10, 100, 1000, 10**6]:
    print(m, pi.limit_denominator(m), (-pi).limit_denominator(m))
print(F(4321, 8765).limit_denominator(10000), F(1, 3).limit_denominator(2))
print(F(3, 8).limit_denominator(5), F(5, 8).limit_denominator(3))
show(lambda: F(1, 3).limit_denominator(0))
# str / repr / attributes
print(str(F(3, 4)), repr(F(3, 4)), str(F(-8, 2)), repr(F(5)), format(F(1, 3)))
print(F(1, 2).real, F(1, 2).imag, F(1, 2).conjugate(), complex(F(1, 2)))
show(lambda: format(F(1, 2), '.3f'))
class G(F):
    pass
g = G(2, 4)
print(repr(g), type(g + 1).__name__, type(-g).__name__, type(+g).__name__, repr(abs(G(-1, 2))))
print(F(3, 4).__reduce__() == (F, (3, 4)))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy(G(1, 3)), type(copy.copy(g)).__name__)

# Output:
# Fraction Fraction(0, 1)
# Fraction Fraction(3, 1)
# Fraction Fraction(3, 2)
# Fraction Fraction(-3, 2)
# Fraction Fraction(-3, 2)
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# Fraction Fraction(3, 4)
# Fraction Fraction(2, 3)
# Fraction Fraction(6, 1)
# Fraction Fraction(3, 2)
# Fraction Fraction(3602879701896397, 36028797018963968)
# Fraction Fraction(0, 1)
# Fraction Fraction(3, 4)
# Fraction Fraction(1500, 1)
# Fraction Fraction(-1500, 1)
# Fraction Fraction(1000, 3)
# Fraction Fraction(1, 2)
# Fraction Fraction(5, 1)
# Fraction Fraction(1, 200)
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1000)
# Fraction Fraction(2, 1)
# Fraction Fraction(7, 1)
# ValueError Invalid literal for Fraction: '1/ 2'
# ValueError Invalid literal for Fraction: '1e'
# ValueError Invalid literal for Fraction: 'inf'
# ValueError Invalid literal for Fraction: 'nan'
# ValueError Invalid literal for Fraction: '1/-2'
# ValueError Invalid literal for Fraction: ''
# ValueError Invalid literal for Fraction: ' 3 /4'
# ValueError Invalid literal for Fraction: '1__0'
# ValueError Invalid literal for Fraction: '_1'
# ValueError Invalid literal for Fraction: '1_'
# ValueError Invalid literal for Fraction: '1.5/2'
# ValueError Invalid literal for Fraction: '1/2e3'
# ValueError Invalid literal for Fraction: '.'
# ValueError Invalid literal for Fraction: 'e5'
# ZeroDivisionError Fraction(3, 0)
# ZeroDivisionError Fraction(3, 0)
# ZeroDivisionError Fraction(0, 0)
# ValueError cannot convert NaN to integer ratio
# OverflowError cannot convert Infinity to integer ratio
# OverflowError cannot convert Infinity to integer ratio
# TypeError both arguments should be Rational instances
# TypeError both arguments should be Rational instances
# TypeError argument should be a string or a Rational instance
# TypeError argument should be a string or a Rational instance
# TypeError argument should be a string or a Rational instance
# TypeError both arguments should be Rational instances
# Fraction Fraction(1, 2)
# 10/3 -1 3
# Fraction Fraction(1, 4)
# Fraction Fraction(7, 1)
# TypeError Fraction.from_float() only takes floats, not '1' (str)
# TypeError Fraction.from_float() only takes floats, not Fraction(1, 2) (Fraction)
# ValueError cannot convert NaN to integer ratio
# OverflowError cannot convert Infinity to integer ratio
# (-1, 3) (5, 1)
# 1 3 -3
# 2 3 -3
# 7 22/7 -22/7
# 10 22/7 -22/7
# 100 311/99 -311/99
# 1000 355/113 -355/113
# 1000000 3126535/995207 -3126535/995207
# 4321/8765 1/2
# 2/5 2/3
# ValueError max_denominator should be at least 1
# 3/4 Fraction(3, 4) -4 Fraction(5, 1) 1/3
# 1/2 0 1/2 (0.5+0j)
# TypeError unsupported format string passed to Fraction.__format__
# G(1, 2) Fraction Fraction Fraction Fraction(1, 2)
# True
# 1/2 1/3 G
