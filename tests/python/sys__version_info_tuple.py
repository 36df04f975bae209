# sys.version_info is a tuple (a tuple subclass with named fields), and
# sys.modules has the dict methods programs use on it.
import sys
import math

v = sys.version_info
print(isinstance(v, tuple), len(v), v[:2], v[-1], v.major, v.minor, v.releaselevel)
print(repr(v))
print(v >= (3, 8), v < (4,), v == (3, 11, 7, "final", 0), (3, 11) <= v)
major, minor, *rest = v
print(major, minor, rest)
match v:
    case (3, m, *_) if m >= 10:
        print("3.10 or later:", m)
    case _:
        print("older")
print(tuple(v), list(v)[:3], hash(v) == hash(tuple(v)), "%d.%d" % v[:2])
print("{0.major}.{0.minor}".format(v), type(v).__name__)

c = sys.modules.copy()
print(type(c).__name__, c["math"] is math, "sys" in c)
print(sys.modules.setdefault("m2", math) is math, sys.modules["m2"] is math)
print(sys.modules.setdefault("m2", sys) is math)
sys.modules.update({"m3": math}, m4=sys)
import m3, m4
print(m3 is math, m4 is sys)
sys.modules.update([("m5", math)])
print("m5" in sys.modules)
try:
    sys.modules.update([("m6",)])
except ValueError as e:
    print("ValueError:", e)

class MyInt(int):
    pass

class MyFloat(float):
    pass

m = MyInt(7)
print(m.real, m.imag, m.numerator, m.denominator, type(m.real).__name__)
print(MyFloat(2.5).real, MyFloat(2.5).imag, MyInt(-3).conjugate(), MyInt(5).bit_length())

# Output:
# True 5 (3, 11) 0 3 11 final
# sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)
# True True True True
# 3 11 [7, 'final', 0]
# 3.10 or later: 11
# (3, 11, 7, 'final', 0) [3, 11, 7] True 3.11
# 3.11 version_info
# dict True True
# True True
# True
# True True
# True
# ValueError: dictionary update sequence element #0 has length 1; 2 is required
# 7 0 7 1 int
# 2.5 0.0 -3 3
