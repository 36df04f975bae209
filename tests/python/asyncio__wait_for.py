# wait_for and asyncio.timeout: the result in time, TimeoutError (the
# builtin) after, the awaitable cancelled, and timeout's state.
import asyncio

log = []


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} done")
    return name


async def main():
    print(await asyncio.wait_for(job("fast", 0), timeout=1))
    print(await asyncio.wait_for(job("none", 0.01), timeout=None))
    try:
        await asyncio.wait_for(job("slow", 1), timeout=0.01)
    except TimeoutError as e:
        print("TimeoutError", type(e) is TimeoutError, repr(e.__cause__))
    try:
        await asyncio.wait_for(job("zero", 1), timeout=0)
    except asyncio.TimeoutError as e:
        print("TimeoutError at 0", type(e.__cause__).__name__)
    f = asyncio.get_running_loop().create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    t = asyncio.create_task(job("task", 1))
    try:
        await asyncio.wait_for(t, 0.01)
    except TimeoutError:
        print("task cancelled:", t.cancelled())

    # A job that ignores its cancellation keeps its result.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("stubborn ignores")
        return "kept"
    print(await asyncio.wait_for(stubborn(), 0.01))

    # An exception of the awaited job passes through.
    async def bad():
        raise KeyError("k")
    try:
        await asyncio.wait_for(bad(), 1)
    except KeyError as e:
        print("KeyError", e)

    # asyncio.timeout
    async with asyncio.timeout(1) as cm:
        await job("in time", 0)
    print("expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await job("too slow", 1)
        print("not reached")
    except TimeoutError as e:
        print("timeout raised TimeoutError", repr(e), "expired:", cm.expired())
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await job("rescheduled", 1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreachable")

try:
    asyncio.run(main())
except TimeoutError:
    print("main ended with TimeoutError")
print(log)


async def outside():
    t = asyncio.timeout(1)
    print(repr(t).startswith("<Timeout [created]"))
    try:
        t.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with asyncio.timeout_at(None) as t:
        print(repr(t))
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    # A cancellation requested before entering is not the timeout's.
    asyncio.current_task().cancel()
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("outer cancellation stays CancelledError")
    print("uncancel:", asyncio.current_task().uncancel())

try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError:", e)

asyncio.run(outside())

# Output:
# fast
# none
# TimeoutError True CancelledError()
# TimeoutError at 0 CancelledError
# ready
# task cancelled: True
# kept
# KeyError 'k'
# expired: False
# timeout raised TimeoutError TimeoutError() expired: True
# when: None
# cancelled inside
# main ended with TimeoutError
# ['fast done', 'none done', 'slow cancelled', 'task cancelled', 'stubborn ignores', 'in time done', 'too slow cancelled', 'rescheduled cancelled']
# RuntimeError: no running event loop
# True
# RuntimeError: Timeout has not been entered
# <Timeout [active] when=None>
# <Timeout [finished]>
# RuntimeError: Cannot change state of finished Timeout
# RuntimeError: Timeout has already been entered
# outer cancellation stays CancelledError
# uncancel: 0
