# A deep chain of awaits raises RecursionError (never a crash), and the
# program goes on afterwards; moderately deep chains work.

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


class Pause:
    def __await__(self):
        yield


async def depth(n):
    if n == 0:
        await Pause()
        return 0
    return 1 + await depth(n - 1)


print(run(depth(100)))

try:
    run(depth(100000))
except RecursionError as e:
    print("RecursionError:", e)


async def agen_depth(n):
    if n:
        async for v in agen_depth(n - 1):
            yield v + 1
    else:
        yield 0


async def first(agen):
    async for v in agen:
        return v

print(run(first(agen_depth(50))))
try:
    run(first(agen_depth(100000)))
except RecursionError as e:
    print("RecursionError:", e)

# The runtime is still usable.
print(run(depth(10)), sum(range(10)))

# Output:
# 100
# RecursionError: maximum recursion depth exceeded
# 50
# RecursionError: maximum recursion depth exceeded
# 10 45
