# gather: results in argument order whatever the finishing order,
# return_exceptions, the first exception, cancellation both ways.
import asyncio

log = []


async def job(name, delay, fail=False):
    log.append(f"start {name}")
    # An int delay is that many passes of the loop (sleep(0) each), so
    # the order things finish in does not depend on the machine's speed.
    if isinstance(delay, int):
        for _ in range(delay):
            await asyncio.sleep(0)
    else:
        await asyncio.sleep(delay)
    if fail:
        log.append(f"fail {name}")
        raise ValueError(name)
    log.append(f"end {name}")
    return name


async def main():
    print(await asyncio.gather(job("a", 4), job("b", 0), job("c", 2)))
    print(log)
    log.clear()
    print(await asyncio.gather())
    res = await asyncio.gather(job("x", 1, fail=True), job("y", 0), return_exceptions=True)
    print([repr(r) for r in res])
    try:
        await asyncio.gather(job("p", 0), job("q", 0, fail=True), job("r", 1))
    except ValueError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.02)
    print(log)
    log.clear()

    # The same coroutine object twice is run once.
    c = job("same", 0)
    print(await asyncio.gather(c, c))

    # A future among the arguments.
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_soon(f.set_result, "fut")
    print(await asyncio.gather(f, job("z", 0)))

    # Cancelling the gather cancels its children.
    t1 = asyncio.create_task(job("slow1", 1.0))
    t2 = asyncio.create_task(job("slow2", 1.0))
    g = asyncio.gather(t1, t2)
    await asyncio.sleep(0)
    print("cancel gather:", g.cancel("stop"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", e.args)
    print("children:", t1.cancelled(), t2.cancelled())

    # A cancelled child with return_exceptions gives a CancelledError result.
    t3 = asyncio.create_task(job("slow3", 1.0))
    t4 = asyncio.create_task(job("quick", 0))
    g = asyncio.gather(t3, t4, return_exceptions=True)
    await asyncio.sleep(0)
    t3.cancel("bye")
    res = await g
    print([type(r).__name__ for r in res], res[0].args, res[1])

    # A cancelled child without return_exceptions cancels the gather.
    t5 = asyncio.create_task(job("slow5", 1.0))
    g = asyncio.gather(t5, job("quick2", 0))
    await asyncio.sleep(0)
    t5.cancel()
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised CancelledError", e.args)

    # Cancelling the task that awaits a gather cancels the children.
    async def outer():
        await asyncio.gather(job("in1", 1.0), job("in2", 1.0))
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled:", o.cancelled())
    print(log)

asyncio.run(main())


# Output:
# ['a', 'b', 'c']
# ['start a', 'start b', 'end b', 'start c', 'end c', 'end a']
# []
# ["ValueError('x')", "'y'"]
# gather raised ValueError('q')
# ['start x', 'start y', 'end y', 'fail x', 'start p', 'end p', 'start q', 'fail q', 'start r', 'end r']
# ['same', 'same']
# ['fut', 'z']
# cancel gather: True
# gather cancelled ('stop',)
# children: True True
# ['CancelledError', 'str'] ('',) quick
# gather raised CancelledError ()
# outer cancelled: True
# ['start same', 'end same', 'start z', 'end z', 'start slow1', 'start slow2', 'start slow3', 'start quick', 'end quick', 'start slow5', 'start quick2', 'end quick2', 'start in1', 'start in2']
