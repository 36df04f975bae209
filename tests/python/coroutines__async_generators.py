# Async generators: __anext__/asend/athrow/aclose awaitables, their states
# and CPython's errors.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except BaseException as e:
        print(label, "->", type(e).__name__ + ":", e)


class Pause:
    def __init__(self, tag=None):
        self.tag = tag

    def __await__(self):
        return (yield self.tag)


async def ag():
    yield 1
    yield 2


a = ag()
print(type(a).__name__, repr(a).startswith("<async_generator object ag at 0x"))
print(a.__name__, a.__qualname__, a.ag_running, a.__aiter__() is a)
n = a.__anext__()
print(type(n).__name__, n.__await__() is n, iter(n) is n)
try:
    n.send(None)
except StopIteration as e:
    print("yielded", e.value)
attempt("reuse", n)
attempt("asend", a.asend(None))
attempt("end", a.__anext__())
attempt("after end", a.__anext__())
attempt("aclose after end", a.aclose())
attempt("athrow after end", a.athrow(ValueError("late")))
try:
    iter(ag())
except TypeError as e:
    print("TypeError:", e)


# Values sent in, and awaits inside: an await's value goes up to the driver.
async def echo():
    got = yield "ready"
    while True:
        r = await Pause("awaiting")
        got = yield ("echo", got, r)


e = echo()
attempt("first", e.__anext__())
s = e.asend("hello")
print(s.send(None))
try:
    s.send("resumed")
except StopIteration as x:
    print("asend result", x.value)
try:
    ag().asend(5).send(None)
except TypeError as x:
    print("TypeError:", x)


# athrow: caught (the next yield answers), uncaught, or before start.
async def catching():
    try:
        yield 1
    except ValueError as x:
        yield "caught %s" % x
    yield 3


c = catching()
attempt("start", c.__anext__())
attempt("athrow caught", c.athrow(ValueError("boom")))
attempt("next", c.__anext__())
attempt("athrow uncaught", c.athrow(KeyError("k")))
attempt("then", c.__anext__())
attempt("athrow fresh", ag().athrow(ValueError("fresh")))
attempt("athrow class", ag().athrow(ValueError))


# aclose: runs finally blocks (which may await), refuses a yield.
async def cleanup():
    try:
        yield 1
    finally:
        print("cleanup awaits", await Pause("cleaning"))


c = cleanup()
attempt("start", c.__anext__())
ac = c.aclose()
print(ac.send(None))
try:
    ac.send("value for pause")
except StopIteration as x:
    print("closed", x.value)
attempt("after aclose", c.__anext__())
attempt("aclose fresh", ag().aclose())


async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield 2


i = ignores()
attempt("start", i.__anext__())
attempt("aclose ignored", i.aclose())


async def raises_in_close():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")


r = raises_in_close()
attempt("start", r.__anext__())
attempt("aclose raising", r.aclose())

# Awaitables: closed ones, non-None to a fresh athrow, throw().
k = ag().athrow(ValueError)
print(type(k).__name__)
try:
    k.send(1)
except RuntimeError as x:
    print("RuntimeError:", x)
k = ag().aclose()
k.close()
attempt("closed athrow", k)
n = ag().__anext__()
try:
    n.throw(KeyError("q"))
except KeyError as x:
    print("KeyError", x)
attempt("asend after throw", n)


# Two steps at once: "already running".
async def slow():
    await Pause("slow")
    yield 1


g = slow()
first = g.__anext__()
print(first.send(None))
print(g.ag_running)
for label, aw in (("anext", g.__anext__()), ("athrow", g.athrow(ValueError)), ("aclose", g.aclose())):
    try:
        aw.send(None)
    except RuntimeError as x:
        print("RuntimeError:", x)
try:
    first.send(None)
except StopIteration as x:
    print("first finished", x.value, g.ag_running)


# StopIteration / StopAsyncIteration raised inside become RuntimeError.
async def raises_sai():
    raise StopAsyncIteration
    yield


async def raises_si():
    raise StopIteration
    yield


for f in (raises_sai, raises_si):
    try:
        run(f().__anext__())
    except RuntimeError as x:
        print("RuntimeError:", x, "| cause:", type(x.__cause__).__name__)


# Bare `return` ends it.
async def early():
    yield "a"
    return
    yield "b"


async def drain(agen):
    return [x async for x in agen]

print(run(drain(early())))
print(run(drain(ag())))


# Methods and nesting.
class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = kids

    async def walk(self):
        await Pause()
        yield self.v
        for k in self.kids:
            async for v in k.walk():
                yield v


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(type(t.walk()).__qualname__, t.walk().__qualname__)
print(run(drain(t.walk())))



# Output:
# async_generator True
# ag ag False True
# async_generator_asend True True
# yielded 1
# reuse -> RuntimeError: cannot reuse already awaited __anext__()/asend()
# asend -> 2
# end -> StopAsyncIteration: 
# after end -> StopAsyncIteration: 
# aclose after end -> None
# athrow after end -> None
# TypeError: 'async_generator' object is not iterable
# first -> ready
# awaiting
# asend result ('echo', 'hello', 'resumed')
# TypeError: can't send non-None value to a just-started async generator
# start -> 1
# athrow caught -> caught boom
# next -> 3
# athrow uncaught -> KeyError: 'k'
# then -> StopAsyncIteration: 
# athrow fresh -> ValueError: fresh
# athrow class -> ValueError: 
# start -> 1
# cleaning
# cleanup awaits value for pause
# closed None
# after aclose -> StopAsyncIteration: 
# aclose fresh -> None
# start -> 1
# aclose ignored -> RuntimeError: async generator ignored GeneratorExit
# start -> 1
# aclose raising -> ValueError: in close
# async_generator_athrow
# RuntimeError: can't send non-None value to a just-started coroutine
# closed athrow -> RuntimeError: cannot reuse already awaited aclose()/athrow()
# KeyError 'q'
# asend after throw -> RuntimeError: cannot reuse already awaited __anext__()/asend()
# slow
# True
# RuntimeError: anext(): asynchronous generator is already running
# RuntimeError: athrow(): asynchronous generator is already running
# RuntimeError: aclose(): asynchronous generator is already running
# first finished 1 False
# RuntimeError: async generator raised StopAsyncIteration | cause: StopAsyncIteration
# RuntimeError: async generator raised StopIteration | cause: StopIteration
# ['a']
# [1, 2]
# async_generator Tree.walk
# [1, 2, 3, 4]
