# Task.cancel: with a message, before the first step, caught and
# ignored, cancelling()/uncancel(), CancelledError is a BaseException.
import asyncio

log = []


async def sleeper(name, delay=1):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError as e:
        log.append(f"{name} cancelled {e.args}")
        raise
    return name


async def main():
    t = asyncio.create_task(sleeper("a"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel("stop now"), "cancelling:", t.cancelling())
    print("done yet:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter sees", e.args)
    print(t.cancelled(), t.done(), "cancel again:", t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result raises CancelledError", e.args)

    # Cancelled before it ever ran: the coroutine never starts.
    t = asyncio.create_task(sleeper("never"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("never started:", e.args)

    # A task may catch its cancellation and go on.
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("stubborn caught it")
            print("cancelling inside:", asyncio.current_task().cancelling())
            print("uncancel:", asyncio.current_task().uncancel())
        await asyncio.sleep(0)
        return "survived"
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print("stubborn:", await t, t.cancelled())

    # except Exception does not catch a cancellation.
    async def broad():
        try:
            await asyncio.sleep(1)
        except Exception:
            log.append("wrongly caught")
    t = asyncio.create_task(broad())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("broad was cancelled")

    # Cancelling a task that awaits another cancels the inner one too.
    inner = asyncio.create_task(sleeper("inner"))

    async def outer():
        return await inner
    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel("from main")
    try:
        await o
    except asyncio.CancelledError as e:
        print("outer:", e.args, "inner cancelled:", inner.cancelled())

    # A task cancelling itself.
    async def selfcancel():
        asyncio.current_task().cancel()
        log.append("still running")
        await asyncio.sleep(0)
        log.append("not reached")
    t = asyncio.create_task(selfcancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled:", t.cancelled())

    # Cancelling main's own wait: raising CancelledError out of the task.
    async def raiser():
        raise asyncio.CancelledError("raised")
    t = asyncio.create_task(raiser())
    try:
        await t
    except asyncio.CancelledError as e:
        print("raised CancelledError:", t.cancelled(), e.args)
    print(log)

asyncio.run(main())


async def cancelled_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancelled_main())
except asyncio.CancelledError as e:
    print("asyncio.run raised CancelledError", e.args)


async def leftover():
    # Tasks still pending when main returns are cancelled by asyncio.run.
    asyncio.create_task(sleeper("leftover"))
    await asyncio.sleep(0)
    return "main done"

print(asyncio.run(leftover()), log[-1])

# Output:
# cancel: True cancelling: 1
# done yet: False
# awaiter sees ('stop now',)
# True True cancel again: False
# result raises CancelledError ()
# never started: ()
# cancelling inside: 1
# uncancel: 0
# stubborn: survived False
# broad was cancelled
# outer: ('from main',) inner cancelled: True
# self-cancelled: True
# raised CancelledError: True ('raised',)
# ["a cancelled ('stop now',)", 'stubborn caught it', "inner cancelled ('from main',)", 'still running']
# asyncio.run raised CancelledError ()
# main done leftover cancelled ()
