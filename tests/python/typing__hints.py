from typing import *
import typing

class Node:
    val: int
    next: 'Optional[Node]'
    tags: List['str'] = []
    c: ClassVar[int] = 0
class Sub(Node):
    extra: 'Annotated[float, "unit"]'
def fn(a: int, b: 'str' = 'x', *args: 'List[int]', c: None = None, **kw: float) -> 'Node':
    pass
print(get_type_hints(fn))
print(get_type_hints(Node))
print(get_type_hints(Sub))
print(get_type_hints(Sub, include_extras=True))
def h(x: list['int'], y: 'int | None', z: dict[str, 'Node']) -> None: pass
print(get_type_hints(h))
def r(x: Required[int]) -> Annotated[int, 1]: pass
print(get_type_hints(r), get_type_hints(r, include_extras=True))
def loc(x: 'Local'): pass
class Local: pass
print(get_type_hints(loc, localns={'Local': int}))
try:
    def bad(x: 'Undefined'): pass
    get_type_hints(bad)
except NameError as e:
    print('NameError', e)
try:
    get_type_hints(3)
except TypeError as e:
    print(e)
print(get_type_hints(typing.cast), get_type_hints(len) if False else '')
import collections.abc as cabc
print(cabc.Callable[[int], str], cabc.Callable[..., int], get_args(cabc.Callable[[int], str]), cabc.Iterable[int], cabc.Mapping[str, int])
T = TypeVar('T')
print(cabc.Callable[[T], T][int], type(cabc.Callable[[int], str]).__name__)
for code in ['cabc.Callable[int]', 'cabc.Callable[int, str]']:
    try:
        print(eval(code))
    except Exception as e:
        print(type(e).__name__, e)
class Tree(Generic[T]):
    left: 'Tree[T]'
    value: T
print(get_type_hints(Tree))
print(typing.get_type_hints(typing.NamedTuple('Q', [('a', int)])))

# Output:
# {'a': <class 'int'>, 'b': <class 'str'>, 'args': typing.List[int], 'c': <class 'NoneType'>, 'kw': <class 'float'>, 'return': <class '__main__.Node'>}
# {'val': <class 'int'>, 'next': typing.Optional[__main__.Node], 'tags': typing.List[str], 'c': typing.ClassVar[int]}
# {'val': <class 'int'>, 'next': typing.Optional[__main__.Node], 'tags': typing.List[str], 'c': typing.ClassVar[int], 'extra': <class 'float'>}
# {'val': <class 'int'>, 'next': typing.Optional[__main__.Node], 'tags': typing.List[str], 'c': typing.ClassVar[int], 'extra': typing.Annotated[float, 'unit']}
# {'x': list[int], 'y': int | None, 'z': dict[str, __main__.Node], 'return': <class 'NoneType'>}
# {'x': <class 'int'>, 'return': <class 'int'>} {'x': typing.Required[int], 'return': typing.Annotated[int, 1]}
# {'x': <class 'int'>}
# NameError name 'Undefined' is not defined
# 3 is not a module, class, method, or function.
# {} 
# collections.abc.Callable[[int], str] collections.abc.Callable[..., int] ([<class 'int'>], <class 'str'>) collections.abc.Iterable[int] collections.abc.Mapping[str, int]
# collections.abc.Callable[[int], int] _CallableGenericAlias
# TypeError Callable must be used as Callable[[arg, ...], result].
# TypeError Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got <class 'int'>
# {'left': __main__.Tree[~T], 'value': ~T}
# {'a': <class 'int'>}
