# sandpy-only: child sandboxes
# Route: writing __builtins__ (or the builtins module) changes a name for
# every module of the interpreter: in a threaded host, for the host and
# every other guest; and a frozen function's or module's globals in CPython
# would carry the sender's builtins. In sandpy each sandbox has its own
# copy of the builtins namespace: a write changes that sandbox only, and
# the copies other sandboxes could reach are frozen.
import sys
import sandbox
from _escape import attempt

real_len = len
__builtins__["len"] = lambda x: 42
print("parent's len after its own override:", len([1]))


def child_uses_len():
    return len([1, 2])


def child_overrides():
    import sys
    b = sys.__dict__["__builtins__"]
    b["len"] = lambda x: -1
    b["print"] = None
    return len([1, 2, 3])


def names_builtins():
    return __builtins__


def child_calls(fn):
    attempt("__builtins__ named by the parent's function", lambda: fn() is None)
    return "done"


def child_reaches_parent(mod):
    attempt("__builtins__ in the parent's frozen module", lambda: "__builtins__" in mod.__dict__)
    attempt("frozen module dict", lambda: mod.__dict__.__setitem__("__builtins__", {}))
    attempt("a shared builtin's attribute", lambda: setattr(mod.__dict__["sandbox"].spawn, "x", 1))
    return "done"


print("child's len:", sandbox.spawn(child_uses_len).join())
print("child overriding its own:", sandbox.spawn(child_overrides).join())
print("next child's len:", sandbox.spawn(child_uses_len).join())
print(sandbox.spawn(child_reaches_parent, sys.modules["__main__"]).join())
print(sandbox.spawn(child_calls, names_builtins).join())
print("parent's len still its override:", len([1]))
__builtins__["len"] = real_len
print("restored:", len([1]))
try:
    import builtins
except ImportError as e:
    print("import builtins:", type(e).__name__, e)

# Output:
# parent's len after its own override: 42
# child's len: 2
# child overriding its own: -1
# next child's len: 2
# __builtins__ in the parent's frozen module: False
# frozen module dict: TypeError: cannot modify frozen dict
# a shared builtin's attribute: AttributeError: 'builtin_function_or_method' object has no attribute 'x'
# done
# __builtins__ named by the parent's function: NameError: name '__builtins__' is not defined
# done
# parent's len still its override: 42
# restored: 1
# import builtins: ModuleNotFoundError No module named 'builtins' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
