# In-place operators on instances of list, set and dict subclasses work on the
# instance itself (the name stays bound to the same object, its class kept),
# unless the subclass defines its own __iop__.

class L(list):
    pass

class S(set):
    pass

class D(dict):
    pass

y = L([1]); z = y
y += [2]
print(type(y).__name__, y is z, z)
y += (3, 4)
print(type(y).__name__, y is z, z)
y *= 2
print(type(y).__name__, y is z, z)
y *= 0
print(type(y).__name__, y is z, z)

s = S({1}); t = s
s |= {2}
print(type(s).__name__, s is t, sorted(t))
s &= frozenset({2, 3})
print(type(s).__name__, s is t, sorted(t))
s -= {2}
print(type(s).__name__, s is t, sorted(t))
s ^= S({5, 6})
print(type(s).__name__, s is t, sorted(t))
try:
    s |= [7]
except TypeError as e:
    print("TypeError:", e)
print(sorted(t))

d = D(a=1); e = d
d |= {'b': 2}
print(type(d).__name__, d is e, e)
d |= [('c', 3)]
print(type(d).__name__, d is e, e)

# A plain list extended by a subclass instance stays a plain list.
p = [0]; q = p
p += L([1])
print(type(p).__name__, p is q, p)

# The subclass's own __iadd__ wins, and its result is what the name gets.
class Logged(list):
    def __iadd__(self, other):
        print("Logged.__iadd__", other)
        return "replaced"

w = Logged([1])
w += [2]
print(w)

# Only __add__ defined: += still extends in place (list.__iadd__ is inherited).
class Added(list):
    def __add__(self, other):
        return "added"

a = Added([1]); b = a
a += [2]
print(type(a).__name__, a is b, b)
print(a + [3])

# __iadd__ returning NotImplemented falls back to __add__.
class NI(list):
    def __iadd__(self, other):
        return NotImplemented

n = NI([1]); m = n
n += [2]
print(type(n).__name__, n is m, n, m)

# Tuples and strs are immutable: += rebinds to a new plain object.
class T(tuple):
    pass

u = T((1,)); v = u
u += (2,)
print(type(u).__name__, u is v, u)

class U(str):
    pass

k = U("a"); j = k
k += "b"
print(type(k).__name__, k is j, k)

# Attributes on the instance survive.
y2 = L([1])
y2.tag = "kept"
y2 += [2]
print(y2.tag, y2)

# Output:
# L True [1, 2]
# L True [1, 2, 3, 4]
# L True [1, 2, 3, 4, 1, 2, 3, 4]
# L True []
# S True [1, 2]
# S True [2]
# S True []
# S True [5, 6]
# TypeError: unsupported operand type(s) for |=: 'S' and 'list'
# [5, 6]
# D True {'a': 1, 'b': 2}
# D True {'a': 1, 'b': 2, 'c': 3}
# list True [0, 1]
# Logged.__iadd__ [2]
# replaced
# Added True [1, 2]
# added
# list False [1, 2] [1]
# tuple False (1, 2)
# str False ab
# kept [1, 2]
