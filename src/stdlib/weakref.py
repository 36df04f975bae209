"""Weak references and the containers built on them.

Written for sandpy from the documentation of CPython's weakref module.
`ref`, `getweakrefcount` and `getweakrefs` are native (`_weakref`, over the
heap's weak table); the proxies, WeakMethod, the weak containers and
finalize are here.

A weak reference to a frozen (shared) object never dies: frozen objects are
immortal. Callbacks run after the referent is freed and its references
cleared, at the interpreter's next call out of plain Python code (as the
finalizers do), not inside the statement that freed it.
"""

from _weakref import (ref, ReferenceType, getweakrefcount, getweakrefs,
                      _ProxyBase, _deref, _proxy_repr, _is_proxy)
from collections.abc import MutableMapping, MutableSet

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ---------------------------------------------------------------- proxies

def _plain(x):
    """The referent of a proxy (a proxy operand is unwrapped), else x."""
    if _is_proxy(x):
        return _deref(x)
    return x


class _ProxyOps(_ProxyBase):
    """What both proxy types forward to their referent."""

    __slots__ = ()

    def __getattribute__(self, name):
        return getattr(_deref(self), name)

    def __setattr__(self, name, value):
        setattr(_deref(self), name, value)

    def __delattr__(self, name):
        delattr(_deref(self), name)

    def __repr__(self):
        return _proxy_repr(self)

    def __str__(self):
        return str(_deref(self))

    def __bytes__(self):
        return bytes(_deref(self))

    def __bool__(self):
        return bool(_deref(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __len__(self):
        return len(_deref(self))

    def __getitem__(self, key):
        return _deref(self)[key]

    def __setitem__(self, key, value):
        _deref(self)[key] = value

    def __delitem__(self, key):
        del _deref(self)[key]

    def __contains__(self, item):
        return item in _deref(self)

    def __iter__(self):
        return iter(_deref(self))

    def __next__(self):
        target = _deref(self)
        if not hasattr(type(target), "__next__"):
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object"
                            % type(target).__name__)
        return next(target)

    def __reversed__(self):
        return reversed(_deref(self))

    def __eq__(self, other):
        return _deref(self) == _plain(other)

    def __ne__(self, other):
        return _deref(self) != _plain(other)

    def __lt__(self, other):
        return _deref(self) < _plain(other)

    def __le__(self, other):
        return _deref(self) <= _plain(other)

    def __gt__(self, other):
        return _deref(self) > _plain(other)

    def __ge__(self, other):
        return _deref(self) >= _plain(other)

    def __index__(self):
        import operator
        return operator.index(_deref(self))

    def __int__(self):
        return int(_deref(self))

    def __float__(self):
        return float(_deref(self))

    def __abs__(self):
        return abs(_deref(self))

    def __neg__(self):
        return -_deref(self)

    def __pos__(self):
        return +_deref(self)

    def __invert__(self):
        return ~_deref(self)


def _binary(op):
    def forward(self, other):
        return op(_deref(self), _plain(other))

    def backward(self, other):
        return op(_plain(other), _deref(self))

    def inplace(self, other):
        target = _deref(self)
        return iop(target, _plain(other))

    import operator
    iop = getattr(operator, "__i%s__" % op.__name__.strip("_"))
    return forward, backward, inplace


def _add_binary_ops(cls):
    import operator
    for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
                 "pow", "lshift", "rshift", "and", "xor", "or"):
        op = getattr(operator, "__%s__" % name)
        forward, backward, inplace = _binary(op)
        setattr(cls, "__%s__" % name, forward)
        setattr(cls, "__r%s__" % name, backward)
        setattr(cls, "__i%s__" % name, inplace)

    def __divmod__(self, other):
        return divmod(_deref(self), _plain(other))

    def __rdivmod__(self, other):
        return divmod(_plain(other), _deref(self))

    cls.__divmod__ = __divmod__
    cls.__rdivmod__ = __rdivmod__


_add_binary_ops(_ProxyOps)


class ProxyType(_ProxyOps):
    __slots__ = ()


class CallableProxyType(_ProxyOps):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _deref(self)(*args, **kwargs)


ProxyType.__module__ = "weakref"
CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    """A proxy to object that uses a weak reference; callback(proxy) is
    called when object is about to be finalized."""
    if callable(object):
        return CallableProxyType(object, callback)
    return ProxyType(object, callback)


# ---------------------------------------------------------------- WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method that stays alive as long as both
    the object and the function it binds are alive."""

    __slots__ = ("_func_ref", "_meth_type", "_alive", "__weakref__")

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None

        def _cb(arg):
            # Called once, when either the object or the function dies.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)

        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented

    __hash__ = ref.__hash__


# ---------------------------------------------------------------- iteration guard

class _Guard:
    """Counts the iterations running over a weak container, so that entries
    whose referent dies meanwhile are removed only once none runs."""

    __slots__ = ("_owner",)

    def __init__(self, owner):
        self._owner = ref(owner)

    def __enter__(self):
        owner = self._owner()
        if owner is not None:
            owner._iterating += 1
        return self

    def __exit__(self, *exc):
        owner = self._owner()
        if owner is not None:
            owner._iterating -= 1
            if not owner._iterating:
                owner._flush()


# ---------------------------------------------------------------- WeakValueDictionary

class KeyedRef(ref):
    """A weak reference that remembers the key it is stored under (for the
    callbacks of WeakValueDictionary)."""

    __slots__ = ("key",)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)


class WeakValueDictionary(MutableMapping):
    """A mapping whose values are held weakly: an entry goes away when its
    value is freed."""

    def __init__(self, other=(), /, **kw):
        def remove(wr, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending.append(wr.key)
            elif self.data.get(wr.key) is wr:
                del self.data[wr.key]

        self._remove = remove
        self._pending = []
        self._iterating = 0
        self.data = {}
        self.update(other, **kw)

    def _flush(self):
        pending, self._pending = self._pending, []
        for key in pending:
            wr = self.data.get(key)
            if wr is not None and wr() is None:
                del self.data[key]

    def __getitem__(self, key):
        if self._pending:
            self._flush()
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending:
            self._flush()
        del self.data[key]

    def __len__(self):
        # Over a copy: a callback run meanwhile may remove entries.
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending:
            self._flush()
        self.data[key] = KeyedRef(value, self._remove, key)

    def _live_items(self):
        # (key, value) for every value still alive, over a snapshot of
        # the table; removals wait until the loop ends (_Guard).
        with _Guard(self):
            for key, wr in list(self.data.items()):
                o = wr()
                if o is not None:
                    yield key, o

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self._live_items():
            new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for key, o in self._live_items():
            new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        return self._live_items()

    def keys(self):
        # Not over _live_items: a suspended loop must not hold a value.
        with _Guard(self):
            for key, wr in list(self.data.items()):
                if wr() is not None:
                    yield key

    __iter__ = keys

    def itervaluerefs(self):
        """An iterator over the weak references to the values."""
        with _Guard(self):
            yield from list(self.data.values())

    def values(self):
        for _, o in self._live_items():
            yield o

    def popitem(self):
        if self._pending:
            self._flush()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def pop(self, key, *args):
        if self._pending:
            self._flush()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending:
                self._flush()
            self.data[key] = KeyedRef(default, self._remove, key)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending:
            self._flush()
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = KeyedRef(o, self._remove, key)
        for key, o in kwargs.items():
            self.data[key] = KeyedRef(o, self._remove, key)

    def valuerefs(self):
        """A list of the weak references to the values."""
        if self._pending:
            self._flush()
        return list(self.data.values())

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------------- WeakKeyDictionary

class WeakKeyDictionary(MutableMapping):
    """A mapping whose keys are held weakly: an entry goes away when its key
    is freed."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending.append(k)
            else:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        self._pending = []
        self._iterating = 0
        self._dirty_len = False
        if dict is not None:
            self.update(dict)

    def _flush(self):
        pending, self._pending = self._pending, []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __delitem__(self, key):
        self._dirty_len = True
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        return sum(1 for k in list(self.data) if k() is not None)

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def _live_items(self):
        # (key, value) for every key still alive, over a snapshot of the
        # table; removals wait until the loop ends (_Guard).
        with _Guard(self):
            for k, value in list(self.data.items()):
                o = k()
                if o is not None:
                    yield o, value

    def copy(self):
        new = WeakKeyDictionary()
        for o, value in self._live_items():
            new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        for o, value in self._live_items():
            new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        return self._live_items()

    def keys(self):
        for o, _ in self._live_items():
            yield o

    __iter__ = keys

    def values(self):
        # Not over _live_items: a suspended loop must not hold a key.
        with _Guard(self):
            for k, value in list(self.data.items()):
                if k() is not None:
                    yield value

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def popitem(self):
        self._dirty_len = True
        while True:
            k, value = self.data.popitem()
            o = k()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        self._dirty_len = True
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, MutableMapping)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


# ---------------------------------------------------------------- WeakSet

class WeakSet(MutableSet):
    """A set whose items are held weakly: an item goes away when it is
    freed."""

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is None:
                return
            if self._iterating:
                self._pending.append(item)
            else:
                self.data.discard(item)

        self._remove = remove
        self._pending = []
        self._iterating = 0
        if data is not None:
            self.update(data)

    def _flush(self):
        pending, self._pending = self._pending, []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        with _Guard(self):
            for wr in list(self.data):
                item = wr()
                if item is not None:
                    yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), self.__getstate__())

    def __getstate__(self):
        return getattr(self, "__dict__", None)

    def add(self, item):
        if self._pending:
            self._flush()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending:
            self._flush()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending:
            self._flush()
        while True:
            try:
                wr = self.data.pop()
            except KeyError:
                raise KeyError("pop from empty WeakSet") from None
            item = wr()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending:
            self._flush()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending:
            self._flush()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending:
            self._flush()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        new = self.copy()
        new.difference_update(other)
        return new

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending:
            self._flush()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending:
            self._flush()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# ---------------------------------------------------------------- finalize

class finalize:
    """Class for finalization of weakrefable objects.

    finalize(obj, func, *args, **kwargs) returns a callable finalizer
    object which will be called when obj is garbage collected. The first
    time the finalizer is called it evaluates func(*arg, **kwargs) and
    returns the result. After this the finalizer is dead, and calling it
    just returns None.

    When the program exits any remaining finalizers for which the atexit
    attribute is true will be run in reverse order of creation. By default
    atexit is true.
    """

    __slots__ = ()
    # Live finalizers -> their state, so that a finalizer nobody else holds
    # still runs (per sandbox: this module is built in each).
    _registry = {}
    _shutdown = False
    _made = 0

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        info = self._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._made
        finalize._made += 1
        self._registry[self] = info

    def __call__(self, _=None):
        """If alive then mark as dead and return func(*args, **kwargs);
        otherwise return None."""
        info = self._registry.pop(self, None)
        if info and not self._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """If alive then mark as dead and return (obj, func, args, kwargs);
        otherwise return None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and self._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """If alive then return (obj, func, args, kwargs); otherwise return
        None."""
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether finalizer is alive."""
        return self in self._registry

    @property
    def atexit(self):
        """Whether finalizer should be called at exit."""
        info = self._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = self._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = self._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _select_for_exit(cls):
        pending = [(f, i) for (f, i) in cls._registry.items() if i.atexit]
        pending.sort(key=lambda item: item[1].index)
        return [f for (f, i) in pending]

    @classmethod
    def _exitfunc(cls):
        # Called once when the main program ends (by the interpreter, before
        # the finalizers of the objects still alive): the finalizers with
        # atexit set, newest first; one that raises is reported and the
        # others still run.
        if not cls._registry:
            return
        try:
            pending = None
            while True:
                if pending is None:
                    pending = cls._select_for_exit()
                if not pending:
                    break
                f = pending.pop()
                try:
                    f()
                except Exception:
                    import traceback
                    traceback.print_exc()
                # A finalizer may have made new ones: look again.
                pending = None
        finally:
            cls._shutdown = True
