# Queue, LifoQueue, PriorityQueue: order, waiting putters and getters,
# task_done/join, the nowait errors.
import asyncio

log = []


async def producer(q, items):
    for it in items:
        log.append(f"put {it}")
        await q.put(it)
    log.append("producer done")


async def consumer(q, name, n):
    for _ in range(n):
        it = await q.get()
        log.append(f"{name} got {it}")
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full(), str(q))
    await asyncio.gather(producer(q, [1, 2, 3, 4, 5]), consumer(q, "c1", 3), consumer(q, "c2", 2))
    print(log)
    log.clear()
    print("empty:", q.empty(), "qsize:", q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    q.put_nowait("a")
    q.put_nowait("b")
    print(str(q), q.full())
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print(q.get_nowait(), q.get_nowait())

    # join waits for every task_done.
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    print(str(q))

    async def work():
        while True:
            it = await q.get()
            await asyncio.sleep(0.001)
            log.append(f"worked {it}")
            q.task_done()
    w = asyncio.create_task(work())
    await q.join()
    log.append("joined")
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        log.append("worker cancelled")
    print(log)
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for x in (3, 1, 4, 1, 5, 9, 2, 6):
        lq.put_nowait(x)
        pq.put_nowait(x)
    print("lifo:", [lq.get_nowait() for _ in range(lq.qsize())])
    print("priority:", [pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait((2, "b"))
    pq.put_nowait((1, "a"))
    print(str(pq))

    # A cancelled getter leaves the queue; the next getter gets the item.
    q = asyncio.Queue()
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    g1.cancel()
    await asyncio.sleep(0)
    q.put_nowait("item")
    print("g2 got:", await g2, "g1 cancelled:", g1.cancelled())
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))

asyncio.run(main())

# Output:
# 2 0 True False <Queue maxsize=2>
# ['put 1', 'put 2', 'put 3', 'c1 got 1', 'c1 got 2', 'put 4', 'put 5', 'c1 got 3', 'c2 got 4', 'producer done', 'c2 got 5']
# empty: True qsize: 0
# QueueEmpty QueueEmpty()
# <Queue maxsize=2 _queue=['a', 'b'] tasks=2> True
# QueueFull QueueFull()
# a b
# <Queue maxsize=0 _queue=[0, 1, 2] tasks=3>
# ['worked 0', 'worked 1', 'worked 2', 'joined', 'worker cancelled']
# ValueError: task_done() called too many times
# lifo: [6, 2, 9, 5, 1, 4, 1, 3]
# priority: [1, 1, 2, 3, 4, 5, 6, 9]
# <PriorityQueue maxsize=0 _queue=[(1, 'a'), (2, 'b')] tasks=10>
# <Queue maxsize=0 _getters[2]>
# g2 got: item g1 cancelled: True
# True True
