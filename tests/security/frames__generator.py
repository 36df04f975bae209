# sandpy-only: CPython's generators expose gi_frame and gi_code
# Route: a generator's gi_frame (and gi_yieldfrom, gi_code) leads to the
# frame running it, whose f_back chain and f_globals reach the code that
# created or drives it: in a child, the parent's function made the
# generator. sandpy generators expose no frame, code or caller.
import sandbox
from _escape import attempt


def numbers():
    yield 1
    yield 2


def delegate():
    yield from numbers()


def walk(make):
    g = make()
    next(g)
    attempt("gi_frame", lambda: g.gi_frame)
    attempt("gi_frame.f_back", lambda: g.gi_frame.f_back.f_globals)
    attempt("gi_code", lambda: g.gi_code)
    attempt("gi_yieldfrom", lambda: g.gi_yieldfrom)
    attempt("gi_running", lambda: g.gi_running)
    attempt("frame-like attributes", lambda: [a for a in dir(g) if a.startswith(("gi_", "f_", "cr_", "ag_"))])
    return "done"


print("-- main")
walk(delegate)
print("-- child, generator made by the parent's frozen function")
print(sandbox.spawn(walk, delegate).join())

# Output:
# -- main
# gi_frame: AttributeError: 'generator' object has no attribute 'gi_frame'
# gi_frame.f_back: AttributeError: 'generator' object has no attribute 'gi_frame'
# gi_code: AttributeError: 'generator' object has no attribute 'gi_code'
# gi_yieldfrom: AttributeError: 'generator' object has no attribute 'gi_yieldfrom'
# gi_running: False
# frame-like attributes: []
# -- child, generator made by the parent's frozen function
# gi_frame: AttributeError: 'generator' object has no attribute 'gi_frame'
# gi_frame.f_back: AttributeError: 'generator' object has no attribute 'gi_frame'
# gi_code: AttributeError: 'generator' object has no attribute 'gi_code'
# gi_yieldfrom: AttributeError: 'generator' object has no attribute 'gi_yieldfrom'
# gi_running: False
# frame-like attributes: []
# done
