# sandpy-only: CPython's format fields reach frames, globals and builtins
# Route: str.format and str.format_map evaluate attribute and index chains
# in replacement fields, so a template string (often attacker-supplied)
# walks objects without any code: "{0.__init__.__globals__[os].environ}",
# "{0.__class__.__base__.__subclasses__}", "{0.gi_frame.f_back.f_globals}".
# In sandpy a field resolves exactly as getattr and [] do in the sandbox,
# so each of these chains ends where the direct route ends: no frames, no
# code, no builtins of another sandbox, and in a child only frozen
# snapshots of what the parent sent.
import sandbox
from _escape import attempt

STATE = {"secret": "parent"}


class Handler:
    def __init__(self):
        self.name = "h"

    def handle(self):
        return STATE


def numbers():
    yield 1


def walk(h, fn):
    attempt("{0.__init__.__globals__[STATE]}", lambda: "{0.__init__.__globals__[STATE]}".format(h))
    attempt("{0.__class__.__base__.__name__}", lambda: "{0.__class__.__base__.__name__}".format(h))
    attempt("{0.__class__.__mro__}", lambda: "{0.__class__.__mro__}".format(()))
    attempt("{0.handle.__globals__[STATE]}", lambda: "{0.handle.__globals__[STATE]}".format(h))
    attempt("{0.__globals__[__builtins__][len]}", lambda: "{0.__globals__[__builtins__][len]}".format(fn))
    attempt("{0.__self__}", lambda: "{0.__self__}".format(print))
    attempt("{0.gi_frame}", lambda: "{0.gi_frame}".format(numbers()))
    attempt("{0.__traceback__.tb_frame.f_globals}",
            lambda: "{0.__traceback__.tb_frame.f_globals}".format(caught()))
    attempt("{0.__code__}", lambda: "{0.__code__}".format(fn))
    attempt("format_map {x.__class__.__base__.__subclasses__.__name__}",
            lambda: "{x.__class__.__base__.__subclasses__.__name__}".format_map({"x": h}))
    attempt("format_map {x.__globals__[STATE][secret]}",
            lambda: "{x.__globals__[STATE][secret]}".format_map({"x": fn}))
    attempt("the STATE reached that way is frozen (child) or own (main)",
            lambda: sandbox.is_frozen(h.handle.__globals__["STATE"]))
    return "done"


def caught():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e


def get_state():
    return STATE


print("-- main")
walk(Handler(), get_state)
print("-- child, given the parent's objects")
print(sandbox.spawn(walk, Handler(), get_state).join())

# Output:
# -- main
# {0.__init__.__globals__[STATE]}: "{'secret': 'parent'}"
# {0.__class__.__base__.__name__}: 'object'
# {0.__class__.__mro__}: "(<class 'tuple'>, <class 'object'>)"
# {0.handle.__globals__[STATE]}: "{'secret': 'parent'}"
# {0.__globals__[__builtins__][len]}: '<built-in function len>'
# {0.__self__}: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
# {0.gi_frame}: AttributeError: 'generator' object has no attribute 'gi_frame'
# {0.__traceback__.tb_frame.f_globals}: AttributeError: 'NoneType' object has no attribute 'f_globals'
# {0.__code__}: AttributeError: 'function' object has no attribute '__code__'
# format_map {x.__class__.__base__.__subclasses__.__name__}: '__subclasses__'
# format_map {x.__globals__[STATE][secret]}: 'parent'
# the STATE reached that way is frozen (child) or own (main): False
# -- child, given the parent's objects
# {0.__init__.__globals__[STATE]}: "{'secret': 'parent'}"
# {0.__class__.__base__.__name__}: 'object'
# {0.__class__.__mro__}: "(<class 'tuple'>, <class 'object'>)"
# {0.handle.__globals__[STATE]}: "{'secret': 'parent'}"
# {0.__globals__[__builtins__][len]}: KeyError: '__builtins__'
# {0.__self__}: AttributeError: 'builtin_function_or_method' object has no attribute '__self__'
# {0.gi_frame}: AttributeError: 'generator' object has no attribute 'gi_frame'
# {0.__traceback__.tb_frame.f_globals}: AttributeError: 'NoneType' object has no attribute 'f_globals'
# {0.__code__}: AttributeError: 'function' object has no attribute '__code__'
# format_map {x.__class__.__base__.__subclasses__.__name__}: '__subclasses__'
# format_map {x.__globals__[STATE][secret]}: 'parent'
# the STATE reached that way is frozen (child) or own (main): True
# done
