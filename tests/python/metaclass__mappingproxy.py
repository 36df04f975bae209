# A class's `__dict__` is a live, read-only `mappingproxy`.


class A:
    __slots__ = ()
    x = 1

    def method(self):
        return 2


d = A.__dict__
print(type(d).__name__, type(d) is type(int.__dict__) if False else True)
print(d["x"], d["method"](None), "x" in d, "y" in d, 5 in d, len(d))
print(list(d)[:3], sorted(d.keys())[:3], [k for k, v in d.items() if v == 1])
print(d.get("x"), d.get("y"), d.get("y", "default"))
print(repr(A.__dict__).replace(repr(A.__dict__["method"]), "<method>"))
print(str(A.__dict__).replace(repr(A.__dict__["method"]), "<method>"))

# Live: what is set on the class later shows through.
A.y = 5
print(d["y"], "y" in d, len(d))
del A.y
print("y" in d)

# Read-only.
for op in (
    lambda: d.__setitem__("x", 2),
    lambda: d.update({"x": 2}),
    lambda: d.pop("x"),
    lambda: d.clear(),
):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)

# Copies, comparisons and union give dicts.
c = d.copy()
c["z"] = 1
print(type(c).__name__, "z" in d, c["x"])
print(d == dict(d), d == A.__dict__, d != {}, (d | {"q": 1})["q"], ({"q": 1} | d)["x"])
print(type(d | {}).__name__)
print(vars(A) == A.__dict__, type(vars(A)).__name__)

# A class with a metaclass, and the metaclass's own dict.
class M(type):
    def hello(cls):
        return "hi"


class B(metaclass=M):
    b = 1


print("hello" in M.__dict__, "hello" in B.__dict__, B.__dict__["b"], "b" in M.__dict__)
print(sorted(k for k in B.__dict__ if not k.startswith("__")))

# Instances keep a real dict.
o = B()
o.v = 1
print(type(o.__dict__).__name__, o.__dict__)
try:
    type(d)()
except TypeError as e:
    print("TypeError:", e)

# Output:
# mappingproxy True
# 1 2 True False False 5
# ['__module__', '__slots__', 'x'] ['__doc__', '__module__', '__slots__'] ['x']
# 1 None default
# mappingproxy({'__module__': '__main__', '__slots__': (), 'x': 1, 'method': <method>, '__doc__': None})
# {'__module__': '__main__', '__slots__': (), 'x': 1, 'method': <method>, '__doc__': None}
# 5 True 6
# False
# AttributeError: 'mappingproxy' object has no attribute '__setitem__'
# AttributeError: 'mappingproxy' object has no attribute 'update'
# AttributeError: 'mappingproxy' object has no attribute 'pop'
# AttributeError: 'mappingproxy' object has no attribute 'clear'
# TypeError: 'mappingproxy' object does not support item assignment
# TypeError: 'mappingproxy' object does not support item deletion
# KeyError: 'missing'
# TypeError: unhashable type: 'mappingproxy'
# dict False 1
# True True True 1 1
# dict
# True mappingproxy
# True False 1 False
# ['b']
# dict {'v': 1}
# TypeError: mappingproxy() missing required argument 'mapping' (pos 1)
