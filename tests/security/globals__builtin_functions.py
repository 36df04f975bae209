# sandpy-only: CPython's builtins expose __self__ (the builtins module)
# Route: print.__self__ is CPython's builtins module (so
# print.__self__.__import__('os')); a builtin's __module__, __dict__ or
# __globals__ lead to the module that defined it. A sandpy builtin is a
# native function shared by every sandbox: it has no __self__, no globals,
# no dict and no code, and whatever it does acts on the sandbox calling it.
import sys
import sandbox
from _escape import attempt


ROUTES = ("__self__", "__globals__", "__module__", "__dict__", "__code__",
          "__closure__", "__wrapped__", "__builtins__")


def probe(fn):
    name = fn.__name__
    print(name + ": exposes", [a for a in ROUTES if hasattr(fn, a)])
    attempt("  setattr", lambda: setattr(fn, "__self__", None))
    attempt("  vars", lambda: vars(fn))


def child(fns):
    for fn in fns:
        probe(fn)
    # A builtin from the parent acts on the child: sys.exit ends the child only.
    fns[2](7)


fns = [print, len, sys.exit, sandbox.spawn]
attempt("print.__self__", lambda: print.__self__)
attempt("object.__getattribute__(print, '__self__')",
        lambda: object.__getattribute__(print, "__self__"))
for fn in fns:
    probe(fn)
print("-- child, given the parent's builtins")
try:
    sandbox.spawn(child, fns).join()
except sandbox.SandboxError as e:
    print("child ended:", e)
print("parent still running")

# Output:
# print.__self__: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
# object.__getattribute__(print, '__self__'): AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
# print: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# len: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# exit: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# spawn: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# -- child, given the parent's builtins
# print: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# len: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# exit: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# spawn: exposes []
#   setattr: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
#   vars: TypeError: vars() argument must have __dict__ attribute
# child ended: sandbox raised SystemExit: 7
# parent still running
