"""Helpers for pickling and copying: the registry of reduction functions
(`pickle`, `dispatch_table`), `__newobj__`/`__newobj_ex__`, and the
default reduction of `object` (`object.__reduce_ex__`, `__reduce__` and
`__getstate__` call `_object_reduce_ex`, `_reduce_ex` and
`_object_getstate` here; types/object.rs).

Written for sandpy from the Python documentation of `copyreg`, `pickle`
("Pickling Class Instances") and `object.__reduce_ex__`.

Module state: `dispatch_table` and the extension registry are mutable
dicts (as CPython's are): a sandbox that calls `pickle()` changes its own
copy of this module only.
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstructor(cls, base, state):
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _slotnames(cls):
    """The names of the slots of `cls` and its bases (mangled as the
    attributes are), cached in `cls.__slotnames__`."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = "_%s%s" % (stripped, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


_MISSING = object()


def _object_getstate(obj):
    """`object.__getstate__()`: the instance dict (None when it is empty
    or absent), with a dict of the slot values when there are any."""
    names = _slotnames(type(obj))
    d = getattr(obj, "__dict__", None)
    # sandpy keeps slot values in the instance's table: they are the
    # slots' part of the state, not the dict's.
    state = {k: v for k, v in d.items() if k not in names} if d else None
    state = state or None
    slots = {}
    for name in names:
        value = getattr(obj, name, _MISSING)
        if value is not _MISSING:
            slots[name] = value
    if slots:
        return (state, slots)
    return state


def _reduce_ex(obj, proto):
    """`object.__reduce__()` (protocol 0 and 1): `_reconstructor`."""
    cls = type(obj)
    # The first builtin type of the MRO holds the value to rebuild.
    for base in cls.__mro__:
        if base in (object, int, float, complex, str, bytes, tuple, list,
                    dict, set, frozenset, bytearray):
            break
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    try:
        getstate = obj.__getstate__
    except AttributeError:
        if getattr(obj, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            "a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        try:
            d = obj.__dict__
        except AttributeError:
            d = None
    else:
        if (type(obj).__getstate__ is object.__getstate__
                and getattr(obj, "__slots__", None)):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        d = getstate()
    if d:
        return _reconstructor, args, d
    return _reconstructor, args


def _object_reduce_ex(obj, proto):
    """`object.__reduce_ex__(proto)`: a class's own `__reduce__` wins;
    from protocol 2 on, `(__newobj__, (cls, *args), state, listitems,
    dictitems)`."""
    cls = type(obj)
    reduce = getattr(cls, "__reduce__", None)
    if reduce is not None and reduce is not object.__reduce__:
        return obj.__reduce__()
    if proto < 2:
        return _reduce_ex(obj, proto)
    if isinstance(obj, (set, frozenset)):
        # The items are the constructor's argument (set.__reduce__).
        return cls, (list(obj),), getattr(obj, "__dict__", None) or None
    if not hasattr(cls, "__new__"):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    kwargs = None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        r = getnewargs_ex()
        if not isinstance(r, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, "
                            f"not '{type(r).__name__}'")
        if len(r) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(r)}")
        args, kwargs = r
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not "
                            f"'{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not "
                            f"'{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                f"not '{type(args).__name__}'")
        else:
            args = ()
            # The immutable builtins give their value as the argument of
            # __new__ (their __getnewargs__).
            for base in cls.__mro__:
                if base in (int, float, complex, str, bytes, tuple):
                    args = (base(obj),)
                    break
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return (__newobj__, (cls,) + args, state, listitems, dictitems)


# The extension registry (codes for pickle's EXT opcodes).
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" %
                         (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" %
                         (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if (_extension_registry.get(key) != code or
            _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" %
                         (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()
