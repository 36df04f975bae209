# islice (every form of start/stop/step, None, laziness: items read only as
# needed), groupby (key, the shared iterator: advancing the groupby ends the
# previous group) and tee (shared buffer, copies, n, __copy__).
from itertools import islice, groupby, tee, count

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(20), 1, 15, 4)), list(islice(range(5), None, None, None)))
print(list(islice(range(5), 0)), list(islice(range(5), 10)), list(islice(range(5), 3, 2)))
print(list(islice(count(), 5, 20, 7)), list(islice(range(10), True, 5)))
print(list(islice(range(10), 2**62)), list(islice(range(3), 2, 2**62, 2**62)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 3)), next(it))
it = iter(range(10))
s = islice(it, 1, 8, 3)
print(next(s), next(it), list(s))


def noisy(n):
    for i in range(n):
        print("  read", i)
        yield i


print(list(islice(noisy(10), 1, 4, 2)))
print(list(islice(noisy(3), 5)))

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 5, 7, 8], key=lambda x: x % 2)])
print([(k, "".join(g)) for k, g in groupby(["aa", "bb", "c", "dd", "e"], len)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby(iterable=[0, 0.0, False, 1], key=None)])
g = groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
g = groupby("aaab")
k1, g1 = next(g)
print(next(g1), k1)
k2, g2 = next(g)
print(list(g1), k2, list(g2), list(g))
groups = []
for k, grp in groupby("xxyz"):
    groups.append(grp)
print([list(x) for x in groups])
g = groupby([1, 1, 2])
k, grp = next(g)
print(next(grp), next(grp), list(grp), next(g)[0])
print(type(grp).__name__, iter(grp) is grp)

a, b = tee([1, 2, 3])
print(list(a), list(b), list(a))
a, b, c = tee(range(5), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(len(tee([1], 0)), len(tee("ab", 5)))
it = iter(range(200))
a, b = tee(it)
print(sum(a), next(b), sum(b))
a, b = tee("xyz")
c = a.__copy__()
print(next(a), list(c), list(b), list(a))
a, b = tee("abc")
x, y = tee(a)
print(type(x) is type(a), list(x), list(y), list(b))
d, = tee(count(), 1)
print(next(d), next(d))


def gen():
    yield 1
    yield 2


a, b = tee(gen())
print(next(b), next(a), next(b), list(a), list(b))

# Output:
# ['A', 'B'] ['C', 'D']
# ['C', 'D', 'E', 'F', 'G'] ['A', 'C', 'E', 'G']
# [1, 5, 9, 13] [0, 1, 2, 3, 4]
# [] [0, 1, 2, 3, 4] []
# [5, 12, 19] [1, 2, 3, 4]
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [2]
# [0, 1, 2] 3
# [2] 3
# 1 2 [5, 8]
#   read 0
#   read 1
#   read 2
#   read 3
# [1, 3]
#   read 0
#   read 1
#   read 2
# [0, 1, 2]
# [('A', ['A', 'A', 'A', 'A']), ('B', ['B', 'B', 'B']), ('C', ['C', 'C']), ('D', ['D']), ('A', ['A', 'A']), ('B', ['B', 'B', 'B'])]
# ['A', 'B', 'C', 'D']
# [(1, [1]), (0, [2]), (1, [3, 5, 7]), (0, [8])]
# [(2, 'aabb'), (1, 'c'), (2, 'dd'), (1, 'e')]
# [] [(0, [0, 0.0, False]), (1, [1])]
# a [] b ['b', 'b']
# a a
# [] b ['b'] []
# [[], [], []]
# 1 1 [] 2
# _grouper True
# [1, 2, 3] [1, 2, 3] []
# 0 1 0 [0, 1, 2, 3, 4] [2, 3, 4] [1, 2, 3, 4]
# 0 5
# 19900 0 19900
# x ['x', 'y', 'z'] ['x', 'y', 'z'] ['y', 'z']
# True ['a', 'b', 'c'] ['a', 'b', 'c'] ['a', 'b', 'c']
# 0 1
# 1 1 2 [2] []
