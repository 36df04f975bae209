# sandpy-only: the sandbox module
# Route: vars() / __dict__ of a builtin type, a builtin function or the
# builtins, and globals() / locals() inside code received from elsewhere,
# hand out the namespaces behind them; writing those changes the type, the
# builtins or the sender's module. In sandpy a type's namespace comes back
# as a read-only mappingproxy (writes raise), builtins have no namespace,
# and inside a frozen function globals() is its frozen snapshot.
import sys
import sandbox
from _escape import attempt

COUNT = 1


def look():
    attempt("globals() frozen", lambda: sandbox.is_frozen(globals()))
    attempt("globals()['COUNT'] = 2", lambda: globals().__setitem__("COUNT", 2))
    attempt("sorted(globals())", lambda: sorted(globals()))
    loc = locals()
    loc["x"] = 1
    attempt("locals() is a private dict", lambda: (sandbox.is_frozen(loc), loc))
    return COUNT


def types():
    v = vars(int)

    def write():
        v["bit_length"] = None

    attempt("vars(int)['bit_length'] = None", write)
    attempt("int unchanged", lambda: (5).bit_length())
    attempt("vars(object) is object.__dict__", lambda: vars(object) is object.__dict__)
    attempt("vars(len)", lambda: vars(len))
    attempt("vars(print)", lambda: vars(print))
    attempt("vars({})", lambda: vars({}))
    return "done"


print("-- main")
types()
print("own module dict is writable and own:", vars(sys) is sys.__dict__)
print("-- child")
print(sandbox.spawn(types).join())
print(sandbox.spawn(look).join())
print("parent COUNT:", COUNT)

# Output:
# -- main
# vars(int)['bit_length'] = None: TypeError: 'mappingproxy' object does not support item assignment
# int unchanged: 3
# vars(object) is object.__dict__: False
# vars(len): TypeError: vars() argument must have __dict__ attribute
# vars(print): TypeError: vars() argument must have __dict__ attribute
# vars({}): TypeError: vars() argument must have __dict__ attribute
# own module dict is writable and own: True
# -- child
# vars(int)['bit_length'] = None: TypeError: 'mappingproxy' object does not support item assignment
# int unchanged: 3
# vars(object) is object.__dict__: False
# vars(len): TypeError: vars() argument must have __dict__ attribute
# vars(print): TypeError: vars() argument must have __dict__ attribute
# vars({}): TypeError: vars() argument must have __dict__ attribute
# done
# globals() frozen: True
# globals()['COUNT'] = 2: TypeError: cannot modify frozen dict
# sorted(globals()): ['COUNT', '__name__', 'attempt', 'sandbox']
# locals() is a private dict: (False, {'x': 1})
# 1
# parent COUNT: 1
