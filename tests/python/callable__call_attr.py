# `__call__` of functions, builtins and methods (the old idiom for
# `callable`, and code that wraps `obj.__call__`).
import functools


def f(x, y=2, *, z=3):
    return (x, y, z)


class C:
    def m(self, x):
        return ("m", x)

    @classmethod
    def cm(cls, x):
        return ("cm", cls.__name__, x)

    @staticmethod
    def sm(x):
        return ("sm", x)


objs = [f, len, [].append, C().m, C.cm, C.sm, C, print, str.upper, lambda: 1,
        functools.partial(f, 1), max]
print([hasattr(o, "__call__") for o in objs])
print([callable(o.__call__) for o in objs])
print(f.__call__(1), f.__call__(1, 5, z=6), f.__call__.__call__(7))
print(len.__call__([1, 2, 3]), C().m.__call__(4), C.cm.__call__(5), C.sm.__call__(6))
print(str.upper.__call__("abc"), max.__call__(3, 9, key=lambda v: -v))
print(functools.partial(f, 1).__call__(y=8))
try:
    f.__call__()
except TypeError as e:
    print("TypeError:", e)
try:
    len.__call__(1, 2)
except TypeError as e:
    print("TypeError:", e)
call = f.__call__
print(call(10), call(11, 12))
print([x.__call__(2) for x in (abs, str, f)])

# Output:
# [True, True, True, True, True, True, True, True, True, True, True, True]
# [True, True, True, True, True, True, True, True, True, True, True, True]
# (1, 2, 3) (1, 5, 6) (7, 2, 3)
# 3 ('m', 4) ('cm', 'C', 5) ('sm', 6)
# ABC 3
# (1, 8, 3)
# TypeError: f() missing 1 required positional argument: 'x'
# TypeError: len() takes exactly one argument (2 given)
# (10, 2, 3) (11, 12, 3)
# [2, '2', (2, 2, 3)]
