# sandpy-only: the sandbox module
# Instances keep their class (frozen with them); classes freeze their namespace.
from sandbox import freeze, is_frozen

class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    @property
    def pair(self):
        return (self.x, self.y)

    @staticmethod
    def origin():
        return Point(0, 0)

    @classmethod
    def name(cls):
        return cls.__name__

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)

def attempt(label, f):
    try:
        f()
        print(label, "did not raise")
    except TypeError as e:
        print(label, e)

p = Point(3, 4)
fp = freeze(p)
FP = type(fp)
print(fp, fp.norm2(), fp.pair, fp.name(), type(fp).__name__, is_frozen(fp), is_frozen(FP))
print(isinstance(fp, FP), FP is Point, FP.dims, fp.__dict__ == {"x": 3, "y": 4})

def set_x():
    fp.x = 1
def del_x():
    del fp.x
def new_attr():
    fp.z = 1
def set_dict():
    fp.__dict__["x"] = 0
attempt("set", set_x)
attempt("del", del_x)
attempt("new", new_attr)
attempt("setattr", lambda: setattr(fp, "x", 2))
attempt("__dict__", set_dict)
print(fp.x, p.x)

# A frozen class: its namespace cannot change, but it makes local instances.
FrozenPoint = freeze(Point)
def set_cls():
    FrozenPoint.dims = 3
def del_cls():
    del FrozenPoint.dims
attempt("class set", set_cls)
attempt("class del", del_cls)
q = FrozenPoint(1, 2)
q.x = 10
print(q, q.norm2(), is_frozen(q), type(q) is FrozenPoint, FrozenPoint.origin())

class Point3(FrozenPoint):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def norm2(self):
        return super().norm2() + self.z * self.z

r = Point3(1, 2, 2)
print(r.norm2(), isinstance(r, FrozenPoint), Point3.dims)
fr = freeze(r)
print(fr.norm2(), fr.z, type(fr).__mro__[1] is FrozenPoint)

# A frozen class is a snapshot of its class (not the same object), and
# counts as that class for isinstance, issubclass and except.
print("snapshot", isinstance(fp, Point), issubclass(FP, Point), issubclass(Point, FP))
print("subclass", isinstance(fr, Point3), isinstance(fr, Point), isinstance(fp, Point3))
print("unrelated", isinstance(fp, int), issubclass(FP, Exception))

class Oops(Exception):
    pass

frozen_oops = freeze(Oops("boom"))
try:
    raise frozen_oops
except Oops as caught:
    print("except Oops", caught.args, type(caught) is Oops)

# Subclasses of builtin types freeze their base value too.
class Stack(list):
    def top(self):
        return self[-1]

s = Stack([1, 2, 3])
fs = freeze(s)
print(fs.top(), len(fs), type(fs).__name__, list(fs))
attempt("stack append", lambda: fs.append(4))

# Exceptions: the args are kept; a frozen exception can be raised (a local
# copy of it, with its own traceback).
e = freeze(ValueError("bad value", 42))
print(e.args, type(e) is ValueError, is_frozen(e))
try:
    raise e
except ValueError as caught:
    print("caught", caught.args, caught is e, is_frozen(caught))
attempt("exc attr", lambda: setattr(e, "note", 1))
fp.x = 7

# Output:
# Point(3, 4) 25 (3, 4) Point Point True True
# True False 2 True
# set cannot modify frozen 'Point' object
# del cannot modify frozen 'Point' object
# new cannot modify frozen 'Point' object
# setattr cannot modify frozen 'Point' object
# __dict__ cannot modify frozen dict
# 3 3
# class set cannot modify frozen class 'Point'
# class del cannot modify frozen class 'Point'
# Point(10, 2) 104 False True Point(0, 0)
# 9 True 2
# 9 2 True
# snapshot True True True
# subclass True True False
# unrelated False False
# except Oops ('boom',) False
# 3 3 Stack [1, 2, 3]
# stack append cannot modify frozen list
# ('bad value', 42) True True
# caught ('bad value', 42) False False
# exc attr cannot modify frozen 'ValueError' object
# Raise: TypeError: cannot modify frozen 'Point' object
