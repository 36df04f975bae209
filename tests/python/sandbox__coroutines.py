# sandpy-only: the sandbox module
# Coroutines under caps: a coroutine that never ends is stopped by the time
# and instruction caps like any code; coroutines, async generators and their
# awaitables cannot be frozen; a child sandbox runs coroutines of its own.
import sandbox
from sandbox import freeze


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def forever():
    n = 0
    while True:
        await Pause()
        n += 1


async def busy_agen():
    while True:
        yield 1


async def drain():
    async for _ in busy_agen():
        pass


def spin_coroutine():
    run(forever())


def spin_agen():
    run(drain())


for f in (spin_coroutine, spin_agen):
    for cfg in (sandbox.Config(time=0.2), sandbox.Config(instructions=200000)):
        try:
            sandbox.spawn(f, _config=cfg).join()
            print("finished?")
        except sandbox.SandboxError as e:
            print(f.__name__, e.kind, str(e).split(" limit")[0])


def attempt(label, v):
    try:
        freeze(v)
        print(label, "froze")
    except TypeError as e:
        print(label, e)


async def simple():
    return 1


c = simple()
attempt("coroutine", c)
attempt("in list", [1, c])
attempt("wrapper", c.__await__())
a = busy_agen()
attempt("async generator", {"g": a})
attempt("asend", a.__anext__())
attempt("athrow", a.aclose())
attempt("coroutine function", simple)
c.close()


def child():
    async def add(x, y):
        await Pause()
        return x + y
    return run(add(2, 3))


print(sandbox.spawn(child).join())


# Frozen coroutine functions and async generator functions run in a child.
async def work(x):
    await Pause()
    return x * 2


async def numbers(n):
    for i in range(n):
        await Pause()
        yield i


async def collect(n):
    return [v async for v in numbers(n)]


def drive(f, *args):
    return run(f(*args))


print(sandbox.spawn(drive, work, 21).join())
print(sandbox.spawn(drive, collect, 3).join())



# Deep await chains in a child raise RecursionError (a sandbox thread's
# stack never overflows); a recursion cap stops the child.
async def depth(n):
    if n == 0:
        await Pause()
        return 0
    return 1 + await depth(n - 1)


async def agen_depth(n):
    if n:
        async for v in agen_depth(n - 1):
            yield v + 1
    else:
        yield 0


async def first(agen):
    async for v in agen:
        return v


def deep(n):
    try:
        return run(depth(n))
    except RecursionError as e:
        return "RecursionError: " + str(e)


def deep_agen(n):
    try:
        return run(first(agen_depth(n)))
    except RecursionError as e:
        return "RecursionError: " + str(e)


print(sandbox.spawn(deep, 100000).join())
print(sandbox.spawn(deep_agen, 100000).join())
print(sandbox.spawn(deep, 200).join())
try:
    sandbox.spawn(deep, 100000, _config=sandbox.Config(recursion=50)).join()
except sandbox.SandboxError as e:
    print(e.kind, e)

# Output:
# spin_coroutine limit sandbox stopped: time
# spin_coroutine limit sandbox stopped: instruction
# spin_agen limit sandbox stopped: time
# spin_agen limit sandbox stopped: instruction
# coroutine cannot freeze 'coroutine' object
# in list cannot freeze 'coroutine' object (reached via [1])
# wrapper cannot freeze 'coroutine_wrapper' object
# async generator cannot freeze 'async_generator' object (reached via ['g'])
# asend cannot freeze 'async_generator_asend' object
# athrow cannot freeze 'async_generator_athrow' object
# coroutine function froze
# 5
# 42
# [0, 1, 2]
# RecursionError: maximum recursion depth exceeded
# RecursionError: maximum recursion depth exceeded
# 200
# limit sandbox stopped: recursion limit 50 exceeded (51 used)
