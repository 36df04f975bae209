# weakref.ref: calling, callbacks, __callback__, hash, equality, reuse of
# the plain reference, subclasses, repr shapes and the errors.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "C(%d)" % self.n


c = C(1)
r = weakref.ref(c)
print(r() is c, r.__callback__, type(r).__name__, type(r).__module__)
print(weakref.ref(c) is r, weakref.ref(c, None) is r)
print(weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r])
log = []
r2 = weakref.ref(c, lambda w: log.append(("dead", w is r2, w())))
print(r2 is r, r2.__callback__ is not None, weakref.getweakrefcount(c))
print(hash(r) == hash(c), r == r2, r != r2)
del c
print(log, r(), r2(), r2.__callback__, weakref.getweakrefcount(r))
print(r == r2, r == r, hash(r) == hash(r))
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)
print(repr(r).endswith("; dead>"), repr(r).startswith("<weakref at 0x"))


def f():
    pass


rf = weakref.ref(f)
print(repr(rf).endswith("(f)>"), "to 'function'" in repr(rf))


# Subclasses: never reused, extra attributes, extra __init__ arguments.
class Tagged(weakref.ref):
    def __init__(self, ob, callback=None, **tags):
        super().__init__(ob, callback)
        self.tags = tags


d = C(2)
t1 = Tagged(d, None, colour="red")
t2 = Tagged(d)
print(t1 is t2, t1.tags, t2.tags, t1() is d, isinstance(t1, weakref.ref))
print(weakref.getweakrefcount(d), t1 == t2, hash(t1) == hash(d))
print(weakref.ReferenceType is weakref.ref, issubclass(Tagged, weakref.ReferenceType))
del d
print(t1(), t2(), t1 == t2, t1 == t1)

# What can be referenced.
class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyInt(int):
    pass


class MyStr(str):
    pass


class MyList(list):
    pass


class MyExc(Exception):
    pass


def gen():
    yield 1


for obj in [1, "a", (), [], {}, None, 1.5, True, b"x", bytearray(b"x"),
            set(), frozenset(), C(3), Slotted(), SlottedWeak(), MyInt(1),
            MyStr("s"), MyList(), MyExc(), f, gen(), C, object(),
            Exception(), range(3), iter([])]:
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "ok")
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)

# Argument errors.
for args in [(), (C(4), None, 1)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    weakref.ref(weakref.ref(f))
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs("x"))
print(weakref.ref(f) == 3, weakref.ref(f) != "x")
print(weakref.ref[int])

# Output:
# True None ReferenceType weakref
# True True
# 1 True
# False True 2
# True True False
# [('dead', True, None)] None None None 0
# False True True
# TypeError: weak object has gone away
# True True
# True True
# False {'colour': 'red'} {} True True
# 2 True True
# True True
# None None False True
# int TypeError: cannot create weak reference to 'int' object
# str TypeError: cannot create weak reference to 'str' object
# tuple TypeError: cannot create weak reference to 'tuple' object
# list TypeError: cannot create weak reference to 'list' object
# dict TypeError: cannot create weak reference to 'dict' object
# NoneType TypeError: cannot create weak reference to 'NoneType' object
# float TypeError: cannot create weak reference to 'float' object
# bool TypeError: cannot create weak reference to 'bool' object
# bytes TypeError: cannot create weak reference to 'bytes' object
# bytearray TypeError: cannot create weak reference to 'bytearray' object
# set ok
# frozenset ok
# C ok
# Slotted TypeError: cannot create weak reference to 'Slotted' object
# SlottedWeak ok
# MyInt TypeError: cannot create weak reference to 'MyInt' object
# MyStr ok
# MyList ok
# MyExc ok
# function ok
# generator ok
# type ok
# object TypeError: cannot create weak reference to 'object' object
# Exception TypeError: cannot create weak reference to 'Exception' object
# range TypeError: cannot create weak reference to 'range' object
# list_iterator TypeError: cannot create weak reference to 'list_iterator' object
# TypeError: __new__ expected at least 1 argument, got 0
# TypeError: __new__ expected at most 2 arguments, got 3
# TypeError: cannot create weak reference to 'weakref.ReferenceType' object
# 0 []
# False True
# weakref.ReferenceType[int]
