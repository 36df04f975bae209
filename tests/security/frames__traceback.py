# sandpy-only: CPython's tracebacks hold frames (tb_frame)
# Route: an exception's __traceback__ (or sys.exc_info()[2]) links through
# tb_next to every frame it passed, and tb_frame.f_globals / f_locals /
# f_back reach the objects of those frames: the host's, when the exception
# passed through host code. sandpy's traceback objects carry line numbers
# only (tb_frame is None); a child's failure reaches its parent as text.
import sandbox
from _escape import attempt


def inner():
    secret = ["host"]
    raise ValueError("from inner")


def outer():
    inner()


def walk():
    try:
        outer()
    except ValueError as e:
        tb = e.__traceback__
        hops = 0
        while tb is not None:
            assert tb.tb_frame is None
            hops += 1
            tb = tb.tb_next
        print("traceback entries:", hops, "frames: none")
        tb = e.__traceback__
        attempt("tb_frame.f_globals", lambda: tb.tb_frame.f_globals)
        attempt("tb_frame.f_back", lambda: tb.tb_frame.f_back)
        attempt("tb_next.tb_next.tb_frame.f_locals", lambda: tb.tb_next.tb_next.tb_frame.f_locals)
        attempt("innermost entry: line only", lambda: tb.tb_next.tb_next.tb_lineno)
    return "done"


print("-- main")
walk()
print("-- child, exception raised in the parent's frozen functions")
print(sandbox.spawn(walk).join())


def fails():
    local = ["child's object"]
    raise KeyError(local)


print("-- a child's failure seen by the parent")
try:
    sandbox.spawn(fails).join()
except sandbox.SandboxError as e:
    print("error:", e)
    print("args are text:", [type(a).__name__ for a in e.args])
    print("cause is text:", type(e.__cause__).__name__, [type(a).__name__ for a in e.__cause__.args], e.__context__)
    tb = e.__traceback__
    print("frames:", tb.tb_frame, tb.tb_next)

# Output:
# -- main
# traceback entries: 3 frames: none
# tb_frame.f_globals: AttributeError: 'NoneType' object has no attribute 'f_globals'
# tb_frame.f_back: AttributeError: 'NoneType' object has no attribute 'f_back'
# tb_next.tb_next.tb_frame.f_locals: AttributeError: 'NoneType' object has no attribute 'f_locals'
# innermost entry: line only: 13
# -- child, exception raised in the parent's frozen functions
# traceback entries: 3 frames: none
# tb_frame.f_globals: AttributeError: 'NoneType' object has no attribute 'f_globals'
# tb_frame.f_back: AttributeError: 'NoneType' object has no attribute 'f_back'
# tb_next.tb_next.tb_frame.f_locals: AttributeError: 'NoneType' object has no attribute 'f_locals'
# innermost entry: line only: 13
# done
# -- a child's failure seen by the parent
# error: sandbox raised KeyError: ["child's object"]
# args are text: ['str']
# cause is text: RemoteTraceback ['str'] None
# frames: None None
