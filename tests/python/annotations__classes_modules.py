# Class and module annotations: simple names are evaluated and recorded in
# __annotations__ (without a value they only record); other targets are
# evaluated but not recorded.
import sys
x: int = 1
y: "forward"
print(__annotations__)
print("y" in globals())


class Point:
    """A point."""
    x: int
    y: int = 0
    label: str = "p"
    if True:
        z: float
    for i in range(1):
        w: bytes
    (paren): int = 5
    try:
        t: tuple
    except Exception:
        pass


print(Point.__annotations__)
print(list(Point.__dict__)[:4])
print(Point.y, Point.paren, hasattr(Point, "x"))


class Empty:
    pass


print("__annotations__" in Empty.__dict__)


class Obj:
    pass


o = Obj()
o.attr: int = 3
print(o.attr)
d = {}
d["k"]: str = "v"
print(d)
calls = []


def track(v):
    calls.append(v)
    return v


track(o).other: track("ann")
print(type(calls[0]).__name__, calls[1:])


class Sub(Point):
    extra: list


print(Sub.__annotations__)
ns = {}
exec("a: int = 1\nb: str\n", ns)
print(ns["__annotations__"])
ns2 = {"__annotations__": {"pre": 1}}
exec("c: int\n", ns2)
print(ns2["__annotations__"])

# Output:
# {'x': <class 'int'>, 'y': 'forward'}
# False
# {'x': <class 'int'>, 'y': <class 'int'>, 'label': <class 'str'>, 'z': <class 'float'>, 'w': <class 'bytes'>, 't': <class 'tuple'>}
# ['__module__', '__annotations__', '__doc__', 'y']
# 0 5 False
# False
# 3
# {'k': 'v'}
# Obj ['ann']
# {'extra': <class 'list'>}
# {'a': <class 'int'>, 'b': <class 'str'>}
# {'pre': 1, 'c': <class 'int'>}
