# The numeric tower: which built-in and library types are registered as
# which ABC, and how Fraction works with a Rational of the user's own.
import numbers
from fractions import Fraction

towers = (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)
for v in [1, True, 1.5, 1j, Fraction(1, 2)]:
    print(type(v).__name__, [isinstance(v, c) for c in towers])
for t in (int, bool, float, complex, Fraction):
    print(t.__name__, [issubclass(t, c) for c in towers])
print(Fraction.__mro__[1:])
print(numbers.Rational.__subclasscheck__(Fraction), Fraction.__abstractmethods__)


class Half(numbers.Rational):
    """A user's Rational: always 1/2."""
    numerator = 1
    denominator = 2

    def __repr__(self):
        return 'Half()'

    def _other(self, op, a, b):
        return 'Half.%s(%r, %r)' % (op, a, b)

    def __add__(self, other):
        return self._other('add', self, other)

    def __radd__(self, other):
        return self._other('radd', other, self)

    __pos__ = __neg__ = __abs__ = lambda self: self
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __add__
    __pow__ = __rpow__ = __floordiv__ = __rfloordiv__ = __add__
    __mod__ = __rmod__ = __add__
    __trunc__ = __floor__ = __ceil__ = lambda self: 0
    __round__ = lambda self, n=None: 0
    __lt__ = __le__ = lambda self, other: NotImplemented
    __eq__ = lambda self, other: NotImplemented
    __hash__ = object.__hash__


h = Half()
print(isinstance(h, numbers.Real), float(h), complex(h), h.real, h.imag, h.conjugate())
print(Fraction(h), Fraction(h, Fraction(1, 3)), Fraction(3, h))
print(Fraction(1, 3) + h, h + Fraction(1, 3))
print(1.0 + Fraction(1, 2), Fraction(1, 2) ** h, h ** Fraction(2))
print(Fraction(1, 2) == h, h == Fraction(1, 2), Fraction(1, 3) < h, Fraction(2, 3) >= h)


class Real(numbers.Real):
    """A user's Real that is a float underneath."""

    def __init__(self, x):
        self.x = x

    def __float__(self):
        return self.x

    for _n in ('__add__', '__radd__', '__mul__', '__rmul__', '__truediv__', '__rtruediv__',
               '__pow__', '__rpow__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__',
               '__lt__', '__le__', '__eq__', '__neg__', '__pos__', '__abs__', '__trunc__',
               '__floor__', '__ceil__', '__round__'):
        locals()[_n] = lambda self, *a: NotImplemented
    del _n


r = Real(0.25)
print(Fraction(1, 2).__radd__(r), Fraction(1, 2).__rtruediv__(r))
print(Fraction(1, 2).__rmul__(complex(2, 1)), Fraction(1, 2) == complex(0.5, 0))
try:
    Fraction(1, 2) + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    Fraction(h, 'x')
except TypeError as e:
    print('TypeError:', e)

import decimal
print("Decimal:", [isinstance(decimal.Decimal("1.5"), t) for t in
                   (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)],
      issubclass(decimal.Decimal, numbers.Number))

# Output:
# int [True, True, True, True, True]
# bool [True, True, True, True, True]
# float [True, True, True, False, False]
# complex [True, True, False, False, False]
# Fraction [True, True, True, True, False]
# int [True, True, True, True, True]
# bool [True, True, True, True, True]
# float [True, True, True, False, False]
# complex [True, True, False, False, False]
# Fraction [True, True, True, True, False]
# (<class 'numbers.Rational'>, <class 'numbers.Real'>, <class 'numbers.Complex'>, <class 'numbers.Number'>, <class 'object'>)
# True frozenset()
# True 0.5 (0.5+0j) Half() 0 Half()
# 1/2 3/2 6
# Half.radd(Fraction(1, 3), Half()) Half.add(Half(), Fraction(1, 3))
# 1.5 0.7071067811865476 Half.add(Half(), Fraction(2, 1))
# True True True True
# 0.75 0.5
# (1+0.5j) True
# TypeError: unsupported operand type(s) for +: 'Fraction' and 'str'
# TypeError: both arguments should be Rational instances
# Decimal: [True, False, False, False, False] True
