# sandpy-only: CPython's coroutines expose cr_frame, cr_code and cr_await
# Route: a coroutine's cr_frame / cr_await (an async generator's ag_frame /
# ag_await, an awaitable's wrapped generator) leads to the frames running
# it and the objects it awaits: in a child, the parent's function made the
# coroutine. sandpy coroutines and async generators expose no frame, code
# or delegate.
import sandbox
from _escape import attempt


class Pause:
    def __await__(self):
        yield


async def inner():
    await Pause()


async def outer():
    await inner()


async def agen():
    await inner()
    yield 1


def walk(make_coro, make_agen):
    c = make_coro()
    c.send(None)
    attempt("cr_frame", lambda: c.cr_frame)
    attempt("cr_code", lambda: c.cr_code)
    attempt("cr_await", lambda: c.cr_await)
    attempt("cr_origin", lambda: c.cr_origin)
    attempt("cr_running", lambda: c.cr_running)
    attempt("__await__ wrapper", lambda: [a for a in dir(c.__await__()) if a.startswith(("gi_", "cr_", "f_"))])
    a = make_agen()
    n = a.__anext__()
    n.send(None)
    attempt("ag_frame", lambda: a.ag_frame)
    attempt("ag_code", lambda: a.ag_code)
    attempt("ag_await", lambda: a.ag_await)
    attempt("ag_running", lambda: a.ag_running)
    attempt("asend attributes", lambda: [x for x in dir(n) if x.startswith(("gi_", "ag_", "f_"))])
    c.close()
    return "done"


print("-- main")
walk(outer, agen)
print("-- child, coroutines made by the parent's frozen functions")
print(sandbox.spawn(walk, outer, agen).join())

# Output:
# -- main
# cr_frame: AttributeError: 'coroutine' object has no attribute 'cr_frame'
# cr_code: AttributeError: 'coroutine' object has no attribute 'cr_code'
# cr_await: AttributeError: 'coroutine' object has no attribute 'cr_await'
# cr_origin: AttributeError: 'coroutine' object has no attribute 'cr_origin'
# cr_running: False
# __await__ wrapper: []
# ag_frame: AttributeError: 'async_generator' object has no attribute 'ag_frame'
# ag_code: AttributeError: 'async_generator' object has no attribute 'ag_code'
# ag_await: AttributeError: 'async_generator' object has no attribute 'ag_await'
# ag_running: True
# asend attributes: []
# -- child, coroutines made by the parent's frozen functions
# cr_frame: AttributeError: 'coroutine' object has no attribute 'cr_frame'
# cr_code: AttributeError: 'coroutine' object has no attribute 'cr_code'
# cr_await: AttributeError: 'coroutine' object has no attribute 'cr_await'
# cr_origin: AttributeError: 'coroutine' object has no attribute 'cr_origin'
# cr_running: False
# __await__ wrapper: []
# ag_frame: AttributeError: 'async_generator' object has no attribute 'ag_frame'
# ag_code: AttributeError: 'async_generator' object has no attribute 'ag_code'
# ag_await: AttributeError: 'async_generator' object has no attribute 'ag_await'
# ag_running: True
# asend attributes: []
# done
