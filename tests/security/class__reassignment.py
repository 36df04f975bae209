# sandpy-only: the messages are sandpy's where CPython would allow the write
# Route: __class__ assignment turns an object into an instance of another
# class (a builtin type's layout over a Python object's memory, in
# interpreters that allow it), and __bases__ assignment splices any class,
# builtin ones included, into a class's MRO after its instances exist.
# sandpy refuses both, even on the sandbox's own objects, with a TypeError
# that says so (instances' layouts follow from the class and stay fixed).
# What ordinary code assigns still works: a class's __name__ and
# __qualname__, an instance's __dict__, a function's __dict__, __module__
# and __doc__.
from _escape import attempt


class A:
    pass


class B:
    pass


a = A()
attempt("a.__class__ = B", lambda: setattr(a, "__class__", B))
attempt("a.__class__ = int", lambda: setattr(a, "__class__", int))
attempt("A.__bases__ = (B,)", lambda: setattr(A, "__bases__", (B,)))
attempt("A.__bases__ = (int,)", lambda: setattr(A, "__bases__", (int,)))
attempt("A.__mro__ = ()", lambda: setattr(A, "__mro__", ()))
attempt("A.__dict__ = {}", lambda: setattr(A, "__dict__", {}))
attempt("A.__class__ = B", lambda: setattr(A, "__class__", B))
attempt("A.__name__ = 5", lambda: setattr(A, "__name__", 5))
print("still:", type(a).__name__, A.__bases__, A.__mro__)

A.__name__ = "Renamed"
A.__qualname__ = "Outer.Renamed"
A.__module__ = "elsewhere"
A.__doc__ = "doc"
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, repr(A))
a.__dict__ = {"z": 1}
print("instance __dict__ replaced:", a.z, vars(a))


def f():
    pass


f.__dict__ = {"tag": 1}
print("function __dict__ replaced:", f.tag)

# Output:
# a.__class__ = B: TypeError: __class__ assignment is not supported by sandpy
# a.__class__ = int: TypeError: __class__ assignment is not supported by sandpy
# A.__bases__ = (B,): TypeError: __bases__ assignment is not supported by sandpy (a class's bases are fixed when it is created)
# A.__bases__ = (int,): TypeError: __bases__ assignment is not supported by sandpy (a class's bases are fixed when it is created)
# A.__mro__ = (): AttributeError: readonly attribute
# A.__dict__ = {}: AttributeError: attribute '__dict__' of 'type' objects is not writable
# A.__class__ = B: TypeError: __class__ assignment is not supported by sandpy
# A.__name__ = 5: TypeError: can only assign string to A.__name__, not 'int'
# still: A (<class 'object'>,) (<class '__main__.A'>, <class 'object'>)
# Renamed Outer.Renamed elsewhere doc <class 'elsewhere.Outer.Renamed'>
# instance __dict__ replaced: 1 {'z': 1}
# function __dict__ replaced: 1
