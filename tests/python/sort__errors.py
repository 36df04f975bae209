# What a failing sort leaves behind, as CPython: a key that raises leaves
# the list untouched; a comparison that raises leaves a permutation (all
# items kept); a key that changes the list is caught; __lt__ is the only
# comparison asked; a __lt__ returning non-bools is taken by truth.

class Bad:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError("no 3")
        return self.v < other.v

    def __repr__(self):
        return "Bad(%d)" % self.v


xs = [Bad(v) for v in [5, 1, 4, 3, 2, 9, 0, 7]]
try:
    xs.sort()
except ValueError as e:
    print("ValueError", e)
print(sorted(b.v for b in xs), len(xs))

ys = list(range(10, 0, -1))
calls = []


def key(x):
    calls.append(x)
    if x == 4:
        raise KeyError(x)
    return -x


try:
    ys.sort(key=key)
except KeyError as e:
    print("KeyError", e)
print(ys, calls)

zs = [3, 1, 2]


def meddle(x):
    zs.append(x)
    return x


try:
    zs.sort(key=meddle)
except ValueError as e:
    print("ValueError", e)
print(zs)


class OnlyLt:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return "yes" if self.v < other.v else ""

    def __gt__(self, other):
        raise AssertionError("sort asked >")

    def __repr__(self):
        return "O%d" % self.v


print(sorted([OnlyLt(v) for v in [3, 1, 2, 1]]))
print(sorted([OnlyLt(v) for v in [3, 1, 2, 1]], reverse=True))

try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
try:
    [(1, 2), (1, "x")].sort()
except TypeError as e:
    print("TypeError", e)
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,)]))
print(sorted([2.5, 1, True, -0.0, 0, 0.0, False]))
print(sorted(["b", "a", "\u00e9", "e", "E", ""]))
print(sorted([[2, 1], [1, 5], [1]]))
print(sorted({3: 1, 1: 2, 2: 3}.items(), key=lambda kv: kv[1], reverse=True))
big = list(range(5000))
print(sorted(big) == big, sorted(big, reverse=True) == big[::-1])

# itemgetter keys: tuples, lists, negative indexes, dicts, and the errors.
from operator import itemgetter
rows = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(rows, key=itemgetter(0)), sorted(rows, key=itemgetter(-1), reverse=True))
print(sorted([[2, 0], [1, 9], [1, 1]], key=itemgetter(0)))
print(sorted([{"a": 2}, {"a": 1}], key=itemgetter("a")))
print(sorted(["bc", "ab", "ca"], key=itemgetter(1)))
for bad in ([(1,), ()], [{"a": 1}, {}], [1, 2]):
    try:
        sorted(bad, key=itemgetter(0 if not isinstance(bad[0], dict) else "a"))
    except (IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

# Output:
# ValueError no 3
# [0, 1, 2, 3, 4, 5, 7, 9] 8
# KeyError 4
# [10, 9, 8, 7, 6, 5, 4, 3, 2, 1] [10, 9, 8, 7, 6, 5, 4]
# ValueError list modified during sort
# [1, 2, 3]
# [O1, O1, O2, O3]
# [O3, O2, O1, O1]
# TypeError '<' not supported between instances of 'str' and 'int'
# TypeError '<' not supported between instances of 'str' and 'int'
# [(0, 'z'), (1,), (1, 'a'), (1, 'b')]
# [-0.0, 0, 0.0, False, 1, True, 2.5]
# ['', 'E', 'a', 'b', 'e', 'é']
# [[1], [1, 5], [2, 1]]
# [(2, 3), (1, 2), (3, 1)]
# True True
# [(1, 'a'), (1, 'z'), (2, 'b'), (3, 'c')] [(1, 'z'), (3, 'c'), (2, 'b'), (1, 'a')]
# [[1, 9], [1, 1], [2, 0]]
# [{'a': 1}, {'a': 2}]
# ['ca', 'ab', 'bc']
# IndexError tuple index out of range
# KeyError 'a'
# TypeError 'int' object is not subscriptable
