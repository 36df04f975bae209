# deque: every method, maxlen (incl. 0), errors, subclassing, reprs.
from collections import deque


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


d = deque([1, 2, 3])
print(d, len(d), d.maxlen, bool(d), bool(deque()))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
d.extend(d)
print(d, len(d))
d.extendleft(d)
print(len(d), d[0], d[-1])
d.clear()
print(d, len(d))

# maxlen
m = deque(range(5), maxlen=3)
print(m, m.maxlen)
m.append(9)
print(m)
m.appendleft(-1)
print(m)
m.extend([7, 8])
print(m)
m.extendleft("xy")
print(m)
z = deque([1, 2], maxlen=0)
z.append(1)
z.appendleft(2)
z.extend(range(10))
print(z, len(z), z.maxlen)
print(deque(maxlen=None).maxlen, deque([], 2).maxlen, deque(iterable=[1], maxlen=2))

# rotate
r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(100)
print(r)
r.rotate(0)
print(r)
deque().rotate(5)

# count / index / insert / remove / reverse
c = deque("abracadabra")
print(c.count("a"), c.count("z"), c.index("r"), c.index("a", 1), c.index("a", 4, 8))
print(c.index("a", -3), c.index("b", -100, 100))
attempt("index missing", lambda: c.index("z"))
attempt("index range", lambda: c.index("b", 2, 5))
attempt("index bad start", lambda: c.index("a", "x"))
c.insert(0, "S")
c.insert(-1, "P")
c.insert(100, "E")
c.insert(-100, "F")
print(c)
c.remove("a")
print(c)
attempt("remove missing", lambda: c.remove("q"))
c.reverse()
print(c)
full = deque([1, 2], maxlen=2)
attempt("insert full", lambda: full.insert(0, 3))
attempt("insert maxlen 0", lambda: deque(maxlen=0).insert(0, 1))

# indexing
g = deque(range(10))
print(g[0], g[9], g[-1], g[-10], 5 in g, 50 in g)
g[3] = "three"
g[-1] = "last"
del g[0]
del g[-2]
print(g)
attempt("getitem range", lambda: g[20])
attempt("getitem neg range", lambda: g[-20])
attempt("getitem slice", lambda: g[1:2])
attempt("getitem str", lambda: g["a"])
attempt("setitem range", lambda: g.__setitem__(50, 1))
attempt("delitem range", lambda: g.__delitem__(-50))

# empty pops
attempt("pop empty", lambda: deque().pop())
attempt("popleft empty", lambda: deque().popleft())

# construction errors
attempt("maxlen negative", lambda: deque(maxlen=-1))
attempt("maxlen str", lambda: deque(maxlen="3"))
attempt("not iterable", lambda: deque(1))
attempt("too many", lambda: deque([], 2, 3))
attempt("bad keyword", lambda: deque(x=1))
attempt("count no arg", lambda: deque().count())
attempt("append two", lambda: deque().append(1, 2))
attempt("rotate str", lambda: deque().rotate("a"))
attempt("extend int", lambda: deque().extend(1))
try:
    hash(deque())
except TypeError:
    print("hash TypeError (unhashable)")

# __init__ again replaces the contents
again = deque([1, 2, 3])
again.__init__([9], 4)
print(again)

# iteration and mutation
it_d = deque([1, 2, 3])
print(list(it_d), list(reversed(it_d)), [x * 2 for x in it_d])
try:
    for x in it_d:
        it_d.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter(deque([1, 2]))
src = deque([1, 2])
it2 = iter(src)
next(it2)
src.pop()
attempt("next after mutation", lambda: next(it2))
attempt("next again", lambda: next(it2))
rv = reversed(deque("abc"))
print(next(rv), list(rv))
it3 = iter(deque(range(4)))
next(it3)
print(it3.__length_hint__())


class Evil:
    def __init__(self, target):
        self.target = target

    def __eq__(self, other):
        self.target.clear()
        return False


victim = deque([1, 2, 3])
attempt("count mutated", lambda: victim.count(Evil(victim)))
victim = deque([1, 2, 3])
attempt("index mutated", lambda: victim.index(Evil(victim)))
victim = deque([1, 2, 3])
attempt("remove mutated", lambda: victim.remove(Evil(victim)))

# comparisons and operators
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b, a == deque([1, 2, 3]))
print(a == [1, 2, 3], deque() == deque(maxlen=3))
try:
    a < [1]
except TypeError:
    print("lt list TypeError")
print(a + b, a * 2, 2 * a, a * 0, a * -1)
print(deque([1, 2], maxlen=3) + deque([3, 4]), deque([1, 2], 3) * 3)
attempt("add list", lambda: a + [1])
attempt("mul str", lambda: a * "x")
i = deque([1])
j = i
i += [2, 3]
i *= 2
print(i, i is j)
i += i
print(i)
k = deque([1, 2], maxlen=5)
k *= 4
print(k)
k *= 0
print(k)

# repr, recursion
rr = deque()
rr.append(rr)
print(rr)
rr2 = deque([1], maxlen=4)
rr2.append([rr2])
print(rr2)
print(repr(deque(["a", None, 1.5])), str(deque([1])))

# copy, reduce
cp = deque([1, [2]], maxlen=5)
c2 = cp.copy()
c3 = cp.__copy__()
print(c2, c2 is cp, c2[1] is cp[1], c3)
red = cp.__reduce__()
print(red[0].__name__, red[1], red[2], list(red[3]))
print(deque([1]).__reduce__()[1])


# subclassing
class Ring(deque):
    def __init__(self, items, size):
        super().__init__(items, size)
        self.label = "ring"

    def total(self):
        return sum(self)


rg = Ring([1, 2, 3], 4)
rg.append(4)
rg.append(5)
print(rg, rg.total(), rg.label, isinstance(rg, deque), type(rg).__name__, len(rg))
print(rg == deque([2, 3, 4, 5]), list(reversed(rg)), rg[0])


class Plain(deque):
    pass


pl = Plain("ab")
pl2 = pl.copy()
print(pl, type(pl2).__name__, pl + deque("c"), type(pl * 2).__name__)
pl.x = 1
print(pl.__reduce__()[1:3])
print(type(deque).__name__, deque.__name__, deque.__module__)
print(deque.maxlen.__doc__)

# Output:
# deque([1, 2, 3]) 3 None True False
# deque([1, 2, 3]) 4 0 deque([1, 2, 3])
# deque([20, 10, 1, 2, 3, 'a', 'b'])
# deque([20, 10, 1, 2, 3, 'a', 'b', 20, 10, 1, 2, 3, 'a', 'b']) 14
# 28 b b
# deque([]) 0
# deque([2, 3, 4], maxlen=3) 3
# deque([3, 4, 9], maxlen=3)
# deque([-1, 3, 4], maxlen=3)
# deque([4, 7, 8], maxlen=3)
# deque(['y', 'x', 4], maxlen=3)
# deque([], maxlen=0) 0 0
# None 2 deque([1], maxlen=2)
# deque([5, 0, 1, 2, 3, 4])
# deque([3, 4, 5, 0, 1, 2])
# deque([1, 2, 3, 4, 5, 0])
# deque([3, 4, 5, 0, 1, 2])
# deque([3, 4, 5, 0, 1, 2])
# 5 0 2 3 5
# 10 1
# index missing ValueError 'z' is not in deque
# index range ValueError 'b' is not in deque
# index bad start TypeError slice indices must be integers or have an __index__ method
# deque(['F', 'S', 'a', 'b', 'r', 'a', 'c', 'a', 'd', 'a', 'b', 'r', 'P', 'a', 'E'])
# deque(['F', 'S', 'b', 'r', 'a', 'c', 'a', 'd', 'a', 'b', 'r', 'P', 'a', 'E'])
# remove missing ValueError 'q' is not in deque
# deque(['E', 'a', 'P', 'r', 'b', 'a', 'd', 'a', 'c', 'a', 'r', 'b', 'S', 'F'])
# insert full IndexError deque already at its maximum size
# insert maxlen 0 IndexError deque already at its maximum size
# 0 9 9 0 True False
# deque([1, 2, 'three', 4, 5, 6, 7, 'last'])
# getitem range IndexError deque index out of range
# getitem neg range IndexError deque index out of range
# getitem slice TypeError sequence index must be integer, not 'slice'
# getitem str TypeError sequence index must be integer, not 'str'
# setitem range IndexError deque index out of range
# delitem range IndexError deque index out of range
# pop empty IndexError pop from an empty deque
# popleft empty IndexError pop from an empty deque
# maxlen negative ValueError maxlen must be non-negative
# maxlen str TypeError an integer is required
# not iterable TypeError 'int' object is not iterable
# too many TypeError deque() takes at most 2 arguments (3 given)
# bad keyword TypeError 'x' is an invalid keyword argument for deque()
# count no arg TypeError deque.count() takes exactly one argument (0 given)
# append two TypeError deque.append() takes exactly one argument (2 given)
# rotate str TypeError 'str' object cannot be interpreted as an integer
# extend int TypeError 'int' object is not iterable
# hash TypeError (unhashable)
# deque([9], maxlen=4)
# [1, 2, 3] [3, 2, 1] [2, 4, 6]
# RuntimeError deque mutated during iteration
# next after mutation RuntimeError deque mutated during iteration
# next again RuntimeError deque mutated during iteration
# c ['b', 'a']
# 3
# count mutated RuntimeError deque mutated during iteration
# index mutated RuntimeError deque mutated during iteration
# remove mutated IndexError deque mutated during iteration
# False True True True False False True
# False True
# lt list TypeError
# deque([1, 2, 3, 1, 2, 4]) deque([1, 2, 3, 1, 2, 3]) deque([1, 2, 3, 1, 2, 3]) deque([]) deque([])
# deque([2, 3, 4], maxlen=3) deque([2, 1, 2], maxlen=3)
# add list TypeError can only concatenate deque (not "list") to deque
# mul str TypeError can't multiply sequence by non-int of type 'str'
# deque([1, 2, 3, 1, 2, 3]) True
# deque([1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3])
# deque([2, 1, 2, 1, 2], maxlen=5)
# deque([], maxlen=5)
# deque([[...]])
# deque([1, [[...]]], maxlen=4)
# deque(['a', None, 1.5]) deque([1])
# deque([1, [2]], maxlen=5) False True deque([1, [2]], maxlen=5)
# deque ((), 5) None [1, [2]]
# ()
# Ring([2, 3, 4, 5], maxlen=4) 14 ring True Ring 4
# True [5, 4, 3, 2] 2
# Plain(['a', 'b']) Plain Plain(['a', 'b', 'c']) Plain
# ((), {'x': 1})
# type deque collections
# maximum size of a deque or None if unbounded
