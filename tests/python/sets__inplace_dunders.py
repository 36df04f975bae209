# set's in-place operator methods are attributes: called directly they
# change the set in place and return it, or return NotImplemented for an
# operand that is not a set; frozenset has none of them.

s = {1, 2}
r = s.__ior__({3})
print(r is s, sorted(s))
print(s.__iand__(frozenset({2, 3, 4})) is s, sorted(s))
print(s.__isub__({2}) is s, sorted(s))
print(s.__ixor__({5}) is s, sorted(s))
print(s.__ior__([7]), sorted(s))
print(set.__ior__(s, {8}) is s, sorted(s))
print(hasattr(set, "__ior__"), hasattr(frozenset, "__ior__"))
try:
    s.__ior__()
except TypeError:
    print("TypeError without an operand")

# A subclass inherits them; its own override wins.
class S(set):
    pass

t = S({1})
u = t
t |= {2}
print(type(t).__name__, t is u, sorted(u))

class Loud(set):
    def __ior__(self, other):
        print("Loud.__ior__", sorted(other))
        return super().__ior__(other)

l = Loud({1})
m = l
l |= {9}
print(type(l).__name__, l is m, sorted(m))

# Operators on a non-set operand still raise TypeError.
try:
    s |= [1]
except TypeError as e:
    print("TypeError:", e)

# Output:
# True [1, 2, 3]
# True [2, 3]
# True [3]
# True [3, 5]
# NotImplemented [3, 5]
# True [3, 5, 8]
# True False
# TypeError without an operand
# S True [1, 2]
# Loud.__ior__ [9]
# Loud True [1, 9]
# TypeError: unsupported operand type(s) for |=: 'set' and 'list'
