# Reading a property through LoadAttr's inline cache: every way the class
# can change after the cache is filled must be seen on the next read.
from collections import namedtuple


class Base:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 10


class Child(Base):
    pass


def read(o):
    return o.v


def read_all(objs):
    return [o.v for o in objs]


b, c = Base(), Child()
print(read(b), read(b), read(c), read(c))
# The instance dict does not shadow a property (a data descriptor).
b.__dict__["v"] = "in dict"
print(read(b))
# Replace the property on the class.
Base.v = property(lambda self: "replaced")
print(read(b), read(c))
# A subclass shadows it with a plain attribute.
Child.v = "plain on child"
print(read(b), read(c))
del Child.v
print(read(c))
# Delete it from the base: the dict entry shows through.
del Base.v
print(read(b))
try:
    read(c)
except AttributeError as e:
    print("AttributeError:", e)


class Late:
    @property
    def v(self):
        raise AttributeError("getter failed")


late = Late()
for _ in range(2):
    try:
        read(late)
    except AttributeError as e:
        print("AttributeError:", e)
# __getattr__ added after the cache was filled is honoured.
Late.__getattr__ = lambda self, name: "fallback for " + name
print(read(late), read(late))
del Late.__getattr__
try:
    read(late)
except AttributeError as e:
    print("AttributeError:", e)


# __getattribute__ added later wins over the property.
class Watched:
    @property
    def v(self):
        return "property"


w = Watched()
print(read(w), read(w))
Watched.__getattribute__ = lambda self, name: "getattribute " + name
print(read(w))
del Watched.__getattribute__
print(read(w))


# A write-only property.
class WriteOnly:
    v = property(None, lambda self, x: None)


try:
    read(WriteOnly())
except AttributeError as e:
    print("AttributeError:", e)

# Several classes through one site (the cache is per class).
Pt = namedtuple("Pt", "v w")
Other = namedtuple("Other", "w v")


class Slotted:
    __slots__ = ("_x",)

    def __init__(self):
        self._x = 7

    @property
    def v(self):
        return self._x


print(read_all([Pt(1, 2), Other(3, 4), Slotted(), Pt(5, 6), w, Slotted()]))


# Properties whose getter is a builtin (plain or bound).
class Odd:
    v = property(len)

    def __len__(self):
        return 3


odd = Odd()
print(read(odd), read(odd))
Odd.v = property([odd].__contains__)
print(read(odd), read(Odd()))
print(Pt.v.__doc__)


# A property on an exception subclass named like a payload attribute.
class E(Exception):
    @property
    def args(self):
        return ("from property",)


print([E("x").args for _ in range(3)])

# Output:
# 10 10 10 10
# 10
# replaced replaced
# replaced plain on child
# replaced
# in dict
# AttributeError: 'Child' object has no attribute 'v'
# AttributeError: getter failed
# AttributeError: getter failed
# fallback for v fallback for v
# AttributeError: getter failed
# property property
# getattribute v
# property
# AttributeError: property 'v' of 'WriteOnly' object has no getter
# [1, 4, 7, 5, 'property', 7]
# 3 3
# True False
# Alias for field number 0
# [('from property',), ('from property',), ('from property',)]
