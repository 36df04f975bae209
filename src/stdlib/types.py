"""Names for the interpreter's built-in types, and helpers to make
classes dynamically. Written for sandpy from the documentation of the
`types` module.

Most names are `type(x)` of an object the interpreter makes; sandpy's
builtins are natives, so the descriptor types (`WrapperDescriptorType`,
`MethodDescriptorType`, ...) are whatever class those objects have here
(often `builtin_function_or_method`). `GenericAlias` and `UnionType` come
from the runtime's `_types`.

Module state: none (the `SimpleNamespace` repr guard lives in this
sandbox's `_abc._state()`), so the module is built once and shared frozen.
"""

import _abc
from _types import GenericAlias, UnionType, NoneType


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(compile('', '<types>', 'exec'))
MappingProxyType = type(type.__dict__)
ModuleType = type(_abc)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)


def _cell_of():
    x = None

    def inner():
        return x
    return inner.__closure__[0]


CellType = type(_cell_of())


def _gen():
    yield 1


GeneratorType = type(_gen())


async def _coro():
    pass


_c = _coro()
CoroutineType = type(_c)
_c.close()
del _c


async def _agen():
    yield 1


AsyncGeneratorType = type(_agen())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
del _C

WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])


def _absent_type(name):
    """A class standing for a CPython type of which sandpy has no objects
    (it hands out no frames, and its slots and getters are not descriptor
    objects): isinstance() of anything is False, and it makes none."""
    def __new__(cls, *args, **kwargs):
        raise TypeError(f"cannot create '{name}' instances")
    return type(name, (), {'__new__': __new__, '__module__': 'builtins',
                           '__slots__': ()})


GetSetDescriptorType = _absent_type('getset_descriptor')
MemberDescriptorType = _absent_type('member_descriptor')

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    _frame = getattr(_e.__traceback__, 'tb_frame', None)
    FrameType = type(_frame) if _frame is not None else _absent_type('frame')
    del _e, _frame


def _namespace_guard():
    """The ids of the namespaces whose repr this sandbox is writing."""
    return _abc._state().setdefault('types.namespace_repr', set())


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    __module__ = 'types'

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        running = _namespace_guard()
        key = id(self)
        if key in running:
            return name + '(...)'
        running.add(key)
        try:
            parts = ['%s=%r' % (k, v) for k, v in self.__dict__.items()
                     if isinstance(k, str) and k]
        finally:
            running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return (type(self), (), self.__dict__)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new = entries(bases)
        updated = True
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived of `meta` and the metaclasses of `bases`."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class '
                        'must be a (non-strict) subclass of the metaclasses '
                        'of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple: the namespace is
    what __prepare__ returned, kwds a copy of the keywords given without
    any 'metaclass' entry.
    """
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = {} if prepare is None else prepare(name, bases, **kwds)
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    A descriptor that behaves as a property on instances, while looking
    it up on the class raises AttributeError, so that the metaclass's
    __getattr__ answers (enum uses it for `name` and `value`).
    """

    __module__ = 'types'

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError('unreadable attribute')
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, fget, fset, fdel):
        doc = fget.__doc__ if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)


class _GeneratorWrapper:
    """A generator made awaitable by `coroutine`."""

    __module__ = 'types'

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    @property
    def gi_yieldfrom(self):
        return self.__wrapped.gi_yieldfrom

    cr_running = gi_running
    cr_await = gi_yieldfrom

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _GeneratorWrapper)):
            return result
        if isinstance(result, GeneratorType):
            return _GeneratorWrapper(result)
        return result

    for attr in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, attr, getattr(func, attr))
        except AttributeError:
            pass
    wrapped.__dict__.update(getattr(func, '__dict__', {}))
    wrapped.__wrapped__ = func
    return wrapped


__all__ = [n for n in globals() if n[:1] != '_']
