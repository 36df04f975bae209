from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, member, nonmember, unique
import enum as enum

class Nest(Enum):
    A = 1
    class Inner:
        pass
    B = member(lambda: 2)
    C = nonmember(3)
    def helper(self):
        return 'h'
print([m.name for m in Nest], Nest.C, Nest.B.value(), Nest.helper(Nest.A))
class S(Enum):
    X = 1
    def __str__(self):
        return 'custom ' + self.name
print(str(S.X), format(S.X), f'{S.X}', repr(S.X))
class Init(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__)
class Child(Init):
    A = 1
print(list(Child))
for bad in (lambda: Enum(5), lambda: len(Enum), lambda: list(Enum), lambda: Enum.__members__):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
E = Enum('E', {'a': 'x', 'b': 'y'}, type=str)
print(list(E), E.a == 'x', E('y'), isinstance(E.a, str))
class Raise(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        raise KeyError(value)
try:
    Raise(5)
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
class Tup(tuple, Enum):
    P = (1, 2)
print(Tup.P, Tup.P[0], Tup((1, 2)), repr(Tup.P))
class Fl(float, Enum):
    PI = 3.14
print(repr(Fl.PI), str(Fl.PI), Fl.PI * 2)
class IE(IntEnum):
    A = 1
print(format(IE.A, 'x'), '%d' % IE.A, '%s' % IE.A, '{}'.format(IE.A), IE.A.real, IE.A.bit_length())
print(Nest.A.__class__, type(Nest.A).__mro__)
print(isinstance(Nest.A, Enum), issubclass(IntEnum, int), IE.A.__objclass__ if hasattr(IE.A, '__objclass__') else None)
print(Nest['A'], Nest.__members__.keys())
class Dup(Enum):
    A = 1
    B = 1
print(Dup.B, Dup['B'], list(Dup.__members__.items()))
print(Dup._member_names_, Dup._value2member_map_)
class Ignore(Enum):
    _ignore_ = ['i']
    for i in range(3):
        locals()['V%d' % i] = i
print(list(Ignore))

# Output:
# ['A', 'Inner', 'B'] 3 2 h
# custom X custom X custom X <S.X: 1>
# init_subclass Child
# [<Child.A: 1>]
# TypeError <enum 'Enum'> has no members defined
# 0
# []
# {}
# [<E.a: 'x'>, <E.b: 'y'>] True E.b True
# KeyError 5 ValueError 5 is not a valid Raise
# Tup.P 1 Tup.P <Tup.P: (1, 2)>
# <Fl.PI: 3.14> Fl.PI 6.28
# 1 1 1 1 1 1
# <enum 'Nest'> (<enum 'Nest'>, <enum 'Enum'>, <class 'object'>)
# True True <enum 'IE'>
# Nest.A dict_keys(['A', 'Inner', 'B'])
# Dup.A Dup.A [('A', <Dup.A: 1>), ('B', <Dup.A: 1>)]
# ['A'] {1: <Dup.A: 1>}
# [<Ignore.V0: 0>, <Ignore.V1: 1>, <Ignore.V2: 2>]
