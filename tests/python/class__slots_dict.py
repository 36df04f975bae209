# __slots__ given as a dict (its keys name the slots, as statistics.NormalDist
# declares them): instances get no __dict__ and other names are refused.
class A:
    __slots__ = {'a': 'doc of a', 'b': 'doc of b'}


x = A()
x.a = 1
x.b = 2
print(x.a, x.b, hasattr(x, '__dict__'))
try:
    x.c = 3
except AttributeError as e:
    print(type(e).__name__, e)


class B(A):
    __slots__ = {'c': None}


y = B()
y.c = 5
y.a = 6
print(y.c, y.a)
try:
    y.d = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Output:
# 1 2 False
# AttributeError 'A' object has no attribute 'c'
# 5 6
# AttributeError 'B' object has no attribute 'd'
