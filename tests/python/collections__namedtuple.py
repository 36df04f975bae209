# namedtuple: field specs, rename, defaults, module, methods, errors, docs.
from collections import namedtuple


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[-1], p[0] + p[1], len(p), tuple(p))
x, y = p
print(x, y, p == (11, 22), p < (11, 23), hash(p) == hash((11, 22)), isinstance(p, tuple))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__)
print(Point.x.__doc__, Point.y.__doc__, Point.__new__.__doc__)
print(Point._make.__doc__, Point._replace.__doc__, Point._asdict.__doc__)
print(Point._fields, Point._field_defaults, Point.__match_args__, Point.__slots__)
print(p._asdict(), type(p._asdict()).__name__, p._replace(x=1), p._replace(), p.__getnewargs__())
print(Point._make([3, 4]), Point._make(iter("ab")), Point(**{"x": 5, "y": 6}))
print(Point.__new__.__qualname__, Point._make.__qualname__, Point.__repr__.__qualname__)
attempt("make short", lambda: Point._make([1]))
attempt("make long", lambda: Point._make([1, 2, 3]))
attempt("replace unknown", lambda: p._replace(z=1, w=2))
attempt("missing arg", lambda: Point(1))
attempt("missing both", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("bad keyword", lambda: Point(1, q=2))
attempt("set attribute", lambda: setattr(p, "x", 5))
attempt("delete attribute", lambda: delattr(p, "x"))
attempt("new attribute", lambda: setattr(p, "z", 5))
attempt("no dict", lambda: p.__dict__)

# field names as a string, commas, spaces
print(namedtuple("A", "a b c")._fields, namedtuple("B", "a, b,c")._fields, namedtuple("C", "a,b  c")._fields)
print(namedtuple("E", "")._fields, namedtuple("E", [])(), namedtuple("One", "v")(1), namedtuple("One", "v").__doc__)
print(namedtuple("N", (f for f in "pq"))._fields, namedtuple("Q", ["a", "b"])(1, 2))

# defaults
D = namedtuple("D", "a b c", defaults=[2, 3])
print(D(1), D(1, 5), D._field_defaults, D.__new__.__defaults__ if hasattr(D.__new__, "__defaults__") else None)
print(namedtuple("All", "a b", defaults=(0, 0))(), namedtuple("None_", "a", defaults=None)._field_defaults)
print(namedtuple("It", "a b", defaults=iter([7]))(1))
attempt("too many defaults", lambda: namedtuple("T", "a", defaults=[1, 2]))

# rename
print(namedtuple("R", "abc def ghi abc _x 1y", rename=True)._fields)
print(namedtuple("R2", ["a", "a", "class"], rename=True)._fields)

# module
print(namedtuple("M", "a", module="mymod").__module__, namedtuple("M", "a").__module__)

# bad names
for args in [("1a", "x"), ("P", "x 2y"), ("P", "x _y"), ("P", "x x"), ("P", "def"),
             ("class", "x"), ("P", "x-y"), ("", "x"), ("P", ["a", 3])]:
    attempt("bad %r" % (args,), lambda: namedtuple(*args)._fields)
attempt("no fields", lambda: namedtuple("P"))
attempt("positional rename", lambda: namedtuple("P", "a", True))


# subclassing
class Point3(namedtuple("Point3", "x y z")):
    __slots__ = ()

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)

    def __str__(self):
        return "P3<%d,%d,%d>" % self


q = Point3(1, -2, 3)
print(q, str(q), q.norm1, q._replace(z=0), type(q._replace(z=0)).__name__, Point3._make([0, 0, 0]))

# pattern matching uses __match_args__
match p:
    case Point(x, y):
        print("matched", x, y)

# keywords in field names that are fine
K = namedtuple("K", "self cls _1", rename=True)
print(K._fields, K(1, 2, 3))
print(namedtuple("Point", "x y")(1, 2) == Point(1, 2))


# Output:
# Point(x=11, y=22) 11 22 11 22 33 2 (11, 22)
# 11 22 True True True True
# Point Point __main__ Point(x, y)
# Alias for field number 0 Alias for field number 1 Create new instance of Point(x, y)
# Make a new Point object from a sequence or iterable Return a new Point object replacing specified fields with new values Return a new dict which maps field names to their values.
# ('x', 'y') {} ('x', 'y') ()
# {'x': 11, 'y': 22} dict Point(x=1, y=22) Point(x=11, y=22) (11, 22)
# Point(x=3, y=4) Point(x='a', y='b') Point(x=5, y=6)
# Point.__new__ Point._make Point.__repr__
# make short TypeError Expected 2 arguments, got 1
# make long TypeError Expected 2 arguments, got 3
# replace unknown ValueError Got unexpected field names: ['z', 'w']
# missing arg TypeError Point.__new__() missing 1 required positional argument: 'y'
# missing both TypeError Point.__new__() missing 2 required positional arguments: 'x' and 'y'
# too many TypeError Point.__new__() takes 3 positional arguments but 4 were given
# bad keyword TypeError Point.__new__() got an unexpected keyword argument 'q'
# set attribute AttributeError can't set attribute
# delete attribute AttributeError can't delete attribute
# new attribute AttributeError 'Point' object has no attribute 'z'
# no dict AttributeError 'Point' object has no attribute '__dict__'
# ('a', 'b', 'c') ('a', 'b', 'c') ('a', 'b', 'c')
# () E() One(v=1) One(v,)
# ('p', 'q') Q(a=1, b=2)
# D(a=1, b=2, c=3) D(a=1, b=5, c=3) {'b': 2, 'c': 3} (2, 3)
# All(a=0, b=0) {}
# It(a=1, b=7)
# too many defaults TypeError Got more default values than field names
# ('abc', '_1', 'ghi', '_3', '_4', '_5')
# ('a', '_1', '_2')
# mymod __main__
# bad ('1a', 'x') ValueError Type names and field names must be valid identifiers: '1a'
# bad ('P', 'x 2y') ValueError Type names and field names must be valid identifiers: '2y'
# bad ('P', 'x _y') ValueError Field names cannot start with an underscore: '_y'
# bad ('P', 'x x') ValueError Encountered duplicate field name: 'x'
# bad ('P', 'def') ValueError Type names and field names cannot be a keyword: 'def'
# bad ('class', 'x') ValueError Type names and field names cannot be a keyword: 'class'
# bad ('P', 'x-y') ValueError Type names and field names must be valid identifiers: 'x-y'
# bad ('', 'x') ValueError Type names and field names must be valid identifiers: ''
# bad ('P', ['a', 3]) ValueError Type names and field names must be valid identifiers: '3'
# no fields TypeError namedtuple() missing 1 required positional argument: 'field_names'
# positional rename TypeError namedtuple() takes 2 positional arguments but 3 were given
# P3<1,-2,3> P3<1,-2,3> 6 P3<1,-2,0> Point3 P3<0,0,0>
# matched 11 22
# ('self', 'cls', '_2') K(self=1, cls=2, _2=3)
# True
