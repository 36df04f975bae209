# Function annotations are evaluated when the def runs, after the
# defaults, in CPython's order; __annotations__ is a dict, writable.
order = []


def note(tag, value):
    order.append(tag)
    return value


def f(a: note("a", int), /, b: note("b", str) = note("default b", 1), *args: note("args", tuple),
      c: note("c", float) = note("default c", 2.0), **kw: note("kw", dict)) -> note("return", list):
    return a


print(order)
print(f.__annotations__)
print(list(f.__annotations__))


def g(x, y=1):
    pass


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__ = {"x": "int"}
print(g.__annotations__)
g.__annotations__ = None
print(g.__annotations__)
try:
    g.__annotations__ = 5
except TypeError as e:
    print("TypeError:", e)
print((lambda q: q).__annotations__)


def outer():
    T = "local type"

    def inner(p: T) -> T:
        pass

    return inner


print(outer().__annotations__)


class C:
    def method(self, other: "C") -> "C":
        return self

    def meth2(self, n: [x * 2 for x in range(3)], m: (lambda: 5)()):
        pass


print(C.method.__annotations__, C.meth2.__annotations__)


def local_annotations():
    v: undefined_name = 1
    w: also_undefined
    return v


print(local_annotations())
try:
    def bad(a: undefined_type):
        pass
except NameError as e:
    print("NameError:", e)

# Output:
# ['default b', 'default c', 'b', 'a', 'args', 'c', 'kw', 'return']
# {'b': <class 'str'>, 'a': <class 'int'>, 'args': <class 'tuple'>, 'c': <class 'float'>, 'kw': <class 'dict'>, 'return': <class 'list'>}
# ['b', 'a', 'args', 'c', 'kw', 'return']
# {} True
# {'x': 'int'}
# {}
# TypeError: __annotations__ must be set to a dict object
# {}
# {'p': 'local type', 'return': 'local type'}
# {'other': 'C', 'return': 'C'} {'n': [0, 2, 4], 'm': 5}
# 1
# NameError: name 'undefined_type' is not defined
