import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def work(q, k):
    async for v in agen(k):
        await q.put(v * k)
    try:
        raise ExceptionGroup("g", [ValueError(k), KeyError(k)])
    except* ValueError:
        pass
    except* KeyError:
        pass

async def main():
    q = asyncio.Queue()
    await asyncio.gather(*(work(q, k) for k in range(4)))
    return [q.get_nowait() for _ in range(q.qsize())]

asyncio.run(main())
