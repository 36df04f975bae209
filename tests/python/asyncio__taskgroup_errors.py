# TaskGroup: the first failing task cancels the others and the block,
# and the errors come out together in an ExceptionGroup.
import asyncio

log = []


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        log.append(f"{name} fails")
        raise ValueError(name)
    log.append(f"{name} done")
    return name


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("slow", 1))
            tg.create_task(job("bad", 0, fail=True))
            tg.create_task(job("bad2", 0, fail=True))
            await asyncio.sleep(1)
            log.append("block not cancelled")
    except* ValueError as eg:
        print("ExceptionGroup:", eg.message, [repr(e) for e in eg.exceptions])
    print(log)
    log.clear()

    # An error in the block itself cancels the tasks, and joins the group.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("left", 1))
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print(type(eg).__name__, [repr(e) for e in eg.exceptions])
    print(log)
    log.clear()


asyncio.run(main())

# Output:
# ExceptionGroup: unhandled errors in a TaskGroup ["ValueError('bad')", "ValueError('bad2')"]
# ['bad fails', 'bad2 fails', 'slow cancelled']
# ExceptionGroup ["KeyError('body')"]
# ['left cancelled']
