import numbers
from numbers import Number, Complex, Real, Rational, Integral

values = [1, True, 1.5, 2j, 'x', None, [1]]
for v in values:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
print(issubclass(int, Integral), issubclass(float, Rational), issubclass(complex, Real), issubclass(bool, Number))
print(Integral.__mro__)
print(sorted(Complex.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
print(Number.__hash__, numbers.__all__)

class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(self, o): return MyInt(self.v << int(o))
    def __rlshift__(self, o): return MyInt(int(o) << self.v)
    def __rshift__(self, o): return MyInt(self.v >> int(o))
    def __rrshift__(self, o): return MyInt(int(o) >> self.v)
    def __and__(self, o): return MyInt(self.v & int(o))
    def __rand__(self, o): return MyInt(int(o) & self.v)
    def __xor__(self, o): return MyInt(self.v ^ int(o))
    def __rxor__(self, o): return MyInt(int(o) ^ self.v)
    def __or__(self, o): return MyInt(self.v | int(o))
    def __ror__(self, o): return MyInt(int(o) | self.v)
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    def __radd__(self, o): return MyInt(int(o) + self.v)
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    def __rmul__(self, o): return MyInt(int(o) * self.v)
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return MyInt(int(b) ** self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, nd=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v

m = MyInt(7)
print(m, float(m), complex(m), m.real, m.imag, m.numerator, m.denominator, m.conjugate())
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), [10, 20, 30, 40, 50, 60, 70, 80][m], bool(m), bool(MyInt(0)))
print(isinstance(m, Real), isinstance(m, Integral))
try:
    class Partial(Real):
        def __float__(self): return 1.0
    Partial()
except TypeError as e:
    print('TypeError', e)
class R2(Rational):
    pass
print(sorted(R2.__abstractmethods__)[:5])
Real.register(MyInt)
class Vague:
    pass
print(isinstance(Vague(), Number))
Number.register(Vague)
print(isinstance(Vague(), Number), isinstance(Vague(), Complex))

# Output:
# 1 [True, True, True, True, True]
# True [True, True, True, True, True]
# 1.5 [True, True, True, False, False]
# 2j [True, True, False, False, False]
# 'x' [False, False, False, False, False]
# None [False, False, False, False, False]
# [1] [False, False, False, False, False]
# True False False True
# (<class 'numbers.Integral'>, <class 'numbers.Rational'>, <class 'numbers.Real'>, <class 'numbers.Complex'>, <class 'numbers.Number'>, <class 'object'>)
# ['__abs__', '__add__', '__complex__', '__eq__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rmul__', '__rpow__', '__rtruediv__', '__truediv__', 'conjugate', 'imag', 'real']
# ['__abs__', '__add__', '__ceil__', '__eq__', '__float__', '__floor__', '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__']
# ['__abs__', '__add__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__le__', '__lt__', '__mod__', '__mul__', '__neg__', '__pos__', '__pow__', '__radd__', '__rfloordiv__', '__rmod__', '__rmul__', '__round__', '__rpow__', '__rtruediv__', '__truediv__', '__trunc__', 'denominator', 'numerator']
# ['__abs__', '__add__', '__and__', '__ceil__', '__eq__', '__floor__', '__floordiv__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__neg__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rtruediv__', '__rxor__', '__truediv__', '__trunc__', '__xor__']
# None ['Number', 'Complex', 'Real', 'Rational', 'Integral']
# MyInt(7) 7.0 (7+0j) MyInt(7) 0 MyInt(7) 1 MyInt(7)
# MyInt(5) MyInt(3) (MyInt(3), MyInt(1)) (MyInt(2), MyInt(6)) 80 True False
# True True
# TypeError Can't instantiate abstract class Partial with abstract methods __abs__, __add__, __ceil__, __eq__, __floor__, __floordiv__, __le__, __lt__, __mod__, __mul__, __neg__, __pos__, __pow__, __radd__, __rfloordiv__, __rmod__, __rmul__, __round__, __rpow__, __rtruediv__, __truediv__, __trunc__
# ['__abs__', '__add__', '__ceil__', '__eq__', '__floor__']
# False
# True False
