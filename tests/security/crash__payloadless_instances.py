# sandpy-only: messages for types sandpy builds without a __new__
# Route: take the whole process down from inside a sandbox (a crash is an
# exit for every other sandbox too). Calling an interpreter type without
# a constructor (the type of len, of a function, a generator, an
# iterator, a dict view, a module, a cell), or
# BaseException.__new__(int), object.__new__(X) for a builtin-based X, or
# type() with a base that has no Python layout, used to make an object of
# that type without the payload its methods expect; using it recursed
# until the native stack overflowed and the process aborted. Each is now
# refused as CPython refuses it.
import sys
import sandbox
from _escape import attempt


def numbers():
    yield 1


class MyInt(int):
    pass


def probe():
    attempt("type(len)()", lambda: type(len)())
    attempt("type(probe)()", lambda: type(probe)())
    attempt("type(numbers())()", lambda: type(numbers())())
    attempt("type(iter([]))()", lambda: type(iter([]))())
    attempt("type({}.keys())()", lambda: type({}.keys())())
    attempt("type(sys)()", lambda: type(sys)())
    attempt("type([].append)()", lambda: type([].append)())
    attempt("type(None)()", lambda: type(None)())
    attempt("sandbox.SandboxHandle()", lambda: sandbox.SandboxHandle())
    attempt("BaseException.__new__(int)", lambda: BaseException.__new__(int))
    attempt("BaseException.__new__(list) + 1", lambda: BaseException.__new__(list) + 1)
    attempt("object.__new__(MyInt)", lambda: object.__new__(MyInt))
    attempt("object.__new__(type(len))", lambda: object.__new__(type(len)))
    attempt("type('X', (type(len),), {})()", lambda: type("X", (type(len),), {})())
    attempt("type('X', (bool,), {})", lambda: type("X", (bool,), {}))
    attempt("type('X', (int, str), {})", lambda: type("X", (int, str), {}))
    return "survived"


print(probe())
print("-- child")
print(sandbox.spawn(probe).join())

# Output:
# type(len)(): TypeError: cannot create 'builtin_function_or_method' instances
# type(probe)(): TypeError: cannot create 'function' instances
# type(numbers())(): TypeError: cannot create 'generator' instances
# type(iter([]))(): TypeError: cannot create 'list_iterator' instances
# type({}.keys())(): TypeError: cannot create 'dict_keys' instances
# type(sys)(): TypeError: module() missing required argument 'name' (pos 1)
# type([].append)(): TypeError: method expected 2 arguments, got 0
# type(None)(): None
# sandbox.SandboxHandle(): TypeError: cannot create 'sandbox.SandboxHandle' instances (sandbox.spawn returns them)
# BaseException.__new__(int): TypeError: BaseException.__new__(int): int is not a subtype of BaseException
# BaseException.__new__(list) + 1: TypeError: BaseException.__new__(list): list is not a subtype of BaseException
# object.__new__(MyInt): TypeError: object.__new__(MyInt) is not safe, use MyInt.__new__()
# object.__new__(type(len)): TypeError: object.__new__(builtin_function_or_method) is not safe, use builtin_function_or_method.__new__()
# type('X', (type(len),), {})(): TypeError: type 'builtin_function_or_method' is not an acceptable base type
# type('X', (bool,), {}): TypeError: type 'bool' is not an acceptable base type
# type('X', (int, str), {}): TypeError: multiple bases have instance lay-out conflict
# survived
# -- child
# type(len)(): TypeError: cannot create 'builtin_function_or_method' instances
# type(probe)(): TypeError: cannot create 'function' instances
# type(numbers())(): TypeError: cannot create 'generator' instances
# type(iter([]))(): TypeError: cannot create 'list_iterator' instances
# type({}.keys())(): TypeError: cannot create 'dict_keys' instances
# type(sys)(): TypeError: module() missing required argument 'name' (pos 1)
# type([].append)(): TypeError: method expected 2 arguments, got 0
# type(None)(): None
# sandbox.SandboxHandle(): TypeError: cannot create 'sandbox.SandboxHandle' instances (sandbox.spawn returns them)
# BaseException.__new__(int): TypeError: BaseException.__new__(int): int is not a subtype of BaseException
# BaseException.__new__(list) + 1: TypeError: BaseException.__new__(list): list is not a subtype of BaseException
# object.__new__(MyInt): TypeError: object.__new__(MyInt) is not safe, use MyInt.__new__()
# object.__new__(type(len)): TypeError: object.__new__(builtin_function_or_method) is not safe, use builtin_function_or_method.__new__()
# type('X', (type(len),), {})(): TypeError: type 'builtin_function_or_method' is not an acceptable base type
# type('X', (bool,), {}): TypeError: type 'bool' is not an acceptable base type
# type('X', (int, str), {}): TypeError: multiple bases have instance lay-out conflict
# survived
