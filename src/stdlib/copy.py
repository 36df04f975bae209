"""Shallow and deep copy operations (`copy`), written for sandpy from the
Python documentation ("copy -- Shallow and deep copy operations").

`copy(x)` and `deepcopy(x[, memo])` handle the builtin containers
directly; anything else goes through `__copy__`/`__deepcopy__`, a
reduction function registered with `copyreg.pickle`, or the object's
`__reduce_ex__(4)` (whose default, `object.__reduce_ex__`, is in
copyreg.py), and is rebuilt from that reduction.

Deep nesting is plain Python recursion here, so it ends in RecursionError
as on CPython; no native recursion is involved.

Module state: none mutable (the dispatch tables are built once at import
and only read).
"""

import copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


# Types whose values are immutable, or are copied as themselves (functions
# and classes): both copies return the object.
_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, str, bytes, type, range, slice, property, type(len),
    type(_function), type(compile("", "<copy>", "exec")),
])

# Shallow copies of these are the object itself too.
_SHALLOW_SAME = _ATOMIC | frozenset([tuple, frozenset])


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _SHALLOW_SAME:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduction(x, cls, "un(shallow)copyable")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduction(x, cls, what):
    reductor = copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(f"{what} object of type {cls}")


_NIL = object()


def deepcopy(x, memo=None, _nil=_NIL):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is type(_Probe().method):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduction(x, cls, "un(deep)copyable")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(a, memo) for a in x]
    # A tuple reached again through its own items was copied meanwhile.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keep x alive as long as the memo: its id must not be reused by a
    new object while the memo maps it."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            if deep:
                item = deepcopy(item, memo)
            y.append(item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


del _function
