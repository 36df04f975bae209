# `__prepare__`: the mapping it returns is the namespace the class body
# runs in (a dict, a dict subclass, or any mapping), and what it must be.


class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        self.order.append(key)
        super().__setitem__(key, value)


class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, [b.__name__ for b in bases], kw)
        return Recording()

    def __new__(mcs, name, bases, ns, **kw):
        print("ns type", type(ns).__name__, ns.order)
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class A(metaclass=OrderMeta, option=1):
    b = 1
    a = 2

    def m(self):
        return 3

    b = 4


print(A.order, A.b, A().m())


# Any mapping: not a dict at all. Names the body reads come from it first,
# then the globals and builtins.
class Namespace:
    def __init__(self):
        self.data = {}
        self.log = []

    def __getitem__(self, key):
        self.log.append("get " + key)
        return self.data[key]

    def __setitem__(self, key, value):
        self.log.append("set " + key)
        self.data[key] = value

    def __delitem__(self, key):
        self.log.append("del " + key)
        del self.data[key]


class MappingMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()

    def __new__(mcs, name, bases, ns):
        print([e for e in ns.log if "__" not in e])
        return super().__new__(mcs, name, bases, dict(ns.data))


GLOBAL = "global value"


class B(metaclass=MappingMeta):
    x = 1
    y = x + 1
    z = GLOBAL
    w = len("abc")
    del x
    try:
        x
    except NameError as e:
        print("NameError:", e)


print(B.y, B.z, B.w, hasattr(B, "x"))


# Duplicate detection in `__setitem__`, as enum does.
class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} already defined")
        super().__setitem__(key, value)


class NoDupMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDup()


try:
    class C(metaclass=NoDupMeta):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)


# `__prepare__` results that are not mappings.
class BadMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class D(metaclass=BadMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


class ListMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return [1]


try:
    class E(metaclass=ListMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


def func_meta(name, bases, ns):
    return sorted(k for k in ns if not k.startswith("__"))


def func_meta_bad(name, bases, ns):
    return None


func_meta_bad.__prepare__ = lambda name, bases: None
try:
    class F(metaclass=func_meta_bad):
        pass
except TypeError as e:
    print("TypeError:", e)


class G(metaclass=func_meta):
    q = 1


print(G)


# type.__new__ wants a real dict.
class PassThrough(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Namespace()


try:
    class H(metaclass=PassThrough):
        pass
except TypeError as e:
    print("TypeError:", e)

# A __prepare__ that raises: the error propagates, the body never runs.
class Raising(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        raise ValueError("no namespace for " + name)


try:
    class I(metaclass=Raising):
        print("body")
except ValueError as e:
    print("ValueError:", e)

# __prepare__ receives the class keywords; type.__prepare__ ignores them.
print(type.__prepare__("X", (), anything=1), type(type.__prepare__("Y", ())).__name__)

# Output:
# prepare OrderMeta A [] {'option': 1}
# ns type Recording ['__module__', '__qualname__', 'b', 'a', 'm', 'b']
# ['b', 'a', 'm', 'b'] 4 3
# NameError: name 'x' is not defined
# ['set x', 'get x', 'set y', 'get GLOBAL', 'set z', 'get len', 'set w', 'del x', 'get x', 'get NameError', 'set e', 'get print', 'get e', 'set e', 'del e']
# 2 global value 3 False
# TypeError: 'a' already defined
# TypeError: BadMeta.__prepare__() must return a mapping, not int
# TypeError: list indices must be integers or slices, not str
# TypeError: <metaclass>.__prepare__() must return a mapping, not NoneType
# ['q']
# TypeError: type.__new__() argument 3 must be dict, not Namespace
# ValueError: no namespace for I
# {} dict
