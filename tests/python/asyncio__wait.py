# asyncio.wait (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, timeout),
# as_completed and shield.
import asyncio


async def job(name, delay, fail=False):
    # An int delay is that many passes of the loop (sleep(0) each), so
    # the order things finish in does not depend on the machine's speed.
    if isinstance(delay, int):
        for _ in range(delay):
            await asyncio.sleep(0)
    else:
        await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = lambda n, d, fail=False: asyncio.create_task(job(n, d, fail), name=n)
    first = asyncio.FIRST_COMPLETED
    done, pending = await asyncio.wait([mk("a", 1), mk("b", 5)], return_when=first)
    print("first completed:", names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print("all completed:", names(done), names(pending))
    tasks = [mk("c", 1.0), mk("d", 0, fail=True), mk("e", 0)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", names(done), names(pending))
    print("exception:", [repr(t.exception()) for t in done if t.get_name() == "d"])
    done, pending = await asyncio.wait(pending, timeout=0.005)
    print("timeout:", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", names(done), [t.cancelled() for t in done])
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for bad, kw in (([], {}), ([mk("f", 0)], {"return_when": "SOMETIMES"})):
        try:
            await asyncio.wait(bad, **kw)
        except ValueError as e:
            print("ValueError:", e)
    c = job("coro", 0)
    for arg in (c, [c]):
        try:
            await asyncio.wait(arg)
        except TypeError as e:
            print("TypeError:", e)
    await c

    # as_completed yields in finishing order.
    order = []
    for aw in asyncio.as_completed([job("slow", 4), job("fast", 0), job("mid", 2)]):
        order.append(await aw)
    print("as_completed:", order)
    try:
        for aw in asyncio.as_completed([job("late", 1.0)], timeout=0.01):
            await aw
    except TimeoutError:
        print("as_completed timed out")
    x = job("x", 0)
    try:
        for aw in asyncio.as_completed(x):
            pass
    except TypeError as e:
        print("TypeError:", e)
    x.close()

    # shield: cancelling the outer leaves the inner running.
    inner = mk("inner", 2)
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    print("inner result:", await inner)
    shielded = mk("shielded", 3)

    async def wait_shielded():
        return await asyncio.shield(shielded)
    waiter = asyncio.create_task(wait_shielded())
    await asyncio.sleep(0)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("waiter cancelled:", waiter.cancelled(), "shielded:", shielded.cancelled())
    print("shielded result:", await shielded)
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    print("shield of a done future is it:", asyncio.shield(f) is f)
    print("shield result:", await asyncio.shield(job("through", 0)))

asyncio.run(main())



# Output:
# first completed: ['a'] ['b']
# all completed: ['b'] []
# first exception: ['d', 'e'] ['c']
# exception: ["ValueError('d')"]
# timeout: [] ['c']
# after cancel: ['c'] [True]
# FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED
# ValueError: Set of Tasks/Futures is empty.
# ValueError: Invalid return_when value: SOMETIMES
# TypeError: expect a list of futures, not coroutine
# TypeError: Passing coroutines is forbidden, use tasks explicitly.
# as_completed: ['fast', 'mid', 'slow']
# as_completed timed out
# TypeError: expect an iterable of futures, not coroutine
# outer cancelled
# inner result: inner
# waiter cancelled: True shielded: False
# shielded result: shielded
# shield of a done future is it: True
# shield result: through
