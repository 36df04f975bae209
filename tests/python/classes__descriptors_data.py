# Data descriptors (__get__ with __set__ and/or __delete__) on user classes.


class Logged:
    def __set_name__(self, owner, name):
        self.name = name
        self.key = "_" + name
        print("set_name", owner.__name__, name)

    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get on class", objtype.__name__)
            return self
        print("get", self.name)
        return obj.__dict__.get(self.key, 0)

    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.key] = value

    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.key]


class Point:
    x = Logged()
    y = Logged()

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(p.x + p.y)
# A data descriptor beats the instance dict.
p.__dict__["x"] = "shadow"
print(p.x)
print(sorted(p.__dict__))
print(type(Point.x).__name__, Point.x.name)
del p.x
print(p.x)
print(vars(p))

# A data descriptor made of __set__ alone: the instance dict wins on lookup.


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
        obj.__dict__["s"] = value * 10


class HasSetOnly:
    s = SetOnly()


h = HasSetOnly()
print(type(h.s).__name__)
h.s = 4
print(h.s)


# Missing __set__ / __delete__.
class GetDel:
    def __get__(self, obj, objtype=None):
        return "gd"

    def __delete__(self, obj):
        print("GetDel.__delete__")


class GetSet:
    def __get__(self, obj, objtype=None):
        return "gs"

    def __set__(self, obj, value):
        print("GetSet.__set__", value)


class Holder:
    a = GetDel()
    b = GetSet()


o = Holder()
try:
    o.a = 1
except AttributeError as e:
    print("AttributeError:", e)
del o.a
o.b = 2
try:
    del o.b
except AttributeError as e:
    print("AttributeError:", e)
print(o.a, o.b, "a" in vars(o), "b" in vars(o))
# setattr/delattr/getattr builtins take the same road.
setattr(o, "b", 3)
print(getattr(o, "b"), hasattr(o, "a"))
try:
    delattr(o, "b")
except AttributeError as e:
    print("AttributeError:", e)


# A typed validator, the common real-world pattern.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.public} must be positive, got {value}")
        setattr(obj, self.private, value)


class Order:
    qty = Positive()
    price = Positive()

    def __init__(self, qty, price):
        self.qty = qty
        self.price = price

    def total(self):
        return self.qty * self.price


order = Order(3, 5)
print(order.total())
for q in (2, 0, -1):
    try:
        order.qty = q
    except ValueError as e:
        print("ValueError:", e)
print(order.qty, order.total(), sorted(vars(order)))
try:
    Order(1, -2)
except ValueError as e:
    print("ValueError:", e)


# Inherited from a base class, overridden in a subclass.
class Base:
    v = Logged()


class Derived(Base):
    pass


class Override(Base):
    v = 7


d = Derived()
d.v = 5
print(d.v)
ov = Override()
ov.v = 8
print(ov.v, Override.v, vars(ov))

# Stores in a loop go through __set__ every time (store cache).


class Counter:
    def __init__(self):
        self.n = 0

    def __get__(self, obj, objtype=None):
        return self.n if obj is not None else self

    def __set__(self, obj, value):
        self.n += 1


class Counted:
    c = Counter()


k = Counted()
for i in range(100):
    k.c = i
print(k.c, vars(k))

# Output:
# set_name Point x
# set_name Point y
# set x 1
# set y 2
# get x
# get y
# 3
# get x
# 1
# ['_x', '_y', 'x']
# get on class Point
# get on class Point
# Logged x
# delete x
# get x
# 0
# {'_y': 2, 'x': 'shadow'}
# SetOnly
# SetOnly.__set__ 4
# 40
# AttributeError: __set__
# GetDel.__delete__
# GetSet.__set__ 2
# AttributeError: __delete__
# gd gs False False
# GetSet.__set__ 3
# gs True
# AttributeError: __delete__
# 15
# ValueError: qty must be positive, got 0
# ValueError: qty must be positive, got -1
# 2 10 ['_price', '_qty']
# ValueError: price must be positive, got -2
# set_name Base v
# set v 5
# get v
# 5
# 8 7 {'v': 8}
# 100 {}
