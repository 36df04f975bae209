# sandpy-only: CPython exposes code objects and lets them be rebuilt
# Route: f.__code__ (co_consts, co_names, co_code) reveals and, with
# types.CodeType / code.replace and types.FunctionType(code, globals),
# rebuilds functions around other globals or forged bytecode; assigning
# __code__ swaps a function's body. sandpy hands out no function's code
# object (compiled code is immutable and shared between sandboxes);
# compile() makes code objects from the caller's own source, which show
# their names but no constants or bytecode and cannot be frozen; functions
# cannot be built from parts, and a function's code and defaults are fixed.
import sandbox
from _escape import attempt


def secret_holder(x=1):
    key = "s3cret"
    return key + str(x)


def lam():
    return lambda: 0


def walk(f):
    attempt("__code__", lambda: f.__code__)
    attempt("__code__.co_consts", lambda: f.__code__.co_consts)
    attempt("lambda __code__", lambda: lam().__code__)
    attempt("FunctionType(code, globals)", lambda: type(f)(None, {}))
    attempt("FunctionType()", lambda: type(f)())
    attempt("__code__ = ...", lambda: setattr(f, "__code__", lam()))
    attempt("compile(...).co_consts", lambda: compile("1", "x", "eval").co_consts)
    attempt("compile(...).co_code", lambda: compile("1", "x", "eval").co_code)
    attempt("func_code / func_globals (Python 2 names)",
            lambda: [hasattr(f, n) for n in ("func_code", "func_globals", "func_closure")])
    return f()


print(walk(secret_holder))
attempt("__defaults__ = ...", lambda: setattr(secret_holder, "__defaults__", (2,)))
attempt("__closure__ = ...", lambda: setattr(secret_holder, "__closure__", None))
print("-- child, given the parent's function")
print(sandbox.spawn(walk, secret_holder).join())

# Output:
# __code__: AttributeError: 'function' object has no attribute '__code__'
# __code__.co_consts: AttributeError: 'function' object has no attribute '__code__'
# lambda __code__: AttributeError: 'function' object has no attribute '__code__'
# FunctionType(code, globals): TypeError: cannot create 'function' instances
# FunctionType(): TypeError: cannot create 'function' instances
# __code__ = ...: TypeError: __code__ assignment is not supported by sandpy (a function's code and defaults are fixed when it is created)
# compile(...).co_consts: AttributeError: 'code' object has no attribute 'co_consts'
# compile(...).co_code: AttributeError: 'code' object has no attribute 'co_code'
# func_code / func_globals (Python 2 names): [False, False, False]
# s3cret1
# __defaults__ = ...: TypeError: __defaults__ assignment is not supported by sandpy (a function's code and defaults are fixed when it is created)
# __closure__ = ...: AttributeError: readonly attribute
# -- child, given the parent's function
# __code__: AttributeError: 'function' object has no attribute '__code__'
# __code__.co_consts: AttributeError: 'function' object has no attribute '__code__'
# lambda __code__: AttributeError: 'function' object has no attribute '__code__'
# FunctionType(code, globals): TypeError: cannot create 'function' instances
# FunctionType(): TypeError: cannot create 'function' instances
# __code__ = ...: TypeError: cannot modify frozen function 'secret_holder'
# compile(...).co_consts: AttributeError: 'code' object has no attribute 'co_consts'
# compile(...).co_code: AttributeError: 'code' object has no attribute 'co_code'
# func_code / func_globals (Python 2 names): [False, False, False]
# s3cret1
