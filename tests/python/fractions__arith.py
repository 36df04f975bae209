import math
from fractions import Fraction as F

def show(f):
    try:
        r = f()
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a, b = F(3, 4), F(-5, 6)
others = [F(2, 3), 2, True, 0.5, 1.25j + 1, F(0), 0, 0.0, -3, F(7, -3)]
ops = ['+', '-', '*', '/', '//', '%', '**']
for x in [a, b]:
    for y in others:
        for op in ops:
            show(lambda: eval('x %s y' % op))
            show(lambda: eval('y %s x' % op))
        show(lambda: divmod(x, y))
        show(lambda: divmod(y, x))
for bad in ['s', None, [1]]:
    show(lambda: a + bad)
    show(lambda: bad * a)
    show(lambda: a < bad)
# powers
for base in [F(2, 3), F(-2, 3), F(0), F(4, 9)]:
    for e in [0, 3, -3, F(1, 2), F(-2), 0.5, 2j, F(3, 1)]:
        show(lambda: base ** e)
for base in [2, -8, 2.0, 4, 0, 1j]:
    for e in [F(2), F(-2), F(1, 2), F(0), F(-1, 3)]:
        show(lambda: base ** e)
show(lambda: pow(F(1, 2), 2, 5))
# unary, conversions, rounding
for x in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(1, 3), F(-2, 3), F(10), F(0)]:
    print(x, -x, +x, abs(x), int(x), math.trunc(x), math.floor(x), math.ceil(x),
          round(x), float(x), bool(x))
    for nd in [0, 1, 2, -1, -2]:
        print(' ', nd, repr(round(x, nd)))
print(round(F(25, 1), -1), round(F(35, 1), -1), round(F(15, 100), 1), round(F(25, 100), 1))
print(float(F(10**400, 3 * 10**399)), float(F(1, 3)), float(F(-2**70 - 1, 2**70)))
show(lambda: float(F(10**400)))

# Output:
# Fraction Fraction(17, 12)
# Fraction Fraction(17, 12)
# Fraction Fraction(1, 12)
# Fraction Fraction(-1, 12)
# Fraction Fraction(1, 2)
# Fraction Fraction(1, 2)
# Fraction Fraction(9, 8)
# Fraction Fraction(8, 9)
# int 1
# int 0
# Fraction Fraction(1, 12)
# Fraction Fraction(2, 3)
# float 0.8254818122236567
# float 0.7377879464668811
# tuple (1, Fraction(1, 12))
# tuple (0, Fraction(2, 3))
# Fraction Fraction(11, 4)
# Fraction Fraction(11, 4)
# Fraction Fraction(-5, 4)
# Fraction Fraction(5, 4)
# Fraction Fraction(3, 2)
# Fraction Fraction(3, 2)
# Fraction Fraction(3, 8)
# Fraction Fraction(8, 3)
# int 0
# int 2
# Fraction Fraction(3, 4)
# Fraction Fraction(1, 2)
# Fraction Fraction(9, 16)
# float 1.681792830507429
# tuple (0, Fraction(3, 4))
# tuple (2, Fraction(1, 2))
# Fraction Fraction(7, 4)
# Fraction Fraction(7, 4)
# Fraction Fraction(-1, 4)
# Fraction Fraction(1, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(4, 3)
# int 0
# int 1
# Fraction Fraction(3, 4)
# Fraction Fraction(1, 4)
# Fraction Fraction(3, 4)
# float 1.0
# tuple (0, Fraction(3, 4))
# tuple (1, Fraction(1, 4))
# float 1.25
# float 1.25
# float 0.25
# float -0.25
# float 0.375
# float 0.375
# float 1.5
# float 0.6666666666666666
# float 1.0
# float 0.0
# float 0.25
# float 0.5
# float 0.8660254037844386
# float 0.5946035575013605
# tuple (1.0, 0.25)
# tuple (0.0, 0.5)
# complex (1.75+1.25j)
# complex (1.75+1.25j)
# complex (-0.25-1.25j)
# complex (0.25+1.25j)
# complex (0.75+0.9375j)
# complex (0.75+0.9375j)
# complex (0.2926829268292684-0.3658536585365854j)
# complex (1.3333333333333333+1.6666666666666667j)
# TypeError unsupported operand type(s) for //: 'complex' and 'complex'
# TypeError unsupported operand type(s) for //: 'complex' and 'complex'
# TypeError unsupported operand type(s) for %: 'complex' and 'complex'
# TypeError unsupported operand type(s) for %: 'complex' and 'complex'
# complex (0.7020275601549544-0.26392670342896724j)
# complex (1.1136848362938625+0.8860281737601166j)
# TypeError unsupported operand type(s) for divmod(): 'complex' and 'complex'
# TypeError unsupported operand type(s) for divmod(): 'complex' and 'complex'
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(-3, 4)
# Fraction Fraction(0, 1)
# Fraction Fraction(0, 1)
# ZeroDivisionError Fraction(1, 0)
# Fraction Fraction(0, 1)
# ZeroDivisionError integer division or modulo by zero
# int 0
# ZeroDivisionError integer modulo by zero
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# float 0.0
# ZeroDivisionError integer division or modulo by zero
# tuple (0, Fraction(0, 1))
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(3, 4)
# Fraction Fraction(-3, 4)
# Fraction Fraction(0, 1)
# Fraction Fraction(0, 1)
# ZeroDivisionError Fraction(1, 0)
# Fraction Fraction(0, 1)
# ZeroDivisionError integer division or modulo by zero
# int 0
# ZeroDivisionError integer modulo by zero
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# float 0.0
# ZeroDivisionError integer division or modulo by zero
# tuple (0, Fraction(0, 1))
# float 0.75
# float 0.75
# float 0.75
# float -0.75
# float 0.0
# float 0.0
# ZeroDivisionError float division by zero
# float 0.0
# ZeroDivisionError float floor division by zero
# float 0.0
# ZeroDivisionError float modulo
# float 0.0
# float 1.0
# float 0.0
# ZeroDivisionError float divmod()
# tuple (0.0, 0.0)
# Fraction Fraction(-9, 4)
# Fraction Fraction(-9, 4)
# Fraction Fraction(15, 4)
# Fraction Fraction(-15, 4)
# Fraction Fraction(-9, 4)
# Fraction Fraction(-9, 4)
# Fraction Fraction(-1, 4)
# Fraction Fraction(-4, 1)
# int -1
# int -4
# Fraction Fraction(-9, 4)
# Fraction Fraction(0, 1)
# Fraction Fraction(64, 27)
# complex (-1.6118548977353127+1.6118548977353129j)
# tuple (-1, Fraction(-9, 4))
# tuple (-4, Fraction(0, 1))
# Fraction Fraction(-19, 12)
# Fraction Fraction(-19, 12)
# Fraction Fraction(37, 12)
# Fraction Fraction(-37, 12)
# Fraction Fraction(-7, 4)
# Fraction Fraction(-7, 4)
# Fraction Fraction(-9, 28)
# Fraction Fraction(-28, 9)
# int -1
# int -4
# Fraction Fraction(-19, 12)
# Fraction Fraction(2, 3)
# float 1.9566976289745937
# complex (-1.3349579657279866+1.3349579657279869j)
# tuple (-1, Fraction(-19, 12))
# tuple (-4, Fraction(2, 3))
# Fraction Fraction(-1, 6)
# Fraction Fraction(-1, 6)
# Fraction Fraction(-3, 2)
# Fraction Fraction(3, 2)
# Fraction Fraction(-5, 9)
# Fraction Fraction(-5, 9)
# Fraction Fraction(-5, 4)
# Fraction Fraction(-4, 5)
# int -2
# int -1
# Fraction Fraction(1, 2)
# Fraction Fraction(-1, 6)
# complex (-0.44277440382608774+0.7669077637178039j)
# float 1.4019828977761009
# tuple (-2, Fraction(1, 2))
# tuple (-1, Fraction(-1, 6))
# Fraction Fraction(7, 6)
# Fraction Fraction(7, 6)
# Fraction Fraction(-17, 6)
# Fraction Fraction(17, 6)
# Fraction Fraction(-5, 3)
# Fraction Fraction(-5, 3)
# Fraction Fraction(-5, 12)
# Fraction Fraction(-12, 5)
# int -1
# int -3
# Fraction Fraction(7, 6)
# Fraction Fraction(-1, 2)
# Fraction Fraction(25, 36)
# float 0.5612310241546865
# tuple (-1, Fraction(7, 6))
# tuple (-3, Fraction(-1, 2))
# Fraction Fraction(1, 6)
# Fraction Fraction(1, 6)
# Fraction Fraction(-11, 6)
# Fraction Fraction(11, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(-6, 5)
# int -1
# int -2
# Fraction Fraction(1, 6)
# Fraction Fraction(-2, 3)
# Fraction Fraction(-5, 6)
# float 1.0
# tuple (-1, Fraction(1, 6))
# tuple (-2, Fraction(-2, 3))
# float -0.33333333333333337
# float -0.33333333333333337
# float -1.3333333333333335
# float 1.3333333333333335
# float -0.4166666666666667
# float -0.4166666666666667
# float -1.6666666666666667
# float -0.6
# float -2.0
# float -1.0
# float 0.16666666666666663
# float -0.33333333333333337
# complex (5.589722307245865e-17+0.9128709291752769j)
# float 1.7817974362806785
# tuple (-2.0, 0.16666666666666663)
# tuple (-1.0, -0.33333333333333337)
# complex (0.16666666666666663+1.25j)
# complex (0.16666666666666663+1.25j)
# complex (-1.8333333333333335-1.25j)
# complex (1.8333333333333335+1.25j)
# complex (-0.8333333333333334-1.0416666666666667j)
# complex (-0.8333333333333334-1.0416666666666667j)
# complex (-0.3252032520325204+0.40650406504065045j)
# complex (-1.2-1.5j)
# TypeError unsupported operand type(s) for //: 'complex' and 'complex'
# TypeError unsupported operand type(s) for //: 'complex' and 'complex'
# TypeError unsupported operand type(s) for %: 'complex' and 'complex'
# TypeError unsupported operand type(s) for %: 'complex' and 'complex'
# complex (-0.01599450595615113+0.0037096276768865473j)
# complex (0.49587865083137833-0.4589233701745636j)
# TypeError unsupported operand type(s) for divmod(): 'complex' and 'complex'
# TypeError unsupported operand type(s) for divmod(): 'complex' and 'complex'
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(5, 6)
# Fraction Fraction(0, 1)
# Fraction Fraction(0, 1)
# ZeroDivisionError Fraction(-1, 0)
# Fraction Fraction(0, 1)
# ZeroDivisionError integer division or modulo by zero
# int 0
# ZeroDivisionError integer modulo by zero
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# ZeroDivisionError 0.0 cannot be raised to a negative power
# ZeroDivisionError integer division or modulo by zero
# tuple (0, Fraction(0, 1))
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(-5, 6)
# Fraction Fraction(5, 6)
# Fraction Fraction(0, 1)
# Fraction Fraction(0, 1)
# ZeroDivisionError Fraction(-1, 0)
# Fraction Fraction(0, 1)
# ZeroDivisionError integer division or modulo by zero
# int 0
# ZeroDivisionError integer modulo by zero
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# ZeroDivisionError 0.0 cannot be raised to a negative power
# ZeroDivisionError integer division or modulo by zero
# tuple (0, Fraction(0, 1))
# float -0.8333333333333334
# float -0.8333333333333334
# float -0.8333333333333334
# float 0.8333333333333334
# float -0.0
# float -0.0
# ZeroDivisionError float division by zero
# float -0.0
# ZeroDivisionError float floor division by zero
# float -0.0
# ZeroDivisionError float modulo
# float -0.0
# float 1.0
# ZeroDivisionError 0.0 cannot be raised to a negative power
# ZeroDivisionError float divmod()
# tuple (-0.0, -0.0)
# Fraction Fraction(-23, 6)
# Fraction Fraction(-23, 6)
# Fraction Fraction(13, 6)
# Fraction Fraction(-13, 6)
# Fraction Fraction(5, 2)
# Fraction Fraction(5, 2)
# Fraction Fraction(5, 18)
# Fraction Fraction(18, 5)
# int 0
# int 3
# Fraction Fraction(-5, 6)
# Fraction Fraction(-1, 2)
# Fraction Fraction(-216, 125)
# complex (-0.34668063717531733-0.2001561591960004j)
# tuple (0, Fraction(-5, 6))
# tuple (3, Fraction(-1, 2))
# Fraction Fraction(-19, 6)
# Fraction Fraction(-19, 6)
# Fraction Fraction(3, 2)
# Fraction Fraction(-3, 2)
# Fraction Fraction(35, 18)
# Fraction Fraction(35, 18)
# Fraction Fraction(5, 14)
# Fraction Fraction(14, 5)
# int 0
# int 2
# Fraction Fraction(-5, 6)
# Fraction Fraction(-2, 3)
# complex (0.7651141698114795-1.3252166157043652j)
# complex (-0.42744802089455397-0.24678722992804347j)
# tuple (0, Fraction(-5, 6))
# tuple (2, Fraction(-2, 3))
# TypeError unsupported operand type(s) for +: 'Fraction' and 'str'
# TypeError can't multiply sequence by non-int of type 'Fraction'
# TypeError '<' not supported between instances of 'Fraction' and 'str'
# TypeError unsupported operand type(s) for +: 'Fraction' and 'NoneType'
# TypeError unsupported operand type(s) for *: 'NoneType' and 'Fraction'
# TypeError '<' not supported between instances of 'Fraction' and 'NoneType'
# TypeError unsupported operand type(s) for +: 'Fraction' and 'list'
# TypeError can't multiply sequence by non-int of type 'Fraction'
# TypeError '<' not supported between instances of 'Fraction' and 'list'
# Fraction Fraction(1, 1)
# Fraction Fraction(8, 27)
# Fraction Fraction(27, 8)
# float 0.816496580927726
# Fraction Fraction(9, 4)
# float 0.816496580927726
# complex (0.688824391061797-0.7249282435374859j)
# Fraction Fraction(8, 27)
# Fraction Fraction(1, 1)
# Fraction Fraction(-8, 27)
# Fraction Fraction(-27, 8)
# complex (4.9995996217394874e-17+0.816496580927726j)
# Fraction Fraction(9, 4)
# complex (4.9995996217394874e-17+0.816496580927726j)
# complex (0.0012863401025115346-0.0013537619794039171j)
# Fraction Fraction(-8, 27)
# Fraction Fraction(1, 1)
# Fraction Fraction(0, 1)
# ZeroDivisionError Fraction(1, 0)
# float 0.0
# ZeroDivisionError Fraction(1, 0)
# float 0.0
# ZeroDivisionError 0.0 to a negative or complex power
# Fraction Fraction(0, 1)
# Fraction Fraction(1, 1)
# Fraction Fraction(64, 729)
# Fraction Fraction(729, 64)
# float 0.6666666666666666
# Fraction Fraction(81, 16)
# float 0.6666666666666666
# complex (-0.05104191655668862-0.9986965118364137j)
# Fraction Fraction(64, 729)
# int 4
# Fraction Fraction(1, 4)
# float 1.4142135623730951
# int 1
# float 0.7937005259840998
# int 64
# Fraction Fraction(1, 64)
# complex (1.7319121124709868e-16+2.8284271247461903j)
# int 1
# complex (0.25000000000000006-0.4330127018922193j)
# float 4.0
# float 0.25
# float 1.4142135623730951
# float 1.0
# float 0.7937005259840998
# int 16
# Fraction Fraction(1, 16)
# float 2.0
# int 1
# float 0.6299605249474366
# int 0
# ZeroDivisionError Fraction(1, 0)
# float 0.0
# int 1
# ZeroDivisionError 0.0 cannot be raised to a negative power
# complex (-1+0j)
# complex (-1-0j)
# complex (0.7071067811865476+0.7071067811865475j)
# complex (1+0j)
# complex (0.8660254037844387-0.49999999999999994j)
# TypeError Fraction.__pow__() takes 2 positional arguments but 3 were given
# 7/2 -7/2 7/2 7/2 3 3 3 4 4 3.5 True
#   0 Fraction(4, 1)
#   1 Fraction(7, 2)
#   2 Fraction(7, 2)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# -7/2 7/2 -7/2 7/2 -3 -3 -4 -3 -4 -3.5 True
#   0 Fraction(-4, 1)
#   1 Fraction(-7, 2)
#   2 Fraction(-7, 2)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# 5/2 -5/2 5/2 5/2 2 2 2 3 2 2.5 True
#   0 Fraction(2, 1)
#   1 Fraction(5, 2)
#   2 Fraction(5, 2)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# -5/2 5/2 -5/2 5/2 -2 -2 -3 -2 -2 -2.5 True
#   0 Fraction(-2, 1)
#   1 Fraction(-5, 2)
#   2 Fraction(-5, 2)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# 1/3 -1/3 1/3 1/3 0 0 0 1 0 0.3333333333333333 True
#   0 Fraction(0, 1)
#   1 Fraction(3, 10)
#   2 Fraction(33, 100)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# -2/3 2/3 -2/3 2/3 0 0 -1 0 -1 -0.6666666666666666 True
#   0 Fraction(-1, 1)
#   1 Fraction(-7, 10)
#   2 Fraction(-67, 100)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# 10 -10 10 10 10 10 10 10 10 10.0 True
#   0 Fraction(10, 1)
#   1 Fraction(10, 1)
#   2 Fraction(10, 1)
#   -1 Fraction(10, 1)
#   -2 Fraction(0, 1)
# 0 0 0 0 0 0 0 0 0 0.0 False
#   0 Fraction(0, 1)
#   1 Fraction(0, 1)
#   2 Fraction(0, 1)
#   -1 Fraction(0, 1)
#   -2 Fraction(0, 1)
# 20 40 1/5 1/5
# 3.3333333333333335 0.3333333333333333 -1.0
# OverflowError integer division result too large for a float
