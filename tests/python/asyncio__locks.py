# Lock, Event, Condition, Semaphore, BoundedSemaphore: who runs when.
import asyncio

log = []


async def locked_worker(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("locked:", lock.locked())
    await asyncio.gather(*(locked_worker(lock, n) for n in "abc"))
    print(log)
    log.clear()
    print(await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(repr(lock).endswith("[unlocked]>"))

    # A cancelled waiter does not get the lock.
    await lock.acquire()
    t1 = asyncio.create_task(lock.acquire())
    t2 = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).endswith("[locked, waiters:2]>"))
    t1.cancel()
    lock.release()
    print("t2 got it:", await t2, lock.locked(), "t1 cancelled:", t1.cancelled())
    lock.release()

    ev = asyncio.Event()

    async def waiter(name):
        log.append(f"{name} waits")
        r = await ev.wait()
        log.append(f"{name} woke {r}")
    ws = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    print(repr(ev).endswith("[unset, waiters:2]>"), ev.is_set())
    ev.set()
    log.append("set")
    await asyncio.gather(*ws)
    print(log, ev.is_set(), await ev.wait())
    log.clear()
    ev.clear()
    print("cleared:", ev.is_set())

    sem = asyncio.Semaphore(2)
    print(repr(sem).endswith("[unlocked, value:2]>"))

    async def limited(name):
        async with sem:
            log.append(f"{name} in")
            await asyncio.sleep(0)
            log.append(f"{name} out")
    await asyncio.gather(*(limited(n) for n in "pqrs"))
    print(log)
    log.clear()
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print("locked:", bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")

    cs = [asyncio.create_task(consume(n)) for n in ("k1", "k2", "k3")]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*cs)
    print(log)
    log.clear()
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def wait_all(name):
        async with cond:
            await cond.wait()
            log.append(f"{name} notified")
    ws = [asyncio.create_task(wait_all(n)) for n in ("n1", "n2")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(log)

asyncio.run(main())


# Output:
# locked: False
# ['a in', 'a out', 'b in', 'b out', 'c in', 'c out']
# True True
# RuntimeError: Lock is not acquired.
# True
# True
# t2 got it: True True t1 cancelled: True
# True False
# ['w1 waits', 'w2 waits', 'set', 'w1 woke True', 'w2 woke True'] True True
# cleared: False
# True
# ['p in', 'q in', 'p out', 'q out', 'r in', 's in', 'r out', 's out']
# ValueError: Semaphore initial value must be >= 0
# locked: True
# ValueError: BoundedSemaphore released too many times
# ['k1 took 0', 'k2 took 1', 'k3 took 2']
# RuntimeError: cannot notify on un-acquired lock
# RuntimeError: cannot wait on un-acquired lock
# ['n1 notified', 'n2 notified']
