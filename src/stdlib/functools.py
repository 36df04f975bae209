"""functools: tools for working with functions and callable objects.

sandpy's functools is written for sandpy: reduce, cmp_to_key and the
table behind lru_cache are native (the accelerator `_functools`); the
rest is here. This module keeps no mutable module-level state: every
table (an lru_cache's entries, a singledispatch registry and its cache)
belongs to the wrapper that uses it.
"""

from _functools import reduce, cmp_to_key, _lru_store, _bind

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']


# ----- update_wrapper and wraps ------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    `assigned`, merge the dicts named in `updated`, and set __wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__
    # does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ----- total_ordering ----------------------------------------------------

def _derived(base, flip, equal_wanted):
    # One derived comparison from the class's `base` method: its result,
    # negated when `flip`; then combined with equality: `equal_wanted`
    # True means "or self == other", False "and self != other", None
    # leaves it alone.
    def method(self, other):
        result = getattr(type(self), base)(self, other)
        if result is NotImplemented:
            return result
        if flip:
            result = not result
        if equal_wanted is True:
            return result or self == other
        if equal_wanted is False:
            return result and self != other
        return result
    return method


# For each root: the other three operations as (flip, equality rule).
_ORDER_RULES = {
    '__lt__': {'__gt__': (True, False), '__le__': (False, True),
               '__ge__': (True, None)},
    '__le__': {'__ge__': (True, True), '__lt__': (False, False),
               '__gt__': (True, None)},
    '__gt__': {'__lt__': (True, False), '__ge__': (False, True),
               '__le__': (True, None)},
    '__ge__': {'__le__': (True, True), '__gt__': (False, False),
               '__lt__': (True, None)},
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from
    one of __lt__, __le__, __gt__ or __ge__."""
    defined = [name for name in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, name, None) is not getattr(object, name, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # CPython's choice of root: the greatest name ('__lt__' first).
    root = max(defined)
    for name, (flip, equal_wanted) in _ORDER_RULES[root].items():
        if name in defined:
            continue
        method = _derived(root, flip, equal_wanted)
        method.__name__ = name
        method.__qualname__ = cls.__qualname__ + '.' + name
        method.__doc__ = getattr(int, name).__doc__
        setattr(cls, name, method)
    return cls


# ----- partial -----------------------------------------------------------

_MISSING = object()

class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    def __new__(cls, func=_MISSING, /, *args, **keywords):
        if func is _MISSING:
            raise TypeError("type 'partial' takes at least one argument")
        if isinstance(func, partial) and _plain_partial(func):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        if not callable(func):
            raise TypeError('the first argument must be callable')
        self = super().__new__(cls)
        object.__setattr__(self, '_partial_state', (func, args, keywords))
        return self

    @property
    def func(self):
        """function object to use in future partial calls"""
        return self._partial_state[0]

    @property
    def args(self):
        """tuple of arguments to future partial calls"""
        return self._partial_state[1]

    @property
    def keywords(self):
        """dictionary of keyword arguments to future partial calls"""
        return self._partial_state[2]

    def __call__(self, /, *args, **keywords):
        func, first, fixed = self._partial_state
        if fixed:
            keywords = {**fixed, **keywords}
        return func(*first, *args, **keywords)

    def __repr__(self):
        func, args, keywords = self._partial_state
        parts = [repr(func)]
        parts.extend(repr(a) for a in args)
        parts.extend(f'{k}={v!r}' for k, v in keywords.items())
        # CPython names the type as its C struct does: 'functools.partial'
        # for partial itself, the bare class name for a subclass.
        cls = type(self)
        name = 'functools.partial' if cls is partial else cls.__name__
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        func, args, keywords = self._partial_state
        extra = {k: v for k, v in vars(self).items() if k != '_partial_state'}
        return (type(self), (func,), (func, args, keywords or None, extra or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, extra = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError('invalid partial state')
        args = tuple(args)
        keywords = {} if keywords is None else dict(keywords)
        object.__setattr__(self, '_partial_state', (func, args, keywords))
        if extra:
            for k, v in extra.items():
                setattr(self, k, v)


def _plain_partial(p):
    # A partial whose __dict__ holds nothing but its state can be merged
    # into a new one (CPython flattens only those).
    return type(p).__call__ is partial.__call__ and list(vars(p)) == ['_partial_state']


class partialmethod:
    """Method descriptor with partial application of the given arguments
    and keywords.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f'{k}={v!r}' for k, v in self.keywords.items())
        cls = type(self)
        return f"{cls.__module__}.{cls.__qualname__}({', '.join(parts)})"

    def _unbound(self):
        fixed = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**fixed.keywords, **keywords}
            return fixed.func(cls_or_self, *fixed.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        bound = _bind(self.func, obj, cls)
        if bound is not self.func:
            result = partial(bound, *self.args, **self.keywords)
            owner = getattr(bound, '__self__', _MISSING)
            if owner is not _MISSING:
                result.__self__ = owner
            return result
        return _bind(self._unbound(), obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


def _is_descriptor(obj):
    return (isinstance(obj, (classmethod, staticmethod, property))
            or hasattr(type(obj), '__get__'))


# ----- lru_cache and cache -----------------------------------------------

class CacheInfo(tuple):
    """CacheInfo(hits, misses, maxsize, currsize)"""

    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __new__(cls, hits, misses, maxsize, currsize):
        return tuple.__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0], doc='Alias for field number 0')
    misses = property(lambda self: self[1], doc='Alias for field number 1')
    maxsize = property(lambda self: self[2], doc='Alias for field number 2')
    currsize = property(lambda self: self[3], doc='Alias for field number 3')

    def __repr__(self):
        return (f'CacheInfo(hits={self[0]!r}, misses={self[1]!r}, '
                f'maxsize={self[2]!r}, currsize={self[3]!r})')

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)


_CacheInfo = CacheInfo


def _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo):
    store = _lru_store(user_function, maxsize, typed)
    call = store.call

    def wrapper(*args, **kwds):
        return call(args, kwds)

    def cache_info():
        """Report cache statistics"""
        return _CacheInfo(*store.info())

    def cache_clear():
        """Clear the cache and cache statistics"""
        store.clear()

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    If maxsize is None, the cache grows without bound; 0 caches nothing.
    With typed true, arguments of different types are cached apart
    (f(3) and f(3.0) are two entries). The wrapper's cache_info() returns
    a CacheInfo(hits, misses, maxsize, currsize); cache_clear() empties
    it; the wrapped function is __wrapped__.
    """
    if callable(maxsize) and isinstance(typed, bool):
        # Used bare: @lru_cache.
        user_function = maxsize
        return _decorate(user_function, 128, typed)
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _decorate(user_function, maxsize, typed)
    return decorating_function


def _decorate(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    parameters = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(parameters)
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """An unbounded cache of the function's results by arguments:
    lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


# ----- cached_property ---------------------------------------------------

_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the
    instance's __dict__ (delete the attribute to compute it again)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                'Cannot assign the same cached_property to two different names '
                f'({self.attrname!r} and {name!r}).'
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError(
                'Cannot use cached_property instance without calling __set_name__ on it.')
        try:
            store = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f'instance to cache {name!r} property.'
            ) from None
        value = store.get(name, _NOT_FOUND)
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f'does not support item assignment for caching {name!r} property.'
                ) from None
        return value


# ----- singledispatch ----------------------------------------------------

def _is_union(t):
    return type(t).__name__ in ('UnionType', '_UnionGenericAlias') and hasattr(t, '__args__')


def _dispatch_type_ok(t):
    if isinstance(t, type):
        return True
    return _is_union(t) and all(isinstance(a, type) for a in t.__args__)


class _RegistryView:
    """A read-only view of a singledispatch registry (CPython gives a
    types.MappingProxyType)."""

    def __init__(self, table):
        self._table = table

    def __getitem__(self, key):
        return self._table[key]

    def __contains__(self, key):
        return key in self._table

    def __iter__(self):
        return iter(self._table)

    def __len__(self):
        return len(self._table)

    def get(self, key, default=None):
        return self._table.get(key, default)

    def keys(self):
        return self._table.keys()

    def values(self):
        return self._table.values()

    def items(self):
        return self._table.items()

    def copy(self):
        return dict(self._table)

    def __repr__(self):
        return f'mappingproxy({self._table!r})'


def _best_match(cls, table):
    # The implementation registered for the nearest class of cls's MRO.
    for base in cls.__mro__:
        if base in table:
            return table[base]
    return None


def singledispatch(func):
    """Single-dispatch generic function decorator.

    The decorated function picks an implementation by the type of its
    first argument: register one with `@f.register(cls)`, with
    `@f.register` on a function whose first parameter is annotated, or
    `f.register(cls, impl)`.
    """
    table = {object: func}
    found = {}

    def dispatch(cls):
        """generic_func.dispatch(cls) -> <function implementation>

        The implementation registered for the nearest base of cls.
        """
        impl = found.get(cls)
        if impl is None:
            impl = _best_match(cls, table)
            found[cls] = impl
        return impl

    def register(cls, func=None):
        """generic_func.register(cls, func) -> func

        Register func as the implementation for cls.
        """
        if _dispatch_type_ok(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f'Invalid first argument to `register()`. '
                    f'{cls!r} is not a class or union type.')
            notes = getattr(cls, '__annotations__', None) or {}
            if not notes:
                raise TypeError(
                    f'Invalid first argument to `register()`: {cls!r}. '
                    f'Use either `@register(some_class)` or plain `@register` '
                    f'on an annotated function.')
            func = cls
            argname, cls = next(iter(notes.items()))
            if isinstance(cls, str):
                # A string annotation names its class in the function's
                # globals (typing.get_type_hints evaluates it so).
                cls = eval(cls, getattr(func, '__globals__', {}))
            if not _dispatch_type_ok(cls):
                if _is_union(cls):
                    raise TypeError(
                        f'Invalid annotation for {argname!r}. '
                        f'{cls!r} not all arguments are classes.')
                raise TypeError(
                    f'Invalid annotation for {argname!r}. {cls!r} is not a class.')
        if _is_union(cls):
            for member in cls.__args__:
                table[member] = func
        else:
            table[cls] = func
        found.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _RegistryView(table)
    wrapper._clear_cache = found.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """Single-dispatch generic method descriptor.

    Supports wrapping existing descriptors and handles non-descriptor
    callables as instance methods.
    """

    def __init__(self, func):
        if not callable(func) and not _is_descriptor(func):
            raise TypeError(f'{func!r} is not callable or a descriptor')
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """generic_method.register(cls, func) -> func

        Register func as the implementation for cls.
        """
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher

        def _method(*args, **kwargs):
            impl = dispatcher.dispatch(args[0].__class__)
            return _bind(impl, obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
