# Async comprehensions and generator expressions; await inside
# comprehensions of async functions.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def agen(n):
    for i in range(n):
        await Pause()
        yield i


async def double(x):
    await Pause()
    return x * 2


async def comps():
    print([x async for x in agen(4)])
    print(sorted({x % 2 async for x in agen(5)}))
    print({x: x * x async for x in agen(3)})
    print([x async for x in agen(6) if x % 2 if x > 1])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in "ab" async for y in agen(2)])
    print([await double(x) for x in range(3)])
    print([await double(x) async for x in agen(3) if await double(x) > 0])
    print([[y async for y in agen(x)] for x in range(3)])
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__, g.__name__)
    print([v async for v in g])
    h = (await double(x) for x in [5, 6])
    print(type(h).__name__, [v async for v in h])
    # The comprehension's variables stay inside it.
    x = "outer"
    [x async for x in agen(2)]
    print(x)
    return "ok"

print(run(comps()))


# An async generator expression may live outside async functions; driving
# it needs an async function.
def make():
    return (i async for i in agen(3))

async def consume(g):
    out = []
    async for v in g:
        out.append(v)
    return out

print(run(consume(make())))

# Errors inside async comprehensions propagate.
async def bad():
    items = [1, 2]
    return [x async for x in items]

try:
    run(bad())
except TypeError as e:
    print("TypeError:", e)

async def bad_await():
    return [await x for x in [1]]

try:
    run(bad_await())
except TypeError as e:
    print("TypeError:", e)

async def raising():
    return [1 // (x - 1) async for x in agen(3)]

try:
    run(raising())
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

# Output:
# [0, 1, 2, 3]
# [0, 1]
# {0: 0, 1: 1, 2: 4}
# [3, 5]
# [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b')]
# [('a', 0), ('a', 1), ('b', 0), ('b', 1)]
# [0, 2, 4]
# [2, 4]
# [[], [0], [0, 1]]
# async_generator <genexpr>
# [0, 10, 20]
# async_generator [10, 12]
# outer
# ok
# [0, 1, 2]
# TypeError: 'async for' requires an object with __aiter__ method, got list
# TypeError: object int can't be used in 'await' expression
# ZeroDivisionError: integer division or modulo by zero
