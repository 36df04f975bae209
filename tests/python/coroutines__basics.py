# Coroutine objects driven by hand with send(None), as an event loop does.

def run(coro):
    """Drive `coro` to completion; return (value, what it yielded)."""
    yielded = []
    try:
        while True:
            yielded.append(coro.send(None))
    except StopIteration as e:
        return e.value, yielded


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        sent = yield self.tag
        return (self.tag, sent)


async def leaf(n):
    got = await Suspend(n)
    return got


async def middle():
    a = await leaf(1)
    b = await leaf(2)
    return [a, b]


async def noawait(x, *, k=3):
    return x + k


c = noawait(1)
print(type(c).__name__, type(c) is type(noawait(2)))
print(repr(c).startswith("<coroutine object noawait at 0x"))
print(c.__name__, c.__qualname__, c.cr_running)
print(run(c))
print(run(middle()))

# send() values reach the awaiting `yield`.
m = middle()
print(m.send(None))
print(m.send("first"))
try:
    m.send("second")
except StopIteration as e:
    print("done", e.value)

# Re-awaiting a finished coroutine.
try:
    m.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def await_twice(co):
    await co
    await co

try:
    run(await_twice(noawait(5)))
except RuntimeError as e:
    print("RuntimeError:", e)

# Non-None to a just-started coroutine.
c = leaf(1)
try:
    c.send(7)
except TypeError as e:
    print("TypeError:", e)
c.close()

# Methods as a class.
class A:
    async def m(self, v):
        return v * 2

print(A.m.__qualname__, A().m(4).__qualname__, run(A().m(4)))

# A coroutine is not iterable, its __await__ is.
c = noawait(2)
for bad in (lambda: iter(c), lambda: next(c), lambda: list(c)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
w = c.__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("wrapper result", e.value)

# Closures and defaults inside coroutines.
def make(k):
    async def add(x, y=10):
        await Suspend("add")
        return x + y + k
    return add

print(run(make(100)(1)))
print(run(make(100)(1, 2)))

# Lambdas and nested functions returning awaitables.
async def via_lambda():
    f = lambda: leaf("L")
    return await f()

print(run(via_lambda()))


# Output:
# coroutine True
# True
# noawait noawait False
# (4, [])
# ([(1, None), (2, None)], [1, 2])
# 1
# 2
# done [(1, 'first'), (2, 'second')]
# RuntimeError: cannot reuse already awaited coroutine
# RuntimeError: cannot reuse already awaited coroutine
# TypeError: can't send non-None value to a just-started coroutine
# A.m A.m (8, [])
# TypeError: 'coroutine' object is not iterable
# TypeError: 'coroutine' object is not an iterator
# TypeError: 'coroutine' object is not iterable
# coroutine_wrapper True
# wrapper result 5
# (111, ['add'])
# (103, ['add'])
# (('L', None), ['L'])
