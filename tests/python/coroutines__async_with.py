# `async with`: __aenter__/__aexit__ awaited, exceptions passed to
# __aexit__, suppression, and CPython's TypeErrors.

def run(coro):
    trace = []
    try:
        while True:
            trace.append(coro.send(None))
    except StopIteration as e:
        return e.value, trace


class Pause:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        yield self.tag


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Pause("enter " + self.name)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, tp, val, tb):
        await Pause("exit " + self.name)
        print("exit", self.name, tp.__name__ if tp else None, val, tb is not None)
        return self.suppress


async def body_ok():
    async with Manager("a") as v:
        print("body", v)
    return "done"

print(run(body_ok()))


async def body_raises(suppress):
    async with Manager("b", suppress):
        raise ValueError("inside")
    return "after with"

print(run(body_raises(True)))
try:
    run(body_raises(False))
except ValueError as e:
    print("propagated", e)


async def nested():
    async with Manager("outer") as o, Manager("inner", True) as i:
        print("both", o, i)
        1 / 0
    return "nested done"

print(run(nested()))


async def returns_inside():
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    async with Manager("ret"):
        return "returned"

print(run(returns_inside()))


# Mixed with a plain `with`.
class Sync:
    def __enter__(self):
        print("sync enter")

    def __exit__(self, *a):
        print("sync exit", a[0].__name__ if a[0] else None)


async def mixed():
    with Sync():
        async with Manager("m"):
            raise KeyError("k")

try:
    run(mixed())
except KeyError as e:
    print("KeyError", e)


# Errors.
class NoProtocol:
    pass


class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        return False


class BadExit:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return None


async def use(m):
    async with m:
        print("body runs")

for m in (NoProtocol(), OnlyEnter(), SyncOnly(), BadEnter(), BadExit()):
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError:", e)


async def exit_raises():
    class M:
        async def __aenter__(self):
            return self

        async def __aexit__(self, *a):
            raise RuntimeError("from exit")

    async with M():
        raise ValueError("from body")

try:
    run(exit_raises())
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

# Output:
# enter a
# body A
# exit a None None False
# ('done', ['enter a', 'exit a'])
# enter b
# exit b ValueError inside True
# ('after with', ['enter b', 'exit b'])
# enter b
# exit b ValueError inside True
# propagated inside
# enter outer
# enter inner
# both OUTER INNER
# exit inner ZeroDivisionError division by zero True
# exit outer None None False
# ('nested done', ['enter outer', 'enter inner', 'exit inner', 'exit outer'])
# enter loop0
# exit loop0 None None False
# enter loop1
# exit loop1 None None False
# enter ret
# exit ret None None False
# ('returned', ['enter loop0', 'exit loop0', 'enter loop1', 'exit loop1', 'enter ret', 'exit ret'])
# sync enter
# enter m
# exit m KeyError 'k' True
# sync exit KeyError
# KeyError 'k'
# TypeError: 'NoProtocol' object does not support the asynchronous context manager protocol
# TypeError: 'OnlyEnter' object does not support the asynchronous context manager protocol (missed __aexit__ method)
# TypeError: 'SyncOnly' object does not support the asynchronous context manager protocol
# TypeError: 'async with' received an object from __aenter__ that does not implement __await__: int
# body runs
# TypeError: 'async with' received an object from __aexit__ that does not implement __await__: NoneType
# RuntimeError: from exit | context: ValueError('from body')
