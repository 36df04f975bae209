from typing import *
import typing
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')

class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
print(Box, Box[int], Box.__parameters__, Box.__orig_bases__, Box.__mro__)
b = Box[int](3); print(b.item, b.__orig_class__)
class Pair(Generic[K, V]): pass
print(Pair[str, int], Pair[str, V], Pair[str, V][int], Pair.__parameters__)
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
class MyDict(Dict[str, T]): pass
print(MyDict.__mro__, MyDict.__parameters__, MyDict[int])
class Multi(Box[T], Pair[K, int]): pass
print(Multi.__parameters__, Multi[int, str])
for code in ['class A(Generic): pass', 'class A(Generic[T], Generic[K]): pass', 'class A(Box[T], Generic[K]): pass',
             'Box[int, str]', 'IntBox[int]', 'Pair[int]', 'Box[int][str]', 'Generic[T, T]', 'class A(List[int], Generic[T]): pass']:
    try:
        exec(code)
        print(code, 'ok')
    except Exception as e:
        print(code, '!!', type(e).__name__, e)

@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class Res:
    def close(self): pass
class NotRes: pass
print(isinstance(Res(), Closable), isinstance(NotRes(), Closable), issubclass(Res, Closable), issubclass(int, Closable))
class P2(Protocol):
    def meth(self) -> int: ...
try:
    isinstance(Res(), P2)
except TypeError as e:
    print(e)
try:
    P2()
except TypeError as e:
    print(e)
@runtime_checkable
class HasX(Protocol):
    x: int
class WithX:
    x = 1
print(isinstance(WithX(), HasX), isinstance(Res(), HasX))
try:
    issubclass(WithX, HasX)
except TypeError as e:
    print(e)
class Impl(Closable):
    def __init__(self, v): self.v = v
print(Impl(4).v, isinstance(Impl(1), Closable))
@runtime_checkable
class SizedIter(Protocol[T]):
    def __len__(self) -> int: ...
    def __iter__(self): ...
print(isinstance([], SizedIter), isinstance(3, SizedIter), SizedIter[int], SizedIter.__parameters__)
print(isinstance(3, SupportsInt), isinstance('x', SupportsInt), isinstance(3.0, SupportsFloat), isinstance(2, SupportsIndex), isinstance(2.5, SupportsIndex), issubclass(float, SupportsRound), isinstance(-1, SupportsAbs))
try:
    runtime_checkable(Box)
except TypeError as e:
    print(e)
try:
    class Bad(Protocol, Res): pass
except TypeError as e:
    print(e)

class Emp(NamedTuple):
    name: str
    id: int = 3
    def hello(self): return 'hi ' + self.name
e = Emp('a'); print(e, e.hello(), Emp._fields, Emp._field_defaults, Emp.__annotations__, Emp.__mro__, e._replace(id=5), e._asdict())
E2 = NamedTuple('E2', [('x', int), ('y', float)]); print(E2(1, 2.0), E2.__annotations__, E2.__orig_bases__ if hasattr(E2, '__orig_bases__') else '-', E2.__module__)
E3 = NamedTuple('E3', x=int); print(E3(5))
for code in ['class N(NamedTuple):\n  a: int = 1\n  b: str', 'class N(NamedTuple):\n  _fields = 1', 'class N(NamedTuple, Res): pass', "NamedTuple('N', [('x', int)], y=int)"]:
    try:
        exec(code)
        print('ok')
    except Exception as ex:
        print(type(ex).__name__, ex)

class Movie(TypedDict):
    name: str
    year: int
class Movie2(Movie, total=False):
    rating: float
    extra: Required[int]
m = Movie(name='x', year=1); print(m, type(m), Movie.__annotations__, Movie.__total__, sorted(Movie.__required_keys__), sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__, Movie2.__mro__)
M3 = TypedDict('M3', {'a': int, 'b': NotRequired[str]}); print(M3.__annotations__, sorted(M3.__optional_keys__), M3.__module__, is_typeddict(M3), is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as ex:
    print(ex)
try:
    class Bad(Movie, Res): pass
except TypeError as ex:
    print(ex)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(len(get_overloads(f)), f(3))
clear_overloads(); print(get_overloads(f))
@final
class Fin: pass
print(Fin.__final__)
@no_type_check
def g(a: 'undefined') -> 'x': pass
print(get_type_hints(g))
@dataclass_transform(kw_only_default=True)
def deco(cls): return cls
print(deco.__dataclass_transform__)

# Output:
# <class '__main__.Box'> __main__.Box[int] (~T,) (typing.Generic[~T],) (<class '__main__.Box'>, <class 'typing.Generic'>, <class 'object'>)
# 3 __main__.Box[int]
# __main__.Pair[str, int] __main__.Pair[str, ~V] __main__.Pair[str, int] (~K, ~V)
# () (__main__.Box[int],) (<class '__main__.IntBox'>, <class '__main__.Box'>, <class 'typing.Generic'>, <class 'object'>)
# (<class '__main__.MyDict'>, <class 'dict'>, <class 'typing.Generic'>, <class 'object'>) (~T,) __main__.MyDict[int]
# (~T, ~K) __main__.Multi[int, str]
# class A(Generic): pass !! TypeError Cannot inherit from plain Generic
# class A(Generic[T], Generic[K]): pass !! TypeError Cannot inherit from Generic[...] multiple times.
# class A(Box[T], Generic[K]): pass !! TypeError Some type variables (~T) are not listed in Generic[~K]
# Box[int, str] !! TypeError Too many arguments for <class '__main__.Box'>; actual 2, expected 1
# IntBox[int] !! TypeError <class '__main__.IntBox'> is not a generic class
# Pair[int] !! TypeError Too few arguments for <class '__main__.Pair'>; actual 1, expected 2
# Box[int][str] !! TypeError __main__.Box[int] is not a generic class
# Generic[T, T] !! TypeError Parameters to Generic[...] must all be unique
# class A(List[int], Generic[T]): pass ok
# True False True False
# Instance and class checks can only be used with @runtime_checkable protocols
# Protocols cannot be instantiated
# True False
# Protocols with non-method members don't support issubclass()
# 4 True
# True False __main__.SizedIter[int] (~T,)
# True False True True False True True
# @runtime_checkable can be only applied to protocol classes, got <class '__main__.Box'>
# Protocols can only inherit from other protocols, got <class '__main__.Res'>
# Emp(name='a', id=3) hi a ('name', 'id') {'id': 3} {'name': <class 'str'>, 'id': <class 'int'>} (<class '__main__.Emp'>, <class 'tuple'>, <class 'object'>) Emp(name='a', id=5) {'name': 'a', 'id': 3}
# E2(x=1, y=2.0) {'x': <class 'int'>, 'y': <class 'float'>} - __main__
# E3(x=5)
# TypeError Non-default namedtuple field b cannot follow default field a
# AttributeError Cannot overwrite NamedTuple attribute _fields
# TypeError can only inherit from a NamedTuple type and Generic
# TypeError Either list of fields or keywords can be provided to NamedTuple, not both
# {'name': 'x', 'year': 1} <class 'dict'> {'name': <class 'str'>, 'year': <class 'int'>} True ['name', 'year'] ['extra', 'name', 'year'] ['rating'] False (<class '__main__.Movie2'>, <class 'dict'>, <class 'object'>)
# {'a': <class 'int'>, 'b': typing.NotRequired[str]} ['b'] __main__ True False
# TypedDict does not support instance and class checks
# cannot inherit from both a TypedDict type and a non-TypedDict base class
# 2 3
# []
# True
# {}
# {'eq_default': True, 'order_default': False, 'kw_only_default': True, 'field_specifiers': (), 'kwargs': {}}
