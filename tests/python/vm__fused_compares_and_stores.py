# The dispatch loop fuses `local op local` / `local op const` followed by a
# conditional jump, and `value -> local.attr`, into single instructions that
# read their operands in place. Every fallback must behave exactly like the
# unfused instructions.

def pick(a, b):
    out = []
    if a < b:
        out.append("lt")
    if a <= b:
        out.append("le")
    if a == b:
        out.append("eq")
    if a != b:
        out.append("ne")
    if a > b:
        out.append("gt")
    if a >= b:
        out.append("ge")
    return out


def against_consts(a):
    out = []
    if a == 3:
        out.append("int")
    if a == 3.0:
        out.append("float")
    if a < "m":
        out.append("str<m")
    return out


nan = float("nan")
for a, b in [(1, 2), (2, 2), (3, 2), (1.5, 2.5), (2.0, 2), (2, 2.5), (nan, nan),
             (nan, 1.0), ("a", "b"), ("b", "a"), ("ab", "a"), ("", ""),
             ("é", "z"), ("z", "é"), ("\U0001f600", "\uffff"), (True, 1),
             (2**70, 2**70), (2**70, 3), ((1, 2), (1, 3)), ([1], [1])]:
    print(repr(a), repr(b), pick(a, b))

for a in [3, 3.0, True, "a", "z"]:
    try:
        print(repr(a), against_consts(a))
    except TypeError as e:
        print(repr(a), "TypeError", e)


class Loud:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("  __lt__", self.v, other.v)
        return self.v < other.v

    def __eq__(self, other):
        print("  __eq__", self.v, other.v)
        return "truthy" if self.v == other.v else ""


x, y = Loud(1), Loud(2)
print(pick(x, y) if False else None)
if x < y:
    print("x < y")
if x == Loud(1):
    print("x == Loud(1) (a str result is tested for truth)")


def mixed(a, b):
    if a < b:
        return "lt"
    return "not lt"


for a, b in [(1, "a"), ("a", None), (None, None)]:
    try:
        print(mixed(a, b))
    except TypeError as e:
        print("TypeError:", e)


def unbound(flag):
    if flag:
        n = 1
    if n < 2:
        return "small"
    return "big"


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def loop(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    s = "a"
    while s != "aaaa":
        s = s + "a"
    return total, s


print(loop(10), loop(0))


# Stores into an attribute of a local.
class P:
    __slots__ = ("a",)


class Watched:
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)


class Prop:
    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        print("  setter", value)
        self._v = value * 2


class Plain:
    pass


def store(o, value):
    o.v = value
    return o.v


p = Plain()
for value in [1, "two", [3], None]:
    print(store(p, value))
print(store(Watched(), 5), store(Prop(), 7))
for bad in [P(), 3, "s"]:
    try:
        store(bad, 1)
    except AttributeError as e:
        print("AttributeError:", e)

# The same code site, its cache filled by one class, then given another.
objs = [Plain(), Plain(), Watched(), Prop(), Plain()]
for o in objs:
    store(o, 10)
print([o.v for o in objs])


# The stored value is moved, not lost: it stays alive and reachable.
def keep(o):
    item = [1, 2, 3]
    o.v = item
    item.append(4)
    return o.v


print(keep(Plain()))

# Globals replaced in place and created.
G = 1


def set_globals():
    global G, H
    G = G + 1
    H = "new"
    G = "str"


set_globals()
print(G, H)


# Subscripts of a local by a local, read and stored in place.
def get(c, k):
    return c[k]


def put(c, k, v):
    c[k] = v
    return c


class L(list):
    def __getitem__(self, k):
        return ("L", list.__getitem__(self, k))


for c, k in [([10, 20, 30], 0), ([10, 20, 30], -1), ((1, 2), 1), ({"a": 1}, "a"),
             ("xyz", 1), (L([5, 6]), 1), ([7, 8], True), (range(5), 2)]:
    print(repr(c), repr(k), get(c, k))
for c, k in [([1], 1), ([1], -2), ((), 0), ([1], "a"), ({}, "missing"), (3, 0)]:
    try:
        get(c, k)
    except (IndexError, TypeError, KeyError) as e:
        print(type(e).__name__, e)

for c, k in [([0, 0], 1), ([0, 0], -2), ({}, "k"), ([0], False)]:
    print(put(c, k, "v"))
for c, k in [([0], 5), ((0,), 0), ("s", 0), ([0], 1.0)]:
    try:
        put(c, k, "v")
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)


def unbound_subscript(flag):
    if flag:
        k = 0
    data = [1]
    return data[k]


try:
    unbound_subscript(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def grid():
    rows = [[0] * 3 for _ in range(3)]
    i = 0
    while i < 3:
        j = 0
        while j < 3:
            row = rows[i]
            row[j] = i * 3 + j
            j += 1
        i += 1
    return rows


print(grid())

# Output:
# 1 2 ['lt', 'le', 'ne']
# 2 2 ['le', 'eq', 'ge']
# 3 2 ['ne', 'gt', 'ge']
# 1.5 2.5 ['lt', 'le', 'ne']
# 2.0 2 ['le', 'eq', 'ge']
# 2 2.5 ['lt', 'le', 'ne']
# nan nan ['ne']
# nan 1.0 ['ne']
# 'a' 'b' ['lt', 'le', 'ne']
# 'b' 'a' ['ne', 'gt', 'ge']
# 'ab' 'a' ['ne', 'gt', 'ge']
# '' '' ['le', 'eq', 'ge']
# 'é' 'z' ['ne', 'gt', 'ge']
# 'z' 'é' ['lt', 'le', 'ne']
# '😀' '\uffff' ['ne', 'gt', 'ge']
# True 1 ['le', 'eq', 'ge']
# 1180591620717411303424 1180591620717411303424 ['le', 'eq', 'ge']
# 1180591620717411303424 3 ['ne', 'gt', 'ge']
# (1, 2) (1, 3) ['lt', 'le', 'ne']
# [1] [1] ['le', 'eq', 'ge']
# 3 TypeError '<' not supported between instances of 'int' and 'str'
# 3.0 TypeError '<' not supported between instances of 'float' and 'str'
# True TypeError '<' not supported between instances of 'bool' and 'str'
# 'a' ['str<m']
# 'z' []
# None
#   __lt__ 1 2
# x < y
#   __eq__ 1 1
# x == Loud(1) (a str result is tested for truth)
# TypeError: '<' not supported between instances of 'int' and 'str'
# TypeError: '<' not supported between instances of 'str' and 'NoneType'
# TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'
# small
# UnboundLocalError: cannot access local variable 'n' where it is not associated with a value
# (45, 'aaaa') (0, 'aaaa')
# 1
# two
# [3]
# None
#   setattr v 5
#   setter 7
# 5 14
# AttributeError: 'P' object has no attribute 'v'
# AttributeError: 'int' object has no attribute 'v'
# AttributeError: 'str' object has no attribute 'v'
#   setattr v 10
#   setter 10
# [10, 10, 10, 20, 10]
# [1, 2, 3, 4]
# str new
# [10, 20, 30] 0 10
# [10, 20, 30] -1 30
# (1, 2) 1 2
# {'a': 1} 'a' 1
# 'xyz' 1 y
# [5, 6] 1 ('L', 6)
# [7, 8] True 8
# range(0, 5) 2 2
# IndexError list index out of range
# IndexError list index out of range
# IndexError tuple index out of range
# TypeError list indices must be integers or slices, not str
# KeyError 'missing'
# TypeError 'int' object is not subscriptable
# [0, 'v']
# ['v', 0]
# {'k': 'v'}
# ['v']
# IndexError list assignment index out of range
# TypeError 'tuple' object does not support item assignment
# TypeError 'str' object does not support item assignment
# TypeError list indices must be integers or slices, not float
# UnboundLocalError: cannot access local variable 'k' where it is not associated with a value
# [[0, 1, 2], [3, 4, 5], [6, 7, 8]]
