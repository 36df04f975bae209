from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType
import enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return '%s is %s' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), Color(1), Color['GREEN'], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), repr(Color), type(Color) is EnumMeta, EnumMeta is EnumType)
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.default())
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED)
print(f'{Color.RED}', format(Color.RED, '>12'), '%s' % Color.RED, hash(Color.RED) == hash('RED'))
print(list(reversed(Color)), bool(Color), {Color.RED: 'r'}[Color.CRIMSON])
print(dir(Color))
print(dir(Color.RED))
for bad in (lambda: Color(7), lambda: Color['PINK'], 
            lambda: setattr(Color, 'RED', 5), lambda: delattr(Color, 'RED'), lambda: Color('x')):
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
    class More(Color):
        PINK = 4
make(b1)
def b2():
    class X(Enum):
        A = 1
        A = 2
make(b2)
def b3():
    class X(Enum):
        _x_ = 1
make(b3)
def b4():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
make(b4)
def b5():
    class X(Enum):
        A = 1
        def A(self): pass
make(b5)
def b6():
    class X(Enum):
        mro = 1
make(b6)

class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE, repr(Shape.SQUARE), str(Shape.CIRCLE), format(Shape.CIRCLE, '>4'), f'{Shape.SQUARE:03d}')
print(Shape.CIRCLE + 1, Shape.CIRCLE == 1, Shape(2), sorted([Shape.SQUARE, Shape.CIRCLE]), int(Shape.SQUARE))
print(isinstance(Shape.CIRCLE, int), Shape.CIRCLE < Shape.SQUARE, [s.value for s in Shape])

class Mixed(int, Enum):
    A = 1
    B = 2
print(str(Mixed.A), repr(Mixed.B), format(Mixed.A), Mixed.A + 1)

class Ordinal(StrEnum):
    NORTH = auto()
    SOUTH = 'south'
    EAST = auto()
print(Ordinal.NORTH, repr(Ordinal.EAST), Ordinal.NORTH == 'north', Ordinal('south'), Ordinal.SOUTH.upper(), f'{Ordinal.EAST:>6}|')
def b7():
    class S(StrEnum):
        A = 1
make(b7)

class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), repr(auto()))

class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
    Y = auto()
print(Gen.X.value, Gen.Y.value)

class Missing(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        if value == 'bad':
            return 5
        return None
print(Missing('a'), make(lambda: Missing('bad')), make(lambda: Missing('zz')))

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), repr(Planet.MERCURY))

class Coord(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(repr(Coord.PY), Coord.PY.label, Coord(0))

F = Enum('F', 'A B, C')
print(list(F), F.__module__, F.__qualname__, F.A.value)
G = Enum('G', [('X', 10), ('Y', 20)])
print(list(G), G(20))
H = IntEnum('H', {'P': 5, 'Q': 6})
print(list(H), H.P + 1)
K = Enum('K', ['U', 'V'], start=10)
print(list(K))
Q = Enum('Q', 'A B', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.A))

class Order(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
def b8():
    class Order2(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
make(b8)

class WithIgnore(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
print(list(WithIgnore), hasattr(WithIgnore, 'tmp'))

class Named(Enum):
    name = 1
    value = 2
print(Named.name, Named.value, Named.name.name, Named.value.value, list(Named))

class Base(Enum):
    def hello(self):
        return 'hello ' + self.name
class Sub(Base):
    X = 1
print(Sub.X.hello(), Sub(1))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
print(Color.RED.__reduce_ex__(2))
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')

# Output:
# Color.RED <Color.RED: 1> Color.RED Color.GREEN True
# [<Color.RED: 1>, <Color.GREEN: 2>, <Color.BLUE: 3>] 3 <enum 'Color'> True True
# RED 1 BLUE is 3 Color.GREEN
# ['RED', 'GREEN', 'BLUE', 'CRIMSON'] Color.RED
# True True False True
# Color.RED    Color.RED Color.RED True
# [<Color.BLUE: 3>, <Color.GREEN: 2>, <Color.RED: 1>] True r
# ['BLUE', 'GREEN', 'RED', '__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']
# ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'default', 'describe', 'name', 'value']
# ValueError 7 is not a valid Color
# KeyError 'PINK'
# AttributeError cannot reassign member 'RED'
# AttributeError 'Color' cannot delete member 'RED'.
# ValueError 'x' is not a valid Color
# TypeError <enum 'More'> cannot extend <enum 'Color'>
# TypeError 'A' already defined as 1
# ValueError _sunder_ names, such as '_x_', are reserved for future Enum use
# ValueError duplicate values found in <enum 'U'>: B -> A, D -> C
# TypeError 'A' already defined as 1
# ValueError invalid enum member name(s) 'mro'
# 1 <Shape.SQUARE: 2> 1    1 002
# 2 True 2 [<Shape.CIRCLE: 1>, <Shape.SQUARE: 2>] 2
# True True [1, 2]
# Mixed.A <Mixed.B: 2> Mixed.A 2
# north <Ordinal.EAST: 'east'> True south SOUTH   east|
# TypeError 1 is not a string
# [<Auto.A: 1>, <Auto.B: 2>, <Auto.C: 10>, <Auto.D: 11>] auto(_auto_null)
# XX YY
# TypeError error in Missing._missing_: returned 5 instead of None or a valid member
# ValueError 'zz' is not a valid Missing
# Missing.A None None
# (5.976e+24, 6378140.0) 5.976e+24 9.803 <Planet.MERCURY: (3.303e+23, 2439700.0)>
# <Coord.PY: 1> P.Y Coord.PX
# [<F.A: 1>, <F.B: 2>, <F.C: 3>] __main__ F 1
# [<G.X: 10>, <G.Y: 20>] G.Y
# [<H.P: 5>, <H.Q: 6>] 6
# [<K.U: 10>, <K.V: 11>]
# Outer.Q mymod <Q.A: 1>
# TypeError member order does not match _order_:
#   ['A', 'B']
#   ['B', 'A']
# [<WithIgnore.A: 1>] False
# Named.name Named.value name 2 [<Named.name: 1>, <Named.value: 2>]
# hello X Sub.X
# True True
# (<enum 'Color'>, (1,))
# green
