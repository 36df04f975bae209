# `type(...)`, `type.__new__`, `type.__init__` and `type.__call__` with
# wrong arguments: CPython's messages.


class M(type):
    pass


class A:
    pass


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r if not isinstance(r, type) else r.__name__)
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


attempt("type()", lambda: type())
attempt("type(1, 2)", lambda: type(1, 2))
attempt("type(1, 2, 3, 4)", lambda: type(1, 2, 3, 4))
attempt("type(x, kw)", lambda: type(5, kw=1))
attempt("name not str", lambda: type(1, (), {}))
attempt("bases not tuple", lambda: type("X", [], {}))
attempt("ns not dict", lambda: type("X", (), []))
attempt("base not a class", lambda: type("X", (1,), {}))
attempt("base an object", lambda: type("X", (object(),), {}))
attempt("duplicate base", lambda: type("X", (A, A), {}))
attempt("bool base", lambda: type("X", (bool,), {}))
attempt("layout", lambda: type("X", (int, str), {}))
attempt("qualname", lambda: type("X", (), {"__qualname__": 5}))
attempt("classcell", lambda: type("X", (), {"__classcell__": 5}))
attempt("kw to init_subclass", lambda: type("X", (), {}, flag=1))
attempt("M kw", lambda: M("X", (), {}, flag=1))
attempt("M one arg", lambda: M(5))
attempt("__new__()", lambda: type.__new__())
attempt("__new__(1)", lambda: type.__new__(1))
attempt("__new__(int)", lambda: type.__new__(int, "X", (), {}))
attempt("__new__(type)", lambda: type.__new__(type))
attempt("__new__(type, 5)", lambda: type.__new__(type, 5))
attempt("__new__(M, ...)", lambda: type(type.__new__(M, "X", (), {})))
attempt("__init__(A)", lambda: type.__init__(A))
attempt("__init__(A, 1, 2)", lambda: type.__init__(A, 1, 2))
attempt("__init__ 3", lambda: type.__init__(A, 1, 2, 3))
attempt("__init__ 3 kw", lambda: type.__init__(A, 1, 2, 3, x=1))
attempt("__init__ 1 kw", lambda: type.__init__(A, "x", x=1))
attempt("__init__(5)", lambda: type.__init__(5, "x"))
attempt("__init__()", lambda: type.__init__())
attempt("__call__()", lambda: type.__call__())
attempt("__call__(5)", lambda: type.__call__(5))
attempt("__call__(A)", lambda: type(type.__call__(A)) is A)
attempt("object.__new__(M)", lambda: object.__new__(M))
attempt("__setattr__", lambda: type.__setattr__(A, "y", 1) or A.y)
attempt("__setattr__ int", lambda: type.__setattr__(int, "y", 1))
attempt("qualname ok", lambda: type("X", (), {"__qualname__": "a.b"}).__qualname__)
attempt("module", lambda: type("X", (), {}).__module__)
attempt("doc", lambda: type("X", (), {}).__doc__)
attempt("doc given", lambda: type("X", (), {"__doc__": "d"}).__doc__)
attempt("dict subclass ns", lambda: type("X", (), type("D", (dict,), {})(a=1)).a)
attempt("tuple subclass bases", lambda: type("X", type("T", (tuple,), {})((A,)), {}).__bases__)
attempt("type(M)", lambda: type(M))
attempt("type(type)", lambda: type(type))
attempt("M is a type", lambda: isinstance(M, type) and issubclass(M, type))
attempt("type and int", lambda: type("X", (type, int), {}))
attempt("list and type", lambda: type("X", (list, type), {}))
attempt("M and type", lambda: type("X", (M, type), {}).__mro__[1])

# Output:
# type() -> TypeError: type() takes 1 or 3 arguments
# type(1, 2) -> TypeError: type() takes 1 or 3 arguments
# type(1, 2, 3, 4) -> TypeError: type() takes 1 or 3 arguments
# type(x, kw) -> TypeError: type() takes no keyword arguments
# name not str -> TypeError: type.__new__() argument 1 must be str, not int
# bases not tuple -> TypeError: type.__new__() argument 2 must be tuple, not list
# ns not dict -> TypeError: type.__new__() argument 3 must be dict, not list
# base not a class -> TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases
# base an object -> TypeError: bases must be types
# duplicate base -> TypeError: duplicate base class A
# bool base -> TypeError: type 'bool' is not an acceptable base type
# layout -> TypeError: multiple bases have instance lay-out conflict
# qualname -> TypeError: type __qualname__ must be a str, not int
# classcell -> TypeError: __classcell__ must be a nonlocal cell, not <class 'int'>
# kw to init_subclass -> TypeError: X.__init_subclass__() takes no keyword arguments
# M kw -> TypeError: X.__init_subclass__() takes no keyword arguments
# M one arg -> TypeError: type.__new__() takes exactly 3 arguments (1 given)
# __new__() -> TypeError: type.__new__(): not enough arguments
# __new__(1) -> TypeError: type.__new__(X): X is not a type object (int)
# __new__(int) -> TypeError: type.__new__(int): int is not a subtype of type
# __new__(type) -> TypeError: type.__new__() takes exactly 3 arguments (0 given)
# __new__(type, 5) -> TypeError: type.__new__() takes exactly 3 arguments (1 given)
# __new__(M, ...) -> M
# __init__(A) -> TypeError: type.__init__() takes 1 or 3 arguments
# __init__(A, 1, 2) -> TypeError: type.__init__() takes 1 or 3 arguments
# __init__ 3 -> None
# __init__ 3 kw -> None
# __init__ 1 kw -> TypeError: type.__init__() takes no keyword arguments
# __init__(5) -> TypeError: descriptor '__init__' requires a 'type' object but received a 'int'
# __init__() -> TypeError: descriptor '__init__' of 'type' object needs an argument
# __call__() -> TypeError: descriptor '__call__' of 'type' object needs an argument
# __call__(5) -> TypeError: descriptor '__call__' requires a 'type' object but received a 'int'
# __call__(A) -> True
# object.__new__(M) -> TypeError: object.__new__(M) is not safe, use M.__new__()
# __setattr__ -> 1
# __setattr__ int -> TypeError: cannot set 'y' attribute of immutable type 'int'
# qualname ok -> a.b
# module -> __main__
# doc -> None
# doc given -> d
# dict subclass ns -> 1
# tuple subclass bases -> (<class '__main__.A'>,)
# type(M) -> type
# type(type) -> type
# M is a type -> True
# type and int -> TypeError: multiple bases have instance lay-out conflict
# list and type -> TypeError: multiple bases have instance lay-out conflict
# M and type -> M
