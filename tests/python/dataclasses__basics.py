import dataclasses as d
from dataclasses import dataclass, field, fields, asdict, astuple, replace, InitVar, KW_ONLY

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
print(Point.__doc__, Point.__match_args__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__hash__, [f.name for f in fields(p)])
print(asdict(p), astuple(p), replace(p, y=5))

class Outer:
    @dataclass(order=True, frozen=True)
    class Inner:
        a: int
        b: str = 'z'
i = Outer.Inner(1)
print(i, hash(i) == hash((1, 'z')), i < Outer.Inner(2), sorted([Outer.Inner(3), i]))
try:
    i.a = 5
except d.FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del i.a
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class C:
    items: list = field(default_factory=list)
    n: int = field(default=0, repr=False, compare=False)
    scale: InitVar[int] = 1
    _: KW_ONLY
    tag: str = 't'
    def __post_init__(self, scale):
        self.n = len(self.items) * scale
c = C([1, 2], scale=3, tag='q')
print(c, c.n, C.__doc__, C.__match_args__)
print(C() == C([], 5), d.is_dataclass(c), d.is_dataclass(C), d.is_dataclass(1))
try:
    replace(c, items=[1])
except ValueError as e:
    print(type(e).__name__, e)
print(replace(c, items=[9], scale=2).n)

P = d.make_dataclass('P', ['x', ('y', int), ('z', int, field(default=5))], namespace={'m': lambda self: self.x + self.z})
print(P(1, 2), P(1, 2).m(), P.__doc__)
for bad in [lambda: d.make_dataclass('Q', ['a', 'a']), lambda: d.make_dataclass('Q', ['class']),
            lambda: d.make_dataclass('Q', [('a',)]), lambda: d.make_dataclass('Q', ['1a']),
            lambda: field(default=1, default_factory=list), lambda: fields(1), lambda: asdict(Point),
            lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

def make(body):
    try:
        return body()
    except Exception as e:
        print(type(e).__name__, e)

def b1():
    @dataclass
    class B:
        x: int = 1
        y: int
make(b1)
def b2():
    @dataclass
    class B:
        x: list = []
make(b2)
def b3():
    @dataclass(order=True, eq=False)
    class B:
        x: int
make(b3)
def b4():
    @dataclass(order=True)
    class B:
        x: int
        def __lt__(self, o): return True
make(b4)
def b5():
    @dataclass(unsafe_hash=True)
    class B:
        x: int
        def __hash__(self): return 1
make(b5)
def b6():
    @dataclass
    class A:
        x: int
    @dataclass(frozen=True)
    class B(A):
        y: int
make(b6)

@dataclass
class Base:
    a: int
    b: int = 2
@dataclass
class Derived(Base):
    c: int = 3
    a: int = 10
print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])
print(Derived.__doc__)

@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default_factory=list, hash=False)
print(hash(H(1)) == hash((1,)))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)

@dataclass
class R:
    me: object = None
r = R(); r.me = r
print(r)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
@dataclass
class CV:
    a: int
    k2: 'ClassVar[str]' = 's'
    iv: 'InitVar[int]' = 3
    iv2: 'd.InitVar[int]' = 4
    kw: 'KW_ONLY'
    z: int = 0
print(CV(1), [f.name for f in fields(CV)], CV.__match_args__, CV.__doc__)
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 1
print(KW(a=3), KW.__match_args__, KW.__doc__)
match Point(1, 2):
    case Point(x, y=2):
        print('matched', x)
print(d.InitVar[int], d.InitVar('x'))
print(asdict(Derived(), dict_factory=lambda kv: list(kv)))
print(asdict(C([Point(1,2), (Point(3,4),)])))

@dataclass(frozen=True, slots=True)
class FS:
    a: int
    b: str = 'b'
fs = FS(1)
try:
    fs.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(fs, hash(fs) == hash((1, 'b')), FS.__slots__, fs.__getstate__())


# Output:
# Point(x=1, y=2) True True Point(x=3, y=0)
# Point(x: int, y: int = 0) ('x', 'y') Point.__init__ Point.__repr__
# None ['x', 'y']
# {'x': 1, 'y': 2} (1, 2) Point(x=1, y=5)
# Outer.Inner(a=1, b='z') True True [Outer.Inner(a=1, b='z'), Outer.Inner(a=3, b='z')]
# FrozenInstanceError cannot assign to field 'a'
# FrozenInstanceError cannot delete field 'a'
# C(items=[1, 2], tag='q') 6 C(items: list = <factory>, n: int = 0, scale: dataclasses.InitVar[int] = 1, *, tag: str = 't') ('items', 'n', 'scale')
# True True True False
# 2
# P(x=1, y=2, z=5) 6 P(x: 'typing.Any', y: int, z: int = 5)
# TypeError Field name duplicated: 'a'
# TypeError Field names must not be keywords: 'class'
# TypeError Invalid field: ('a',)
# TypeError Field names must be valid identifiers: '1a'
# ValueError cannot specify both default and default_factory
# TypeError must be called with a dataclass type or instance
# TypeError asdict() should be called on dataclass instances
# TypeError Point.__init__() missing 1 required positional argument: 'x'
# TypeError Point.__init__() takes from 2 to 3 positional arguments but 4 were given
# TypeError Point.__init__() got an unexpected keyword argument 'z'
# TypeError non-default argument 'y' follows default argument
# ValueError mutable default <class 'list'> for field x is not allowed: use default_factory
# ValueError eq must be true if order is true
# TypeError Cannot overwrite attribute __lt__ in class B. Consider using functools.total_ordering
# TypeError Cannot overwrite attribute __hash__ in class B
# TypeError cannot inherit frozen dataclass from a non-frozen one
# Derived(a=10, b=2, c=3) Derived(a=1, b=2, c=3) ['a', 'b', 'c']
# Derived(a: int = 10, b: int = 2, c: int = 3)
# True
# False True
# R(me=...)
# S(a=1, b=2) ('a', 'b') False
# AttributeError 'S' object has no attribute 'c'
# CV(a=1, k2='s', z=0) ['a', 'k2', 'z'] ('a', 'k2', 'iv', 'iv2') CV(a: int, k2: 'ClassVar[str]' = 's', iv: 'InitVar[int]' = 3, iv2: 'd.InitVar[int]' = 4, *, z: int = 0)
# KW(a=3, b=1) () KW(*, a: int, b: int = 1)
# matched 1
# dataclasses.InitVar[int] dataclasses.InitVar['x']
# [('a', 10), ('b', 2), ('c', 3)]
# {'items': [{'x': 1, 'y': 2}, ({'x': 3, 'y': 4},)], 'n': 2, 'tag': 't'}
# FrozenInstanceError cannot assign to field 'a'
# FS(a=1, b='b') True ('a', 'b') [1, 'b']
