"""Abstract Base Classes (PEP 3119), written for sandpy from the Python
documentation of `abc`.

`ABCMeta` computes `__abstractmethods__` for each class it makes; setting
that attribute marks the class abstract in the VM (types/object.rs,
`check_not_abstract`), so instantiating it raises CPython's TypeError.
`isinstance`/`issubclass` reach `__instancecheck__`/`__subclasscheck__`,
which consult `__subclasshook__`, the registry and the subclasses, with
per-class positive and negative caches.

Module state: none of its own, so the module is built once and shared
frozen (modules/shared.rs). What changes lives per sandbox in
`_abc._state()`: the cache token (`get_cache_token`, bumped by every
`register`: the negative caches are valid for one token), and the
registry and caches of every frozen ABC (one shared by the library, as
`collections.abc.Sequence`, or sent by another sandbox). A class that can
change keeps its own in `_abc_data`; a frozen one keeps there what it was
frozen with (`list` registered as a Sequence by the library), and a
sandbox's own registrations and caches go to its `_abc._state()`. The
registries and caches hold classes strongly (CPython's are weak sets;
sandpy has no weak references): docs/compatibility.md.
"""

import _abc

__all__ = ["ABCMeta", "ABC", "abstractmethod", "abstractclassmethod",
           "abstractstaticmethod", "abstractproperty", "get_cache_token",
           "update_abstractmethods"]


def _token():
    """This sandbox's cache token."""
    return _abc._state().get('token', 0)


def _data(cls):
    """[registry, cache, negative cache, negative cache version] of the
    ABC `cls` as this sandbox sees it: its own while it can change, else
    this sandbox's entry for it."""
    if not _abc._is_frozen(cls):
        return cls._abc_data
    table = _abc._state()
    d = table.get(cls)
    if d is None:
        d = table[cls] = [set(), set(), set(), 0]
    return d


def _registry(cls):
    """Every class registered with `cls`: what it was frozen with, and
    what this sandbox added."""
    own = cls._abc_data[0]
    if not _abc._is_frozen(cls):
        return list(own)
    return list(own) + list(_data(cls)[0])


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta cannot be
    instantiated until every abstract method is overridden."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    """Whether `value` (a class attribute) is abstract: itself, or through
    the function a classmethod, staticmethod or property wraps."""
    if getattr(value, "__isabstractmethod__", False):
        return True
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, "__isabstractmethod__", False))
    if isinstance(value, property):
        return any(getattr(f, "__isabstractmethod__", False)
                   for f in (value.fget, value.fset, value.fdel))
    return False


def abstractclassmethod(callable):
    """A classmethod that is abstract (deprecated: use classmethod over
    abstractmethod)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A staticmethod that is abstract (deprecated: use staticmethod over
    abstractmethod)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A property that is abstract (deprecated: use property over
    abstractmethod)."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def get_cache_token():
    """The current ABC cache token: it changes whenever a class is
    registered with any ABC."""
    return _token()


def _compute_abstracts(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract base classes.

    A class made by it cannot be instantiated while any of its abstract
    methods is left without an override. `register` adds a class (a
    builtin one too) as a virtual subclass: isinstance and issubclass
    then count it and its subclasses, but it does not appear in their
    MRO and inherits none of the ABC's methods.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(
            cls, list(namespace.items()), bases)
        # Its own registry, caches and cache version, and its subclasses
        # made by ABCMeta (kept here as well as found by __subclasses__,
        # which cannot list the classes of another heap: those of a module
        # shared frozen, collections.abc's Sequence under Reversible).
        cls._abc_data = [set(), set(), set(), _token(), []]
        for base in bases:
            data = getattr(base, '_abc_data', None)
            if data is not None and not _abc._is_frozen(base) and len(data) > 4:
                data[4].append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC.

        Returns the subclass, to allow usage as a class decorator.
        """
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _data(cls)[0].add(subclass)
        state = _abc._state()
        state['token'] = state.get('token', 0) + 1
        return subclass

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        d = _data(cls)
        print(f"_abc_registry: {set(_registry(cls))!r}", file=file)
        print(f"_abc_cache: {d[1]!r}", file=file)
        print(f"_abc_negative_cache: {d[2]!r}", file=file)
        print(f"_abc_negative_cache_version: {d[3]!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        _data(cls)[0].clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        d = _data(cls)
        d[1].clear()
        d[2].clear()

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        d = _data(cls)
        if subclass in d[1]:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if d[3] == _token() and subclass in d[2]:
                return False
            return cls.__subclasscheck__(subclass)
        return (cls.__subclasscheck__(subclass)
                or cls.__subclasscheck__(subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        d = _data(cls)
        if subclass in d[1]:
            return True
        token = _token()
        if d[3] < token:
            d[2] = set()
            d[3] = token
        elif subclass in d[2]:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either "
                                     "False, True, or NotImplemented")
            if ok:
                d[1].add(subclass)
            else:
                d[2].add(subclass)
            return ok
        if cls in subclass.__mro__:
            d[1].add(subclass)
            return True
        for rcls in _registry(cls):
            if issubclass(subclass, rcls):
                d[1].add(subclass)
                return True
        subclasses = list(cls._abc_data[4])
        for scls in type.__subclasses__(cls):
            if not any(scls is c for c in subclasses):
                subclasses.append(scls)
        for scls in subclasses:
            if issubclass(subclass, scls):
                d[1].add(subclass)
                return True
        d[2].add(subclass)
        return False


def update_abstractmethods(cls):
    """Compute `cls.__abstractmethods__` again, for a class changed after
    it was made (a class decorator that adds or overrides methods).
    Returns `cls`; a class not made by ABCMeta is returned unchanged.
    """
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance.
    """
    __slots__ = ()
