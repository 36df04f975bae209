# Class patterns: isinstance first, then keyword attributes and positional
# ones through __match_args__; the builtins that match themselves.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Plain:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d flat {x} {y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"y-axis {y}"
        case Point(x=0):
            return "never: Point(0, y) came first"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(y=y, x=x):
            return f"point {x} {y}"
        case Plain(kind="a", value=v):
            return f"plain a {v}"
        case Plain(kind=k):
            return f"plain {k}"
        case Plain():
            return "plain without kind"
    return "something else"


for p in [Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), Point3(0, 0, 0),
          Point3(1, 2, 0), Point3(1, 2, 3), Plain(kind="a", value=1), Plain(kind="b"),
          Plain(), 5, None, Point]:
    print(where(p))


# Builtin types match one positional sub-pattern against the subject itself.
def builtin(x):
    match x:
        case bool(b):
            return ("bool", b)
        case int(i) if i < 0:
            return ("negative int", i)
        case int(i):
            return ("int", i)
        case float(f):
            return ("float", f)
        case str(s):
            return ("str", s)
        case bytes(b):
            return ("bytes", b)
        case list([first, *_]):
            return ("list starting", first)
        case list(l):
            return ("list", l)
        case tuple(t):
            return ("tuple", t)
        case dict({"k": v}):
            return ("dict with k", v)
        case dict(d):
            return ("dict", d)
        case frozenset(f):
            return ("frozenset", len(f))
        case set(s):
            return ("set", len(s))
    return ("other", type(x).__name__)


for v in [True, -3, 3, 2.5, "s", b"b", [1, 2], [], (1,), {"k": 1}, {}, frozenset([1]),
          {1, 2}, range(2), None]:
    print(builtin(v))


# Subclasses of those types match themselves too, unless they say otherwise.
class MyInt(int):
    pass


class Money(int):
    __match_args__ = ("cents",)

    @property
    def cents(self):
        return int(self) * 100


match MyInt(7):
    case MyInt(v):
        print(type(v).__name__, v)
match Money(3):
    case Money(c):
        print("cents", c)
match MyInt(7):
    case int(i) if type(i) is MyInt:
        print("the subject itself", i)


# Attributes come from getattr: properties and __getattr__ run; an
# AttributeError is "no match", anything else propagates.
class Dyn:
    __match_args__ = ("a", "b")

    def __getattr__(self, name):
        if name == "a":
            return "dynamic a"
        raise AttributeError(name)


match Dyn():
    case Dyn(a):
        print("one positional", a)
match Dyn():
    case Dyn(a, b):
        print("never")
    case Dyn(a=a):
        print("fell through to", a)


class Boom:
    @property
    def x(self):
        raise ValueError("boom")


try:
    match Boom():
        case Boom(x=1):
            print("never")
except ValueError as e:
    print("ValueError", e)


# Inherited __match_args__, and no positional patterns at all.
class Base:
    __match_args__ = ("v",)

    def __init__(self, v):
        self.v = v


class Derived(Base):
    pass


match Derived(5):
    case Base(v):
        print("base pattern", v)
match Derived(6):
    case Derived(v):
        print("derived pattern", v)


# The class can be any expression that names a type when it runs.
import math
types = {"int": int}
Alias = Point
match Point(1, 2):
    case Alias(a, b):
        print("alias", a, b)

# Output:
# origin
# y-axis 5
# diagonal 3
# point 1 2
# 3d origin
# 3d flat 1 2
# point 1 2
# plain a 1
# plain b
# plain without kind
# something else
# something else
# something else
# ('bool', True)
# ('negative int', -3)
# ('int', 3)
# ('float', 2.5)
# ('str', 's')
# ('bytes', b'b')
# ('list starting', 1)
# ('list', [])
# ('tuple', (1,))
# ('dict with k', 1)
# ('dict', {})
# ('frozenset', 1)
# ('set', 2)
# ('other', 'range')
# ('other', 'NoneType')
# MyInt 7
# cents 300
# the subject itself 7
# one positional dynamic a
# fell through to dynamic a
# ValueError boom
# base pattern 5
# derived pattern 6
# alias 1 2
