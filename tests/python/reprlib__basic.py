# reprlib: Repr's limits for each type (tuple, list, array, set,
# frozenset, deque, dict, str, int, other objects, nesting level,
# fillvalue), a Repr subclass with a method of its own, the module's
# aRepr/repr, and recursive_repr.
import array
import collections
import reprlib

r = reprlib.Repr()
print(sorted(vars(r).items()))
print(r.repr(tuple(range(10))), r.repr((1,)), r.repr(()))
print(r.repr(list(range(10))), r.repr([]), r.repr([[[[[[[[1]]]]]]]]))
print(r.repr(array.array("i", range(10))), r.repr(array.array("d")))
print(r.repr(set(range(10))), r.repr(set()), r.repr(frozenset(range(3, 12))),
      r.repr(frozenset()))
print(r.repr(collections.deque(range(10))))
print(r.repr({i: str(i) for i in range(10)}), r.repr({}),
      r.repr({"b": 1, 2: "a"}))
print(r.repr("x" * 100), r.repr("short"), r.repr("a'b" * 20))
print(r.repr(10**50), r.repr(-10**39), r.repr(1.5), r.repr(None))
print(r.repr({1: {2: {3: {4: {5: {6: {7: 1}}}}}}}))


class Long:
    def __repr__(self):
        return "L" * 50


class Broken:
    def __repr__(self):
        raise ValueError("no")


print(r.repr(Long()), r.repr(Broken()).startswith("<Broken instance at 0x"))
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = "~~"
print(r.repr(list(range(5))), r.repr("abcdefghijklmnop"), r.repr([[[1]]]),
      r.repr((1, (2, (3,)))))
r.maxlong = 5
print(r.repr(123456789), r.repr(12345))
r.maxother = 3
print(r.repr(Long()))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return "int!"

    def repr_Long(self, x, level):
        return "long!"


print(MyRepr().repr([1, Long(), "s"]))

print(reprlib.repr("y" * 40), reprlib.aRepr.maxstring)
reprlib.aRepr.maxstring = 8
print(reprlib.repr("y" * 40))
reprlib.aRepr.maxstring = 30


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    @reprlib.recursive_repr()
    def __repr__(self):
        """node repr"""
        return "Node(%s, %r)" % (self.name, self.children)


n = Node("a")
n.children.append(n)
n.children.append(Node("b"))
print(repr(n))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__)


class Other(list):
    @reprlib.recursive_repr("<...>")
    def __repr__(self):
        return "Other" + list.__repr__(self)


o = Other([1])
o.append(o)
print(repr(o))
print(reprlib.__all__)
try:
    reprlib.Repr(maxlevel=3)
except TypeError as e:
    print("TypeError")

# Output:
# [('fillvalue', '...'), ('maxarray', 5), ('maxdeque', 6), ('maxdict', 4), ('maxfrozenset', 6), ('maxlevel', 6), ('maxlist', 6), ('maxlong', 40), ('maxother', 30), ('maxset', 6), ('maxstring', 30), ('maxtuple', 6)]
# (0, 1, 2, 3, 4, 5, ...) (1,) ()
# [0, 1, 2, 3, 4, 5, ...] [] [[[[[[[...]]]]]]]
# array('i', [0, 1, 2, 3, 4, ...]) array('d')
# {0, 1, 2, 3, 4, 5, ...} set() frozenset({3, 4, 5, 6, 7, 8, ...}) frozenset()
# deque([0, 1, 2, 3, 4, 5, ...])
# {0: '0', 1: '1', 2: '2', 3: '3', ...} {} {'b': 1, 2: 'a'}
# 'xxxxxxxxxxxx...xxxxxxxxxxxxx' 'short' "a'ba'ba'ba'b...ba'ba'ba'ba'b"
# 100000000000000000...0000000000000000000 -10000000000000000...0000000000000000000 1.5 None
# {1: {2: {3: {4: {5: {6: {...}}}}}}}
# LLLLLLLLLLLLL...LLLLLLLLLLLLLL True
# [0, 1, ~~] 'ab~~nop' [[[~~]]] (1, (2, (~~)))
# 1~~9 12345
# ~~
# [int!, long!, 's']
# 'yyyyyyyyyyyy...yyyyyyyyyyyyy' 30
# 'y...yy'
# Node(a, [..., Node(b, [])])
# __repr__ Node.__repr__ node repr
# Other[1, <...>]
# ['Repr', 'repr', 'recursive_repr']
# TypeError
