# functools.reduce, cmp_to_key, total_ordering, cached_property, wraps and
# update_wrapper (WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES, __wrapped__).
import functools
from functools import (reduce, cmp_to_key, total_ordering, cached_property, wraps,
                       update_wrapper, WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 0), reduce(lambda a, b: a + b, ["x"]))
print(reduce(max, iter([3, 9, 2])), reduce(lambda a, b: [b] + a, "abc", []))
for bad in ["reduce()", "reduce(len)", "reduce(len, 1)", "reduce(len, [])",
            "reduce(lambda a, b: a, [1, 2], initial=5)", "reduce(1, [1, 2])",
            "reduce(len, [], 1, 2)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


def by_len(a, b):
    return len(a) - len(b)


words = ["ccc", "a", "bb", "dd", ""]
print(sorted(words, key=cmp_to_key(by_len)), sorted(words, key=cmp_to_key(by_len), reverse=True))
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__name__, K(3).obj, K(obj=4).obj)
print(K(1) < K(2), K(1) <= K(1), K(2) > K(1), K(2) >= K(3), K(1) == K(1), K(1) != K(1))
print(max([3, 1, 2], key=K), min("bca", key=K))
for bad in ["K()", "K(1, 2)", "K(1) < 2", "cmp_to_key()",
            "cmp_to_key(None)(1) < cmp_to_key(None)(2)", "K('a') < K(1)"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= b, b <= b, a <= a)
print(Version.__gt__.__name__, Version.__le__.__name__)
try:
    a <= 3
except TypeError as e:
    print("TypeError:", e)
for root in ["__le__", "__gt__", "__ge__"]:
    ns = {"__eq__": lambda s, o: s.n == o.n, root: getattr(int, root) and
          (lambda op: lambda s, o: getattr(s.n, op)(o.n))(root),
          "__init__": lambda s, n: setattr(s, "n", n)}
    C = total_ordering(type("C" + root.strip("_"), (), ns))
    x, y = C(1), C(2)
    print(root, [x < y, x <= y, x > y, x >= y, y < x, y <= x, x <= x, x < x, x >= x, x > x])
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print("ValueError:", e)


class Data:
    computed = 0

    def __init__(self, v):
        self.v = v

    @cached_property
    def total(self):
        "The sum."
        Data.computed += 1
        return sum(self.v)


d = Data([1, 2, 3])
print(d.total, d.total, Data.computed, d.__dict__["total"], Data.total.__doc__)
del d.total
print(d.total, Data.computed, type(Data.total).__name__, Data.total.attrname)
d.total = 99
print(d.total)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(d, Data)
except TypeError as e:
    print("TypeError:", e)
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    e = e.__cause__ or e
    print(type(e).__name__ + ":", e)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def y(self):
        return 1


try:
    Slotted().y
except TypeError as e:
    print("TypeError:", e)

print(WRAPPER_ASSIGNMENTS, WRAPPER_UPDATES)


def original(a, b=2):
    "Original doc."
    return a + b


original.tag = "t"


@wraps(original)
def wrapper(*args, **kw):
    return original(*args, **kw)


print(wrapper.__name__, wrapper.__doc__, wrapper.__qualname__, wrapper.__module__)
print(wrapper.tag, wrapper.__wrapped__ is original, wrapper(1))


def other():
    pass


update_wrapper(other, original, assigned=("__doc__",), updated=())
print(other.__name__, other.__doc__, hasattr(other, "tag"), other.__wrapped__ is original)


class NoName:
    pass


holder = lambda: None
update_wrapper(holder, NoName())
print(holder.__name__, holder.__wrapped__.__class__.__name__)
print(sorted(functools.__all__))

# Output:
# 10 1200
# 0 x
# 9 ['c', 'b', 'a']
# reduce() -> reduce expected at least 2 arguments, got 0
# reduce(len) -> reduce expected at least 2 arguments, got 1
# reduce(len, 1) -> reduce() arg 2 must support iteration
# reduce(len, []) -> reduce() of empty iterable with no initial value
# reduce(lambda a, b: a, [1, 2], initial=5) -> reduce() takes no keyword arguments
# reduce(1, [1, 2]) -> 'int' object is not callable
# reduce(len, [], 1, 2) -> reduce expected at most 3 arguments, got 4
# ['', 'a', 'bb', 'dd', 'ccc'] ['ccc', 'bb', 'dd', 'a', '']
# KeyWrapper KeyWrapper 3 4
# True True True False True False
# 3 a
# K() -> K() missing required argument 'obj' (pos 1)
# K(1, 2) -> K() takes at most 1 argument (2 given)
# K(1) < 2 -> other argument must be K instance
# cmp_to_key() -> cmp_to_key() missing required argument 'mycmp' (pos 1)
# cmp_to_key(None)(1) < cmp_to_key(None)(2) -> 'NoneType' object is not callable
# K('a') < K(1) -> '>' not supported between instances of 'str' and 'int'
# True True False False True True True
# __gt__ __le__
# TypeError: '<=' not supported between instances of 'Version' and 'int'
# __le__ [True, True, False, False, False, False, True, False, True, False]
# __gt__ [True, True, False, False, False, False, True, False, True, False]
# __ge__ [True, True, False, False, False, False, True, False, True, False]
# ValueError: must define at least one ordering operation: < > <= >=
# 6 6 1 6 The sum.
# 6 2 cached_property total
# 99
# TypeError: Cannot use cached_property instance without calling __set_name__ on it.
# TypeError: Cannot assign the same cached_property to two different names ('a' and 'b').
# TypeError: No '__dict__' attribute on 'Slotted' instance to cache 'y' property.
# ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__') ('__dict__',)
# original Original doc. original __main__
# t True 3
# other Original doc. False True
# <lambda> NoName
# ['WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'cache', 'cached_property', 'cmp_to_key', 'lru_cache', 'partial', 'partialmethod', 'reduce', 'singledispatch', 'singledispatchmethod', 'total_ordering', 'update_wrapper', 'wraps']
