# The await protocol's errors, with CPython's messages.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def attempt(label, coro):
    try:
        print(label, "->", run(coro))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def await_it(x):
    return await x


class NoAwait:
    pass


class AwaitNonIter:
    def __await__(self):
        return 42


class AwaitList:
    def __await__(self):
        return [1, 2]


class AwaitIter:
    def __await__(self):
        return iter([])


class AwaitCoro:
    def __await__(self):
        return await_it(AwaitIter())


class AwaitGen:
    def __await__(self):
        yield "step"
        return "gen result"


async def simple():
    return "simple"


def gen():
    yield 1


attempt("int", await_it(1))
attempt("None", await_it(None))
attempt("instance", await_it(NoAwait()))
attempt("class", await_it(NoAwait))
attempt("non-iterator", await_it(AwaitNonIter()))
attempt("list", await_it(AwaitList()))
attempt("iter", await_it(AwaitIter()))
attempt("returns coroutine", await_it(AwaitCoro()))
attempt("generator __await__", await_it(AwaitGen()))
attempt("plain generator", await_it(gen()))
attempt("coroutine wrapper", await_it(AwaitGen().__await__()))

# The instance's __await__ is looked up on the type, not the instance.
o = NoAwait()
o.__await__ = lambda: iter([])
attempt("instance attr", await_it(o))

# Awaiting a coroutine that another coroutine is awaiting already.
class Pause:
    def __await__(self):
        yield "paused"

async def waits():
    await Pause()
    return "waited"

shared = waits()
first = await_it(shared)
print(first.send(None))
attempt("being awaited", await_it(shared))
attempt("first resumes", first)
attempt("finished", await_it(shared))

# `yield from` of a coroutine in a plain generator.
def delegating():
    yield from simple()

try:
    next(delegating())
except TypeError as e:
    print("TypeError:", e)

# StopIteration escaping a coroutine.
async def raises_stop():
    raise StopIteration(3)

try:
    run(raises_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.args)

# A coroutine that swallows GeneratorExit and awaits again.
async def stubborn():
    while True:
        try:
            await Pause()
        except GeneratorExit:
            pass

s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# close() of a suspended coroutine runs its finally blocks.
async def with_finally():
    try:
        await Pause()
    finally:
        print("finally ran")

w = with_finally()
w.send(None)
print(w.close(), w.cr_running)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

# throw() goes to the innermost awaited object.
class Catcher:
    def __await__(self):
        try:
            yield "catching"
        except KeyError as e:
            return "caught " + repr(e)

async def throw_target():
    r = await Catcher()
    return r

t = throw_target()
print(t.send(None))
try:
    t.throw(KeyError("k"))
except StopIteration as e:
    print("throw result", e.value)

# A coroutine resumed while it runs.
async def reentrant():
    me.send(None)

me = reentrant()
try:
    me.send(None)
except ValueError as e:
    print("ValueError:", e)

# send() on a coroutine that was never started with a value, and throw()
# before it starts.
c = simple()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
attempt("after early throw", await_it(c))

# Output:
# int -> TypeError: object int can't be used in 'await' expression
# None -> TypeError: object NoneType can't be used in 'await' expression
# instance -> TypeError: object NoAwait can't be used in 'await' expression
# class -> TypeError: object type can't be used in 'await' expression
# non-iterator -> TypeError: __await__() returned non-iterator of type 'int'
# list -> TypeError: __await__() returned non-iterator of type 'list'
# iter -> None
# returns coroutine -> TypeError: __await__() returned a coroutine
# generator __await__ -> gen result
# plain generator -> TypeError: object generator can't be used in 'await' expression
# coroutine wrapper -> TypeError: object generator can't be used in 'await' expression
# instance attr -> TypeError: object NoAwait can't be used in 'await' expression
# paused
# being awaited -> RuntimeError: coroutine is being awaited already
# first resumes -> waited
# finished -> RuntimeError: cannot reuse already awaited coroutine
# TypeError: cannot 'yield from' a coroutine object in a non-coroutine generator
# RuntimeError: coroutine raised StopIteration | cause: StopIteration (3,)
# RuntimeError: coroutine ignored GeneratorExit
# finally ran
# None False
# RuntimeError: cannot reuse already awaited coroutine
# catching
# throw result caught KeyError('k')
# ValueError: coroutine already executing
# ValueError: early
# after early throw -> RuntimeError: cannot reuse already awaited coroutine
