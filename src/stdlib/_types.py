"""The types of subscripted generics and of `X | Y` unions (PEP 585,
PEP 604): `list[int]` is a `types.GenericAlias`, `int | None` a
`types.UnionType`. Written here from the documentation of the `types`
module ("Generic Alias Type", "Union Type").

The runtime imports this module itself when a builtin class is subscripted
or two types are or-ed (`__class_getitem__`, `type.__or__`), whatever the
sandbox was granted: annotations such as `def f(x: list[int]) -> dict[str,
int] | None` are evaluated when the function is defined. It keeps no
mutable state, so it is built once per runtime and shared frozen.
"""

NoneType = type(None)


def _type_repr(obj, in_union=False):
    """How an argument of a generic (or, `in_union`, of a union, where
    NoneType shows as None) is shown."""
    if obj is ...:
        return '...'
    if obj is NoneType:
        return 'None' if in_union else 'NoneType'
    if isinstance(obj, GenericAlias) or isinstance(obj, UnionType):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return repr(obj)


def _is_typevar_like(obj):
    return type(obj).__name__ in ('TypeVar', 'ParamSpec', 'TypeVarTuple')


def _parameters(args):
    """The type variables of `args`: themselves, and those of the
    arguments that have `__parameters__` (other than classes)."""
    found = []
    for a in args:
        if isinstance(a, type):
            continue
        if _is_typevar_like(a):
            if a not in found:
                found.append(a)
            continue
        for p in getattr(a, '__parameters__', None) or ():
            if p not in found:
                found.append(p)
    return tuple(found)


def _substitution(alias, item):
    """The map from the type variables of `alias` to the arguments `item`
    of its subscription (TypeError when their numbers differ)."""
    params = alias.__parameters__
    if not params:
        raise TypeError('%r is not a generic class' % (alias,))
    if not isinstance(item, tuple):
        item = (item,)
    if len(item) != len(params):
        raise TypeError('Too %s arguments for %r; actual %d, expected %d' % (
            'many' if len(item) > len(params) else 'few', alias, len(item), len(params)))
    return dict(zip(params, item))


def _substitute(arg, subst):
    """`arg` with the type variables of `subst` replaced, in it and in the
    arguments it has (`list[T]`, `typing.Dict[str, T]`)."""
    if _is_typevar_like(arg):
        return subst[arg]
    params = None if isinstance(arg, type) else getattr(arg, '__parameters__', None)
    if params:
        new = tuple(subst[p] for p in params)
        return arg[new if len(new) != 1 else new[0]]
    return arg


class GenericAlias:
    """The type of parameterized generics such as `list[int]`."""

    __module__ = 'types'
    __slots__ = ('__origin__', '__args__', '__parameters__', '__unpacked__')

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _parameters(args))
        object.__setattr__(self, '__unpacked__', False)

    def __repr__(self):
        if not self.__args__:
            args = '()'
        else:
            args = ', '.join(_type_repr(a) for a in self.__args__)
        return '%s[%s]' % (_type_repr(self.__origin__), args)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__ and self.__args__ == other.__args__
                and self.__unpacked__ == other.__unpacked__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, item):
        subst = _substitution(self, item)
        return GenericAlias(self.__origin__, tuple(_substitute(a, subst) for a in self.__args__))

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __dir__(self):
        names = set(dir(self.__origin__))
        names.update(('__origin__', '__args__', '__parameters__', '__unpacked__'))
        return sorted(names)



def _unionable(obj):
    """What `|` makes a `types.UnionType` of (3.11: not type variables,
    whose own `__or__` makes a `typing.Union`)."""
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType))


def _union(left, right):
    """`left | right` of two types (or None, generics, unions); NotImplemented
    for other operands."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    args = []
    for side in (left, right):
        items = side.__args__ if isinstance(side, UnionType) else (side,)
        for a in items:
            if a is None:
                a = NoneType
            if a not in args:
                args.append(a)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


class UnionType:
    """The type of unions such as `int | None`."""

    __module__ = 'types'
    __slots__ = ('__args__', '__parameters__')

    def __init__(self, args, /):
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _parameters(args))

    def __repr__(self):
        return ' | '.join(_type_repr(a, True) for a in self.__args__)

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        # As a tuple of its members: the first match answers.
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False

    def __getitem__(self, item):
        subst = _substitution(self, item)
        result = None
        for a in self.__args__:
            a = _substitute(a, subst)
            result = a if result is None else result | a
        return result

