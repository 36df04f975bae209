# functools.lru_cache and cache: maxsize None/0/int (negative counts as
# 0), typed, bare and called forms, cache_info() (CacheInfo and its repr),
# cache_clear, cache_parameters, __wrapped__ and the wrapper attributes,
# LRU eviction order, keys from args and kwargs, methods, recursion,
# exceptions not cached.
from functools import lru_cache, cache

calls = []


@lru_cache
def double(x):
    "Double it."
    calls.append(x)
    return 2 * x


print(double(1), double(2), double(1), calls)
info = double.cache_info()
print(info, info.hits, info.misses, info.maxsize, info.currsize)
print(type(info).__name__, isinstance(info, tuple), tuple(info), info == (1, 2, 128, 2))
print(info._fields, info._asdict())
print(double.__name__, double.__doc__, double.__wrapped__(5), double.__qualname__)
print(double.cache_parameters())
double.cache_clear()
print(double.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    calls.append(("sq", x))
    return x * x


calls.clear()
for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info())

for size in [0, -3]:
    @lru_cache(maxsize=size)
    def nothing(x):
        return x
    nothing(1)
    nothing(1)
    print(size, nothing.cache_info(), nothing.cache_parameters())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind.cache_info())


@lru_cache()
def untyped(x):
    return type(x).__name__


print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())


@lru_cache(None)
def kw(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return len(calls)


calls.clear()
print(kw(1, a=2), kw(1, a=2), kw(1, b=2), kw(a=2, b=3), kw(b=3, a=2), kw((1,)), kw(1))
print(kw.cache_info())


@cache
def square(x):
    return x * x


print(square(4), square(4), square.cache_info(), square.cache_parameters())
print(square.__wrapped__ is not square, square.__name__)

n = 0


@lru_cache
def flaky(x):
    global n
    n += 1
    if n < 3:
        raise ValueError("try again %d" % n)
    return x


for _ in range(4):
    try:
        print(flaky(7))
    except ValueError as e:
        print(e)
print(flaky.cache_info())

try:
    lru_cache(maxsize="big")
except TypeError as e:
    print("TypeError:", e)
try:
    square([1])
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x):
        self.x = x

    @lru_cache(maxsize=8)
    def norm(self, scale=1):
        return abs(self.x) * scale

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return self.x == other.x


a, b = Point(-3), Point(-3)
print(a.norm(), b.norm(), a.norm(2), Point.norm.cache_info())


def plain(x):
    return x


wrapped = lru_cache(maxsize=4)(plain)
print(wrapped is not plain, wrapped.__wrapped__ is plain, wrapped(3), wrapped.cache_info())
plain.extra = "attr"
print(lru_cache(plain).extra)

# Output:
# 2 4 2 [1, 2]
# CacheInfo(hits=1, misses=2, maxsize=128, currsize=2) 1 2 128 2
# CacheInfo True (1, 2, 128, 2) True
# ('hits', 'misses', 'maxsize', 'currsize') {'hits': 1, 'misses': 2, 'maxsize': 128, 'currsize': 2}
# double Double it. 10 double
# {'maxsize': 128, 'typed': False}
# CacheInfo(hits=0, misses=0, maxsize=128, currsize=0)
# [('sq', 1), ('sq', 2), ('sq', 3), ('sq', 2), ('sq', 1)] CacheInfo(hits=2, misses=5, maxsize=2, currsize=2)
# 0 CacheInfo(hits=0, misses=2, maxsize=0, currsize=0) {'maxsize': 0, 'typed': False}
# -3 CacheInfo(hits=0, misses=2, maxsize=0, currsize=0) {'maxsize': 0, 'typed': False}
# 23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
# int float bool CacheInfo(hits=0, misses=3, maxsize=128, currsize=3)
# int float float CacheInfo(hits=1, misses=2, maxsize=128, currsize=2)
# 1 1 2 3 4 5 6
# CacheInfo(hits=1, misses=6, maxsize=None, currsize=6)
# 16 16 CacheInfo(hits=1, misses=1, maxsize=None, currsize=1) {'maxsize': None, 'typed': False}
# True square
# try again 1
# try again 2
# 7
# 7
# CacheInfo(hits=1, misses=3, maxsize=128, currsize=1)
# TypeError: Expected first argument to be an integer, a callable, or None
# TypeError: unhashable type: 'list'
# 3 3 6 CacheInfo(hits=1, misses=2, maxsize=8, currsize=2)
# True True 3 CacheInfo(hits=0, misses=1, maxsize=4, currsize=1)
# attr
