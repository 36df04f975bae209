# Coroutine paths under the loop: awaits in finally during a cancellation,
# in except (the context kept), async with on a lock that raises, async
# comprehensions over an async generator, a cancellation message through
# two coroutines, wait_for on a queue, shield inside wait_for.
import asyncio
log = []
async def cleanup_awaits():
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup start")
        await asyncio.sleep(0)
        log.append("cleanup end")
async def in_except():
    try:
        raise KeyError("k")
    except KeyError:
        await asyncio.sleep(0)
        log.append("awaited in except")
        raise ValueError("v")
async def lock_exc(lock):
    try:
        async with lock:
            raise RuntimeError("inside lock")
    except RuntimeError:
        log.append(f"lock released: {not lock.locked()}")
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def main():
    t = asyncio.create_task(cleanup_awaits())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled after cleanup")
    try:
        await in_except()
    except ValueError as e:
        log.append(f"{e!r} context {e.__context__!r}")
    await lock_exc(asyncio.Lock())
    log.append([x async for x in agen()])
    log.append(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)]))
    # exception thrown twice through the same CancelledError object
    async def inner():
        await asyncio.sleep(1)
    async def outer():
        try:
            await inner()
        except asyncio.CancelledError as e:
            log.append(f"outer saw {e.args}")
            raise
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel("msg")
    try:
        await o
    except asyncio.CancelledError as e:
        log.append(f"main saw {e.args}")
    # wait_for on a queue get
    q = asyncio.Queue()
    asyncio.get_running_loop().call_soon(q.put_nowait, "item")
    log.append(await asyncio.wait_for(q.get(), 1))
    # shield inside wait_for
    res = await asyncio.wait_for(asyncio.shield(asyncio.sleep(0, "sh")), 1)
    log.append(res)
asyncio.run(main())
for l in log: print(l)

# Output:
# cleanup start
# cleanup end
# cancelled after cleanup
# awaited in except
# ValueError('v') context KeyError('k')
# lock released: True
# [0, 1, 2]
# [0, 1, 2]
# outer saw ('msg',)
# main saw ('msg',)
# item
# sh
