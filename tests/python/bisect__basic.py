# bisect: bisect_left, bisect_right (bisect), insort_left, insort_right
# (insort) with lo, hi and key; user __lt__ and sequences other than
# lists; error messages.
import bisect
from bisect import bisect_left, bisect_right, insort_left, insort_right, insort

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 2), bisect_left(a, 2, lo=4, hi=6))
print(bisect_left(a, 5, 0, None), bisect_right(a, 2, hi=-1), bisect_left(a, 2, 0, -5))
print(bisect_left([], 1), bisect_right([], 1), bisect_left(a, 2, 10), bisect_right(a, 2, 3, 3))
print(bisect_left("acegi", "d"), bisect_right((1, 3, 5), 3), bisect_left(range(0, 100, 3), 50))
recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
print(bisect_left(recs, 3, 2, key=lambda r: r[1]), bisect.bisect(recs, 0, key=lambda r: r[1]))

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
c = [1.0, 2.0]
insort_left(c, 1)
insort_right(c, 2)
print(c, [type(v).__name__ for v in c])
insort_left(c, 0, lo=1)
insort_right(c, 100, hi=1)
print(c)
keyed = [("x", 1), ("y", 5)]
insort(keyed, ("z", 3), key=lambda r: r[1])
insort_left(keyed, ("w", 5), key=lambda r: r[1])
insort_right(keyed, ("v", 5), key=lambda r: r[1])
print(keyed)


class Grade:
    compares = 0

    def __init__(self, g):
        self.g = g

    def __lt__(self, other):
        Grade.compares += 1
        return self.g < other.g

    def __repr__(self):
        return "G%d" % self.g


gs = [Grade(i) for i in range(0, 100, 10)]
print(bisect_left(gs, Grade(35)), Grade.compares)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert", i, x)
        self.items.insert(i, x)


s = Seq([1, 3, 5])
insort(s, 4)
print(bisect_left(s, 3), s.items)

CASES = [
    "bisect_left([1, 2], 1, -1)", "bisect_left(1, 1)", "bisect_left([1], 'a')", "bisect_left()",
    "bisect_left([1])", "bisect_left([1, 2, 3], 2, hi=10)", "bisect_left([1, 2], 1, 'a')",
    "bisect_left([1, 2], 1, 0, 'a')", "bisect_left([1, 2], 1, lo=None)", "insort(1, 2)",
    "insort((1, 2), 2)", "bisect_right([1, 2], 1, 0, 2, 3)", "bisect_left([1, 2], 1, x=2)",
    "bisect_left([1, 2], 1, 2**70)", "bisect_left([1, 2], 1, 0, 2**70)",
    "bisect_left([1, 2], 1, key=1)", "insort_left([1], 2, y=3)", "bisect_right([1], 1, a=[1])",
]
for c in CASES:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

# Output:
# 0 0 0 0
# 1 0 1 1
# 2 1 4 4
# 3 4 5 5
# 4 5 5 5
# 8 6 7 7
# 9 7 7 7
# 2 2 4
# 5 4 0
# 0 0 10 3
# 2 2 17
# 1 3
# 2 0
# [1, 1, 2, 4, 5, 5, 6, 9]
# [1, 1.0, 2.0, 2] ['int', 'float', 'float', 'int']
# [1, 100, 0, 1.0, 2.0, 2]
# [('x', 1), ('z', 3), ('w', 5), ('y', 5), ('v', 5)]
# 4 4
# insert 2 4
# 1 [1, 3, 4, 5]
# bisect_left([1, 2], 1, -1) -> ValueError: lo must be non-negative
# bisect_left(1, 1) -> TypeError: object of type 'int' has no len()
# bisect_left([1], 'a') -> TypeError: '<' not supported between instances of 'int' and 'str'
# bisect_left() -> TypeError: bisect_left() missing required argument 'a' (pos 1)
# bisect_left([1]) -> TypeError: bisect_left() missing required argument 'x' (pos 2)
# bisect_left([1, 2, 3], 2, hi=10) -> IndexError: list index out of range
# bisect_left([1, 2], 1, 'a') -> TypeError: 'str' object cannot be interpreted as an integer
# bisect_left([1, 2], 1, 0, 'a') -> TypeError: argument should be integer or None, not 'str'
# bisect_left([1, 2], 1, lo=None) -> TypeError: 'NoneType' object cannot be interpreted as an integer
# insort(1, 2) -> TypeError: object of type 'int' has no len()
# insort((1, 2), 2) -> AttributeError: 'tuple' object has no attribute 'insert'
# bisect_right([1, 2], 1, 0, 2, 3) -> TypeError: bisect_right() takes at most 4 positional arguments (5 given)
# bisect_left([1, 2], 1, x=2) -> TypeError: argument for bisect_left() given by name ('x') and position (2)
# bisect_left([1, 2], 1, 2**70) -> OverflowError: Python int too large to convert to C ssize_t
# bisect_left([1, 2], 1, 0, 2**70) -> OverflowError: cannot fit 'int' into an index-sized integer
# bisect_left([1, 2], 1, key=1) -> TypeError: 'int' object is not callable
# insort_left([1], 2, y=3) -> TypeError: 'y' is an invalid keyword argument for insort_left()
# bisect_right([1], 1, a=[1]) -> TypeError: argument for bisect_right() given by name ('a') and position (1)
