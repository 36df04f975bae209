# Deleting keys keeps the order of the others; holes left by deletions are
# invisible to every view, iterator, copy, comparison and method.

d = {k: k * k for k in range(20)}
for k in range(0, 20, 3):
    del d[k]
print(list(d))
print(list(d.values())[:5], list(d.items())[-2:])
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(len(d), 3 in d, 4 in d, d.get(6), d.get(7))

# Re-insertion goes to the end; replacing a value keeps the position.
d[0] = "zero"
d[4] = "four"
print(list(d)[-3:], d[4])

# popitem takes the last live entry, past holes.
del d[0]
print(d.popitem(), list(d)[-1])

# Delete everything, then reuse.
e = dict.fromkeys(range(1000))
for k in range(1000):
    del e[k]
print(e, len(e), list(e))
e["a"] = 1
print(e)

# Many rounds of insert/delete (the table squeezes its holes out).
f = {}
for i in range(5000):
    f[i] = i
    if i >= 10:
        del f[i - 10]
print(list(f), sum(f.values()))

# next(iter(d)) skips holes at the front.
g = dict.fromkeys("abcdef")
del g["a"], g["b"]
print(next(iter(g)), next(iter(g.items())), next(iter(g.values())))

# Copies and comparisons ignore holes.
h = dict.fromkeys(range(10), 0)
for k in (1, 3, 5):
    del h[k]
c = h.copy()
print(c == h, c == dict.fromkeys([0, 2, 4, 6, 7, 8, 9], 0), list(c))
print(dict(h) == h, {**h} == h, list({**h}))

# Changing a dict while iterating over it.
m = {1: 1, 2: 2, 3: 3}
try:
    for k in m:
        del m[k]
except RuntimeError as exc:
    print("RuntimeError:", exc)
m = {1: 1, 2: 2}
try:
    for k in m:
        del m[k]
        m[k + 10] = 1
except RuntimeError as exc:
    print("RuntimeError:", exc)
print(m)
m = {1: 1, 2: 2, 3: 3}
try:
    for k in m.items():
        m[k[0] + 100] = 0
except RuntimeError as exc:
    print("RuntimeError:", exc)

# Instance dicts and class dicts: deleting attributes.
class A:
    x = 1
    y = 2
a = A()
for n in "pqrs":
    setattr(a, n, n)
del a.q
del a.p
print(vars(a), a.r, getattr(a, "p", "gone"))
a.p = "again"
print(list(vars(a)))
del A.x
print(hasattr(A, "x"), A.y, [k for k in A.__dict__ if not k.startswith("__")])

# Sets share the table.
s = set(range(10))
for k in range(0, 10, 2):
    s.discard(k)
print(sorted(s), len(s), 4 in s, 5 in s)
s.add(4)
print(sorted(s), len(s))
fs = frozenset(s)
print(sorted(fs), len(fs), fs == s)
t = set(range(100))
while t:
    t.pop()
print(t, len(t))

# Output:
# [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19]
# [1, 4, 16, 25, 49] [(17, 289), (19, 361)]
# [19, 17, 16, 14, 13, 11, 10, 8, 7, 5, 4, 2, 1] [(19, 361), (17, 289)]
# 13 False True None 49
# [17, 19, 0] four
# (19, 361) 17
# {} 0 []
# {'a': 1}
# [4990, 4991, 4992, 4993, 4994, 4995, 4996, 4997, 4998, 4999] 49945
# c ('c', None) None
# True True [0, 2, 4, 6, 7, 8, 9]
# True True [0, 2, 4, 6, 7, 8, 9]
# RuntimeError: dictionary changed size during iteration
# RuntimeError: dictionary keys changed during iteration
# {11: 1, 12: 1}
# RuntimeError: dictionary changed size during iteration
# {'r': 'r', 's': 's'} r gone
# ['r', 's', 'p']
# False 2 ['y']
# [1, 3, 5, 7, 9] 5 False True
# [1, 3, 4, 5, 7, 9] 6
# [1, 3, 4, 5, 7, 9] 6 True
# set() 0
