# functools.singledispatch and singledispatchmethod: registering by type,
# by annotation, with register(cls, func), dispatch along the MRO,
# registry, dispatch(), errors.
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(x):
    "Describe a value."
    return "object"


@describe.register(int)
def _(x):
    return "int %d" % x


@describe.register
def _(x: str):
    return "str %r" % x


@describe.register
def _(x: list, extra=None):
    return "list of %d" % len(x)


describe.register(float, lambda x: "float")


class Base:
    pass


class Child(Base):
    pass


class Grandchild(Child):
    pass


@describe.register(Base)
def _(x):
    return "Base-like " + type(x).__name__


print(describe(1), describe(True), describe("a"), describe([1, 2]), describe(1.5))
print(describe(None), describe(Grandchild()), describe(Child()), describe((1,)))
print(describe.__name__, describe.__doc__, describe.__wrapped__(0))
print(describe.dispatch(bool).__name__, describe.dispatch(object) is describe.__wrapped__)
print(describe.dispatch(Grandchild) is describe.dispatch(Base))
print(len(describe.registry), int in describe.registry, describe.registry[object] is describe.__wrapped__)
print(sorted(c.__name__ for c in describe.registry))


@describe.register(Child)
def _(x):
    return "Child!"


print(describe(Grandchild()), describe(Base()))

try:
    describe()
except TypeError as e:
    print("TypeError:", e)
try:
    describe.register(1, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(x):
        return x
except TypeError as e:
    print("TypeError:", e.args[0].split(":")[0])
try:
    @describe.register
    def _(x: "nope"):
        return x
except NameError as e:
    print("NameError:", e)


class Shape:
    @singledispatchmethod
    def area(self, arg):
        "Area."
        return "generic %r" % (arg,)

    @area.register
    def _(self, arg: int):
        return "int side %d" % arg

    @area.register(str)
    def _(self, arg):
        return "named " + arg

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return cls.__name__ + " from object"

    @make.register(int)
    @classmethod
    def _(cls, arg):
        return cls.__name__ + " from int"


s = Shape()
print(s.area(3), s.area("sq"), s.area(2.5), Shape.area.__doc__)
print(Shape.make(1), Shape.make("x"), s.make(2))
print(Shape.__dict__["area"].__isabstractmethod__)
try:
    singledispatchmethod(1)
except TypeError as e:
    print("TypeError:", e)

# Output:
# int 1 int 1 str 'a' list of 2 float
# object Base-like Grandchild Base-like Child object
# describe Describe a value. object
# _ True
# True
# 6 True True
# ['Base', 'float', 'int', 'list', 'object', 'str']
# Child! Base-like Base
# TypeError: describe requires at least 1 positional argument
# TypeError: Invalid first argument to `register()`. 1 is not a class or union type.
# TypeError: Invalid first argument to `register()`
# NameError: name 'nope' is not defined
# int side 3 named sq generic 2.5 Area.
# Shape from int Shape from object Shape from int
# False
# TypeError: 1 is not callable or a descriptor
