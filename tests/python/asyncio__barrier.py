# Barrier: tasks wait until the barrier fills, get their place in it, and
# it refills; reset and abort break the waiters.
import asyncio

log = []


async def party(b, name, rounds=1):
    for r in range(rounds):
        log.append(f"{name} waits r{r}")
        i = await b.wait()
        log.append(f"{name} passes r{r} as {i}")


async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken, repr(b).endswith("[filling, waiters:0/3]>"))
    await asyncio.gather(*(party(b, n, 2) for n in "abc"))
    print(log)
    log.clear()

    t = [asyncio.create_task(party(b, n)) for n in "xy"]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting, repr(b).endswith("[filling, waiters:2/3]>"))
    await b.reset()
    for task in t:
        try:
            await task
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)
    print("after reset:", b.n_waiting, b.broken)

    lone = asyncio.create_task(b.wait())
    for _ in range(5):
        await asyncio.sleep(0)
    print("a lone waiter waits:", not lone.done(), b.n_waiting)
    lone.cancel()
    try:
        await lone
    except asyncio.CancelledError:
        print("cancelled; waiting:", b.n_waiting)

asyncio.run(main())


async def aborted():
    b = asyncio.Barrier(2)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    await b.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError:", e)
    print(b.broken, repr(b).endswith("[broken]>"))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    b = asyncio.Barrier(1)
    async with b as i:
        print("alone:", i)

asyncio.run(aborted())
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


# Output:
# 3 0 False True
# ['a waits r0', 'b waits r0', 'c waits r0', 'c passes r0 as 2', 'c waits r1', 'a passes r0 as 0', 'a waits r1', 'b passes r0 as 1', 'b waits r1', 'a passes r1 as 2', 'b passes r1 as 0', 'c passes r1 as 1']
# waiting: 2 True
# BrokenBarrierError: Abort or reset of barrier
# BrokenBarrierError: Abort or reset of barrier
# after reset: 0 False
# a lone waiter waits: True 1
# cancelled; waiting: 0
# BrokenBarrierError: Abort or reset of barrier
# BrokenBarrierError: Barrier aborted
# True True
# ValueError: parties must be > 0
# alone: 0
# True
