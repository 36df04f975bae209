# heapq: heappush, heappop, heapify, heapreplace, heappushpop, merge
# (key, reverse), nlargest/nsmallest (key; equal keys keep their order),
# the max-heap privates; comparisons through user __lt__, whose errors
# propagate; error messages.
import heapq
from heapq import (heappush, heappop, heapify, heapreplace, heappushpop, merge,
                   nlargest, nsmallest)

h = []
for x in [5, 3, 8, 1, 9, 2, 7]:
    heappush(h, x)
print(h, [heappop(h) for _ in range(len(h))], h)
h = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapify(h)
print(h, heapreplace(h, 10), h, heappushpop(h, -1), heappushpop(h, 4), h)
print(heappushpop([], 3), heapify([]), heappop([1]))
h = ["pear", "apple", "fig"]
heapify(h)
print(h, heappop(h))
h = [(2, "b"), (1, "z"), (1, "a")]
heapify(h)
print([heappop(h) for _ in range(3)])


class Task:
    compares = 0

    def __init__(self, p, name):
        self.p, self.name = p, name

    def __lt__(self, other):
        Task.compares += 1
        return self.p < other.p

    def __repr__(self):
        return "%s:%d" % (self.name, self.p)


tasks = []
for i, p in enumerate([4, 1, 3, 1, 2]):
    heappush(tasks, Task(p, "t%d" % i))
print(tasks, Task.compares)
print([heappop(tasks) for _ in range(5)], Task.compares)


class Bad:
    def __lt__(self, other):
        raise ValueError("no order")


h = [1]
try:
    heappush(h, Bad())
except ValueError as e:
    print("ValueError:", e, len(h))
try:
    heappush([1, 2], "x")
except TypeError as e:
    print("TypeError:", e)

m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m)
print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)


class L(list):
    pass


sub = L([3, 2, 1])
heapify(sub)
heappush(sub, 0)
print(sub, type(sub).__name__)

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge([7, 5, 1], [8, 2], reverse=True)), list(merge()), list(merge([], [])))
print(list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(merge([3, 1], [2], key=lambda x: -x)), list(merge(iter([1, 2]), (3,))))
print(list(merge([1, 1], [1, 1], key=None, reverse=False)))

data = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
for n in [-1, 0, 1, 3, 11, 20]:
    print(n, nlargest(n, data), nsmallest(n, data), nlargest(n, iter(data)), nsmallest(n, iter(data)))
pairs = [(k % 3, i) for i, k in enumerate(range(12))]
print(nsmallest(5, pairs, key=lambda t: t[0]), nlargest(5, pairs, key=lambda t: t[0]))
print(nsmallest(4, iter(pairs), key=lambda t: t[0]), nlargest(4, iter(pairs), key=lambda t: t[0]))
print(nlargest(2, "hello"), nsmallest(1, []), nlargest(1, [], key=abs), nsmallest(2, {3: 0, 1: 0}))
print(sorted(heapq.__all__))

CASES = [
    "heappush((), 1)", "heappush([])", "heappop([])", "heappop(1)", "heapreplace([], 1)",
    "heapify(1)", "heapify([], 1)", "heappush([], 1, x=2)", "heappop()",
    "heapq._heappop_max([])", "heapq._heapreplace_max([], 1)", "heapq._heapify_max(())",
    "heappush(heap=[], item=1)", "heappushpop((), 1)", "heapreplace(None, 1)",
    "list(merge([1], 2))", "nlargest(2, 5)", "nsmallest('a', [1])",
]
for c in CASES:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)

# Output:
# [] [1, 2, 3, 5, 7, 8, 9] []
# [2, 4, 3, 6, 5, 4, 7, 9, 10, 8] 0 [2, 4, 3, 6, 5, 4, 7, 9, 10, 8] -1 1 [2, 4, 3, 6, 5, 4, 7, 9, 10, 8]
# 3 None 1
# ['fig', 'pear'] apple
# [(1, 'a'), (1, 'z'), (2, 'b')]
# [t1:1, t3:1, t2:3, t0:4, t4:2] 5
# [t1:1, t3:1, t4:2, t2:3, t0:4] 11
# ValueError: no order 2
# TypeError: '<' not supported between instances of 'str' and 'int'
# [5, 1, 4, 1, 0, 3, 2] 9 6 [5, 1, 4, 1, 0, 3, 2]
# [0, 1, 3, 2] L
# [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]
# [8, 7, 5, 2, 1] [] []
# ['dog', 'cat', 'fish', 'horse', 'kangaroo']
# [(1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
# [3, 2, 1] [1, 2, 3]
# [1, 1, 1, 1]
# -1 [] [] [] []
# 0 [] [] [] []
# 1 [42] [-4] [42] [-4]
# 3 [42, 37, 23] [-4, 1, 2] [42, 37, 23] [-4, 1, 2]
# 11 [42, 37, 23, 23, 18, 8, 7, 2, 2, 1, -4] [-4, 1, 2, 2, 7, 8, 18, 23, 23, 37, 42] [42, 37, 23, 23, 18, 8, 7, 2, 2, 1, -4] [-4, 1, 2, 2, 7, 8, 18, 23, 23, 37, 42]
# 20 [42, 37, 23, 23, 18, 8, 7, 2, 2, 1, -4] [-4, 1, 2, 2, 7, 8, 18, 23, 23, 37, 42] [42, 37, 23, 23, 18, 8, 7, 2, 2, 1, -4] [-4, 1, 2, 2, 7, 8, 18, 23, 23, 37, 42]
# [(0, 0), (0, 3), (0, 6), (0, 9), (1, 1)] [(2, 2), (2, 5), (2, 8), (2, 11), (1, 1)]
# [(0, 0), (0, 3), (0, 6), (0, 9)] [(2, 2), (2, 5), (2, 8), (2, 11)]
# ['o', 'l'] [] [] [1, 3]
# ['heapify', 'heappop', 'heappush', 'heappushpop', 'heapreplace', 'merge', 'nlargest', 'nsmallest']
# heappush((), 1) -> TypeError: heappush() argument 1 must be list, not tuple
# heappush([]) -> TypeError: heappush expected 2 arguments, got 1
# heappop([]) -> IndexError: index out of range
# heappop(1) -> TypeError: heappop() argument must be list, not int
# heapreplace([], 1) -> IndexError: index out of range
# heapify(1) -> TypeError: heapify() argument must be list, not int
# heapify([], 1) -> TypeError: _heapq.heapify() takes exactly one argument (2 given)
# heappush([], 1, x=2) -> TypeError: _heapq.heappush() takes no keyword arguments
# heappop() -> TypeError: _heapq.heappop() takes exactly one argument (0 given)
# heapq._heappop_max([]) -> IndexError: index out of range
# heapq._heapreplace_max([], 1) -> IndexError: index out of range
# heapq._heapify_max(()) -> TypeError: _heapify_max() argument must be list, not tuple
# heappush(heap=[], item=1) -> TypeError: _heapq.heappush() takes no keyword arguments
# heappushpop((), 1) -> TypeError: heappushpop() argument 1 must be list, not tuple
# heapreplace(None, 1) -> TypeError: heapreplace() argument 1 must be list, not None
# list(merge([1], 2)) -> TypeError: 'int' object is not iterable
# nlargest(2, 5) -> TypeError: 'int' object is not iterable
# nsmallest('a', [1]) -> TypeError: '>=' not supported between instances of 'str' and 'int'
