import typing as t
from typing import *
T = TypeVar('T'); U = TypeVar('U', bound=int); S = TypeVar('S', str, bytes)
print(T, U, S, U.__bound__, S.__constraints__, T.__name__, T.__module__)
print(List, List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, str, None])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Tuple[int, ...], Tuple[()], Tuple[int, str])
print(Type[int], FrozenSet[int], Set[str], Iterable[T], Iterator[int], Generator[int, None, None])
print(Sequence[int], Mapping[str, int], MutableMapping[str, int], Deque[int], DefaultDict[str, int], Counter[str])
print(Literal[1, 'a', None], Annotated[int, 'meta', 3], ClassVar[int], Final[str], Final)
print(Any, NoReturn, Never, Self, LiteralString, TypeAlias, Union, Optional, Generic, Protocol)
print(Optional[int] | str, List[int] | None, int | List[int], Union[int, str] == Union[str, int])
print(Dict[str, T][int], List[Tuple[T, U]][str, bool], Callable[[T], T][int])
print(get_origin(List[int]), get_origin(Union[int, str]), get_origin(int | str), get_origin(Annotated[int, 1]), get_origin(Generic[T]), get_origin(int), get_origin(Literal[1]))
print(get_args(List[int]), get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Union[int, str]), get_args(int | None), get_args(Annotated[int, 'x']), get_args(int), get_args(Tuple[()]))
print(isinstance([], List), issubclass(list, Sequence), isinstance(1, Optional[int]), issubclass(bool, Union[int, str]), isinstance({}, Mapping))
P = ParamSpec('P')
print(P, P.args, P.kwargs, Callable[P, int], Callable[Concatenate[int, P], int], get_origin(P.args))
print(AnyStr, Text, TYPE_CHECKING, T | int, int | T)
print(Optional[Optional[int]], Union[int, Union[str, float]], Union[int], Union[int, int])
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[Literal[1, 2], 3])
print(hash(List[int]) == hash(List[int]), List[int] == List[int], List[int] == list[int])
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1].__metadata__)
for expr in ['Union[()]', 'Optional[int, str]', 'ClassVar[int, str]', 'List[int, str]', 'Dict[int]', 'Hashable[int]',
             'Callable[[int], str, int]', 'Callable[int]', 'Generic[int]', 'Generic[()]', 'Annotated[int]', 'Concatenate[int]',
             'Any()', 'List()', 'Union()', 'isinstance(1, Union)', 'isinstance(1, Any)', 'isinstance(1, List[int])',
             "TypeVar('X', int)", "TypeVar('X', int, str, bound=int)", "TypeVar('X', covariant=True, contravariant=True)",
             'Union[int, ClassVar[int]]', 'List[Final]', 'Self[int]', 'List[int][int]', 'Tuple[int, ...][int]',
             'Concatenate[()]', 'Required[int, str]', 'class X(Union): pass', 'TypeGuard[int, str]', 'Optional[()]']:
    try:
        if expr.startswith('class'):
            exec(expr)
            print(expr, 'ok')
        else:
            print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '!!', type(e).__name__, e)
print(Dict[str, int]() if False else '', DefaultDict[str, int](int))
x = cast(int, 'a'); print(x, assert_type(3, int))
try:
    assert_never(5)
except AssertionError as e:
    print(e)
print(t.NewType('UserId', int), t.NewType('UserId', int)(5), t.NewType('UserId', int).__supertype__)
UserId = NewType('UserId', int)
try:
    class Bad(UserId): pass
except TypeError as e:
    print(e)
print(Unpack, TypeVarTuple('Ts'), Unpack[TypeVarTuple('Ts')], ForwardRef('int'), ForwardRef('x', module='m'), List['int'])
try:
    ForwardRef('1 +')
except SyntaxError as e:
    print(e)

# Output:
# ~T ~U ~S <class 'int'> (<class 'str'>, <class 'bytes'>) T __main__
# typing.List typing.List[int] typing.Dict[str, typing.List[int]] typing.Optional[int] typing.Union[int, str] typing.Union[int, str, NoneType]
# typing.Callable[[int], str] typing.Callable[..., int] typing.Callable[[], NoneType] typing.Tuple[int, ...] typing.Tuple[()] typing.Tuple[int, str]
# typing.Type[int] typing.FrozenSet[int] typing.Set[str] typing.Iterable[~T] typing.Iterator[int] typing.Generator[int, NoneType, NoneType]
# typing.Sequence[int] typing.Mapping[str, int] typing.MutableMapping[str, int] typing.Deque[int] typing.DefaultDict[str, int] typing.Counter[str]
# typing.Literal[1, 'a', None] typing.Annotated[int, 'meta', 3] typing.ClassVar[int] typing.Final[str] typing.Final
# typing.Any typing.NoReturn typing.Never typing.Self typing.LiteralString typing.TypeAlias typing.Union typing.Optional <class 'typing.Generic'> <class 'typing.Protocol'>
# typing.Union[int, NoneType, str] typing.Optional[typing.List[int]] typing.Union[int, typing.List[int]] True
# typing.Dict[str, int] typing.List[typing.Tuple[str, bool]] typing.Callable[[int], int]
# <class 'list'> typing.Union <class 'types.UnionType'> <class 'typing.Annotated'> <class 'typing.Generic'> None typing.Literal
# (<class 'int'>,) ([<class 'int'>], <class 'str'>) (Ellipsis, <class 'str'>) (<class 'int'>, <class 'str'>) (<class 'int'>, <class 'NoneType'>) (<class 'int'>, 'x') () ()
# True True True True True
# ~P P.args P.kwargs typing.Callable[~P, int] typing.Callable[typing.Concatenate[int, ~P], int] ~P
# ~AnyStr <class 'str'> False typing.Union[~T, int] typing.Union[int, ~T]
# typing.Optional[int] typing.Union[int, str, float] <class 'int'> <class 'int'>
# True False typing.Literal[1, 2, 3]
# True True False
# typing.Annotated[int, 1, 2] (1,)
# Union[()] !! TypeError Cannot take a Union of no types.
# Optional[int, str] !! TypeError typing.Optional requires a single type. Got (<class 'int'>, <class 'str'>).
# ClassVar[int, str] !! TypeError typing.ClassVar accepts only single type. Got (<class 'int'>, <class 'str'>).
# List[int, str] !! TypeError Too many arguments for typing.List; actual 2, expected 1
# Dict[int] !! TypeError Too few arguments for typing.Dict; actual 1, expected 2
# Hashable[int] !! TypeError typing.Hashable is not a generic class
# Callable[[int], str, int] !! TypeError Callable must be used as Callable[[arg, ...], result].
# Callable[int] !! TypeError Callable must be used as Callable[[arg, ...], result].
# Generic[int] !! TypeError Parameters to Generic[...] must all be type variables or parameter specification variables.
# Generic[()] !! TypeError Parameter list to Generic[...] cannot be empty
# Annotated[int] !! TypeError Annotated[...] should be used with at least two arguments (a type and an annotation).
# Concatenate[int] !! TypeError The last parameter to Concatenate should be a ParamSpec variable or ellipsis.
# Any() !! TypeError Any cannot be instantiated
# List() !! TypeError Type List cannot be instantiated; use list() instead
# Union() !! TypeError Cannot instantiate typing.Union
# isinstance(1, Union) !! TypeError typing.Union cannot be used with isinstance()
# isinstance(1, Any) !! TypeError typing.Any cannot be used with isinstance()
# isinstance(1, List[int]) !! TypeError Subscripted generics cannot be used with class and instance checks
# TypeVar('X', int) !! TypeError A single constraint is not allowed
# TypeVar('X', int, str, bound=int) !! TypeError Constraints cannot be combined with bound=...
# TypeVar('X', covariant=True, contravariant=True) !! ValueError Bivariant types are not supported.
# Union[int, ClassVar[int]] !! TypeError typing.ClassVar[int] is not valid as type argument
# List[Final] !! TypeError Plain typing.Final is not valid as type argument
# Self[int] !! TypeError typing.Self is not subscriptable
# List[int][int] !! TypeError typing.List[int] is not a generic class
# Tuple[int, ...][int] !! TypeError typing.Tuple[int, ...] is not a generic class
# Concatenate[()] !! TypeError Cannot take a Concatenate of no types.
# Required[int, str] !! TypeError Required accepts only a single type. Got (<class 'int'>, <class 'str'>).
# class X(Union): pass !! TypeError Cannot subclass typing.Union
# TypeGuard[int, str] !! TypeError typing.TypeGuard accepts only single type. Got (<class 'int'>, <class 'str'>).
# Optional[()] !! TypeError typing.Optional requires a single type. Got ().
#  defaultdict(<class 'int'>, {})
# a 3
# Expected code to be unreachable, but got: 5
# __main__.UserId 5 <class 'int'>
# Cannot subclass an instance of NewType. Perhaps you were looking for: `Bad = NewType('Bad', UserId)`
# typing.Unpack Ts *Ts ForwardRef('int') ForwardRef('x', module='m') typing.List[ForwardRef('int')]
# Forward reference must be an expression -- got '1 +'
