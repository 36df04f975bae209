# `async for`: __aiter__/__anext__, StopAsyncIteration ends the loop, the
# else clause, break/continue, and CPython's TypeErrors.

def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps


class Pause:
    def __await__(self):
        yield


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await Pause()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


async def collect(n):
    out = []
    async for x in Countdown(n):
        out.append(x)
    else:
        out.append("else")
    return out

print(run(collect(3)))
print(run(collect(0)))


async def control():
    out = []
    async for x in Countdown(10):
        if x % 2:
            continue
        if x < 4:
            break
        out.append(x)
    else:
        out.append("no else after break")
    async for a in Countdown(2):
        async for b in Countdown(2):
            out.append((a, b))
    return out

print(run(control()))


async def ret_inside():
    async for x in Countdown(5):
        if x == 2:
            return "returned at %d" % x

print(run(ret_inside()))


# An exception other than StopAsyncIteration from __anext__ propagates.
class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise KeyError("from anext")


async def failing():
    async for x in Failing():
        pass

try:
    run(failing())
except KeyError as e:
    print("KeyError", e)


# An exception inside the body is not swallowed, even StopAsyncIteration.
async def body_raises():
    async for x in Countdown(3):
        raise StopAsyncIteration("from body")

try:
    run(body_raises())
except StopAsyncIteration as e:
    print("StopAsyncIteration", e)


# The loop target may be anything assignable.
class Pairs:
    def __init__(self):
        self.items = [(1, "a"), (2, "b")]

    def __aiter__(self):
        return self

    def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return Ready(self.items.pop(0))


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def unpack():
    d = {}
    async for k, d[k] in Pairs():
        pass
    return d

print(run(unpack()))


# Errors.
class NoAiter:
    pass


class AiterNoAnext:
    def __aiter__(self):
        return self


class SyncIter:
    def __iter__(self):
        return iter([1])


class BadAnext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 42


class AiterReturnsOther:
    def __aiter__(self):
        return [1]


async def loop(obj):
    async for x in obj:
        print("got", x)

for obj in (NoAiter(), AiterNoAnext(), SyncIter(), [1, 2], BadAnext(), AiterReturnsOther()):
    try:
        run(loop(obj))
    except TypeError as e:
        print("TypeError:", e, "| cause:", repr(e.__cause__))

# Output:
# ([2, 1, 0, 'else'], 4)
# (['else'], 1)
# ([8, 6, 4, (1, 1), (1, 0), (0, 1), (0, 0)], 17)
# ('returned at 2', 3)
# KeyError 'from anext'
# StopAsyncIteration from body
# ({1: 'a', 2: 'b'}, 0)
# TypeError: 'async for' requires an object with __aiter__ method, got NoAiter | cause: None
# TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: AiterNoAnext | cause: None
# TypeError: 'async for' requires an object with __aiter__ method, got SyncIter | cause: None
# TypeError: 'async for' requires an object with __aiter__ method, got list | cause: None
# TypeError: 'async for' received an invalid object from __anext__: int | cause: TypeError("object int can't be used in 'await' expression")
# TypeError: 'async for' received an object from __aiter__ that does not implement __anext__: list | cause: None
