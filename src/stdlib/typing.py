"""Support for type hints (PEP 484 and its successors), written for sandpy
from the documentation of Python 3.11's `typing` module.

Every public name of 3.11's `typing` is here. The module keeps no mutable
state of its own, so it is built once per runtime and shared frozen: its
special forms, aliases and classes are immutable, and what a program
creates from them (subscripted aliases, type variables, its own generic
classes, protocols, named tuples and typed dicts) is the program's own.
The one registry `typing` keeps, that of `@overload`, is per sandbox
(`_abc._state()`).

Objects made by subscripting are made afresh on each subscription (CPython
caches them), so two `List[int]` are equal but not always identical.
"""

import collections.abc as _cabc
import collections as _collections_mod
import contextlib as _contextlib
import abc as _abc_mod
import _abc
from _types import GenericAlias as _PyGenericAlias, UnionType as _PyUnionType
from _collections import _caller_module

# The special forms, type variables, generic aliases, Generic and Protocol
# live in _typing_forms; every name of it is typing's too.
from _typing_forms import (
    _NoneType, _FunctionType, _ModuleType, _MethodType, _caller,
    _module_globals, _is_dunder, _type_repr, _is_typevar_like, _is_param_expr,
    _type_convert, _type_check, _collect_parameters, _check_count, _substitute,
    _dedupe, _flatten_union, _Final, _SpecialForm, _LiteralSpecialForm, _AnyMeta,
    Any, _not_subscriptable, _form, NoReturn, Never, Self, LiteralString, TypeAlias,
    _single, _single_only, ClassVar, Final, TypeGuard, Required, NotRequired,
    _union_item, Union, _optional_item, Optional, _literal_key, _literal_item,
    Literal, _concatenate_item, Concatenate, _unpack_item, Unpack, ForwardRef,
    _eval_type, _TypeVarLike, TypeVar, TypeVarTuple, ParamSpecArgs, ParamSpecKwargs,
    ParamSpec, _BaseGenericAlias, _GenericAlias, _TypingEllipsis,
    _SpecialGenericAlias, _callable_repr, _CallableGenericAlias, _CallableType,
    _TupleType, _UnionGenericAlias, _LiteralGenericAlias, _ConcatenateGenericAlias,
    _UnpackGenericAlias, _AnnotatedAlias, Annotated, Generic, _PROTOCOL_SKIP,
    _get_protocol_attrs, _methods_only, _no_init, _PROTOCOL_BASES_OK, _reckless,
    _check_protocol_runtime, _ProtocolMeta, _protocol_hook, Protocol,
    runtime_checkable, _unflatten_callable,
)

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible',
    'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
    'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_type_hints', 'is_typeddict', 'LiteralString', 'Never', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'NotRequired', 'overload',
    'ParamSpecArgs', 'ParamSpecKwargs', 'Required', 'reveal_type', 'runtime_checkable',
    'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'Unpack',
]

# ---------------------------------------------------------------- the aliases

def _alias(origin, nparams, *, inst=True, name=None):
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


def _re_types():
    import re
    return re.Pattern, re.Match


Hashable = _alias(_cabc.Hashable, 0)
Awaitable = _alias(_cabc.Awaitable, 1)
Coroutine = _alias(_cabc.Coroutine, 3)
AsyncIterable = _alias(_cabc.AsyncIterable, 1)
AsyncIterator = _alias(_cabc.AsyncIterator, 1)
Iterable = _alias(_cabc.Iterable, 1)
Iterator = _alias(_cabc.Iterator, 1)
Reversible = _alias(_cabc.Reversible, 1)
Sized = _alias(_cabc.Sized, 0)
Container = _alias(_cabc.Container, 1)
Collection = _alias(_cabc.Collection, 1)
Callable = _CallableType(_cabc.Callable, 2)
Callable.__doc__ = ("Deprecated alias to collections.abc.Callable.\n\n"
                    "Callable[[int], str] signifies a function of (int) -> str.")
AbstractSet = _alias(_cabc.Set, 1, name='AbstractSet')
MutableSet = _alias(_cabc.MutableSet, 1)
Mapping = _alias(_cabc.Mapping, 2)
MutableMapping = _alias(_cabc.MutableMapping, 2)
Sequence = _alias(_cabc.Sequence, 1)
MutableSequence = _alias(_cabc.MutableSequence, 1)
ByteString = _alias(_cabc.ByteString, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections_mod.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(_cabc.MappingView, 1)
KeysView = _alias(_cabc.KeysView, 1)
ItemsView = _alias(_cabc.ItemsView, 2)
ValuesView = _alias(_cabc.ValuesView, 1)
ContextManager = _alias(_contextlib.AbstractContextManager, 1, name='ContextManager')
AsyncContextManager = _alias(_contextlib.AbstractAsyncContextManager, 1,
                             name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections_mod.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections_mod.OrderedDict, 2)
Counter = _alias(_collections_mod.Counter, 1)
ChainMap = _alias(_collections_mod.ChainMap, 2)
Generator = _alias(_cabc.Generator, 3)
AsyncGenerator = _alias(_cabc.AsyncGenerator, 2)
Type = _alias(type, 1, inst=False, name='Type')
Pattern = _alias(_re_types()[0], 1)
Match = _alias(_re_types()[1], 1)
Text = str
TYPE_CHECKING = False

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------- protocols

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ---------------------------------------------------------------- NamedTuple

_NT_PROHIBITED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                            '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_NT_SPECIAL = frozenset({'__module__', '__name__', '__annotations__'})


def _make_namedtuple(name, fields, module, defaults=()):
    names = []
    types = {}
    for n, t in fields:
        names.append(n)
        types[n] = _type_check(t, f"field {n} annotation must be a type")
    cls = _collections_mod.namedtuple(name, names, defaults=defaults, module=module)
    cls.__annotations__ = types
    try:
        cls.__new__.__annotations__ = dict(types)
    except (AttributeError, TypeError):
        pass
    return cls


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        with_default = []
        for field in types:
            if field in ns:
                with_default.append(field)
            elif with_default:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field, 's' if len(with_default) > 1 else '',
                                   ', '.join(with_default)))
        tpl = _make_namedtuple(typename, types.items(), ns['__module__'],
                               [ns[n] for n in with_default])
        if Generic in bases:
            params = ns.get('__orig_bases__', bases)
            tpl = type.__new__(type, typename, (tpl, Generic), {
                '__slots__': (), '__module__': ns['__module__'],
                '__orig_bases__': params})
            tpl.__parameters__ = _collect_parameters(params)
            tpl.__annotations__ = tpl.__mro__[1].__annotations__
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NT_SPECIAL and key not in tpl._fields:
                setattr(tpl, key, ns[key])
                set_name = getattr(type(ns[key]), '__set_name__', None)
                if set_name is not None:
                    set_name(ns[key], tpl, key)
        if Generic in bases:
            tpl.__init_subclass__()
        return tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class P(NamedTuple): x: int` or
    `NamedTuple('P', [('x', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, "
                        "not both")
    return _make_namedtuple(typename, fields, module=_caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------- TypedDict

class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        generic = (Generic,) if any(b is Generic or issubclass(b, Generic) for b in bases) else ()
        tp = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg, module=tp.__module__)
               for n, t in ns.get('__annotations__', {}).items()}
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        annotations.update(own)
        for key, t in own.items():
            origin = get_origin(t)
            if origin is Annotated:
                t = t.__origin__
                origin = get_origin(t)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp.__annotations__ = annotations
        tp.__required_keys__ = frozenset(required)
        tp.__optional_keys__ = frozenset(optional)
        if not hasattr(tp, '__total__'):
            tp.__total__ = total
        return tp

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict with a fixed set of typed keys: `class Movie(TypedDict): name: str`
    or `TypedDict('Movie', {'name': str})`; instances are plain dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields)}
    module = _caller()
    if module is not None:
        ns['__module__'] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------- NewType

class NewType:
    """A distinct type for type checkers: `UserId = NewType('UserId', int)`;
    at run time calling it returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller()
        if module != 'typing':
            self.__module__ = module

    def __mro_entries__(self, bases):
        supername = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                sub = cls.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{sub} = NewType({sub!r}, {supername})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---------------------------------------------------------------- IO

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @_abc_mod.abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abc_mod.abstractmethod
    def name(self) -> str:
        pass

    @_abc_mod.abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abc_mod.abstractmethod
    def closed(self) -> bool:
        pass

    @_abc_mod.abstractmethod
    def fileno(self) -> int:
        pass

    @_abc_mod.abstractmethod
    def flush(self) -> None:
        pass

    @_abc_mod.abstractmethod
    def isatty(self) -> bool:
        pass

    @_abc_mod.abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abc_mod.abstractmethod
    def readable(self) -> bool:
        pass

    @_abc_mod.abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abc_mod.abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @_abc_mod.abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abc_mod.abstractmethod
    def seekable(self) -> bool:
        pass

    @_abc_mod.abstractmethod
    def tell(self) -> int:
        pass

    @_abc_mod.abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abc_mod.abstractmethod
    def writable(self) -> bool:
        pass

    @_abc_mod.abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abc_mod.abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @_abc_mod.abstractmethod
    def __enter__(self) -> 'IO[AnyStr]':
        pass

    @_abc_mod.abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @_abc_mod.abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @_abc_mod.abstractmethod
    def __enter__(self) -> 'BinaryIO':
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @_abc_mod.abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abc_mod.abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abc_mod.abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @_abc_mod.abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abc_mod.abstractmethod
    def newlines(self) -> Any:
        pass

    @_abc_mod.abstractmethod
    def __enter__(self) -> 'TextIO':
        pass


# ---------------------------------------------------------------- functions

def cast(typ, val):
    """Cast a value to a type: for type checkers only; returns `val`."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm `val` has type `typ`; returns `val`."""
    return val


def reveal_type(obj, /):
    """Print the runtime type of `obj` to stderr and return it."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def _overload_registry():
    return _abc._state().setdefault('typing.overloads', {})


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Decorator for overloaded functions and methods: records `func` (see
    get_overloads) and returns a function that raises when called."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
    except AttributeError:
        return _overload_dummy
    _overload_registry().setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads recorded for `func`, in definition order."""
    f = getattr(func, '__func__', func)
    try:
        key = (f.__module__, f.__qualname__)
    except AttributeError:
        return []
    return list(_overload_registry().get(key, ()))


def clear_overloads():
    """Forget every recorded overload."""
    _overload_registry().clear()


def final(f):
    """Mark a method or class final (for type checkers); sets `__final__`."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator: annotations of `arg` are not type hints (get_type_hints
    returns {} for it)."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if isinstance(obj, _FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
        for key, obj in arg.__dict__.items():
            if isinstance(obj, (classmethod, staticmethod)):
                obj = obj.__func__
                if isinstance(obj, _FunctionType):
                    obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Give `decorator` the effect of no_type_check on what it decorates."""
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped_decorator, attr, getattr(decorator, attr))
        except AttributeError:
            pass
    wrapped_decorator.__wrapped__ = decorator
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Mark a decorator, class or metaclass as making dataclass-like classes;
    records the arguments in `__dataclass_transform__`."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


# ---------------------------------------------------------------- introspection

def get_origin(tp):
    """The unsubscripted version of a type: `get_origin(List[int]) is list`,
    `get_origin(Union[int, str]) is Union`; None when there is none."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _PyGenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _PyUnionType):
        return _PyUnionType
    return None


def get_args(tp):
    """The type arguments of a subscripted type, with Callable's parameters
    as a list: `get_args(Callable[[int], str]) == ([int], str)`."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _PyGenericAlias)):
        args = tp.__args__
        if _unflatten_callable(tp, args):
            args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, _PyUnionType):
        return tp.__args__
    return ()


def _strip_annotations(t):
    """`t` without Annotated, Required and NotRequired."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if isinstance(t, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else t.copy_with(stripped)
    if isinstance(t, _PyGenericAlias):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        return t if stripped == t.__args__ else _PyGenericAlias(t.__origin__, stripped)
    if isinstance(t, _PyUnionType):
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        result = stripped[0]
        for a in stripped[1:]:
            result = result | a
        return result
    return t


def _hint(value, globalns, localns, is_argument, is_class):
    if value is None:
        value = _NoneType
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=is_argument, is_class=is_class)
    return _eval_type(value, globalns, localns)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a module, class, method or function, with string
    annotations evaluated (in the module's globals, or `globalns`/`localns`)
    and None as NoneType; a class's include its bases' (bases first).
    Annotated, Required and NotRequired are removed unless include_extras."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if not isinstance(ann, dict):
                ann = {}
            if globalns is None:
                g = _module_globals(base.__module__)
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                g, l = l, g
            for name, value in ann.items():
                hints[name] = _hint(value, g, l, False, True)
    else:
        if globalns is None:
            if isinstance(obj, _ModuleType):
                globalns = obj.__dict__
            else:
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
            if localns is None:
                localns = globalns
        elif localns is None:
            localns = globalns
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if isinstance(obj, (_FunctionType, _ModuleType, _MethodType)) or callable(obj):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        is_argument = not isinstance(obj, _ModuleType)
        for name, value in dict(ann).items():
            hints[name] = _hint(value, globalns, localns, is_argument, False)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
