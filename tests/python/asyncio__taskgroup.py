# TaskGroup: every task is awaited at the end of the block, its misuse
# errors, and cancelling the task that runs it. (A task's failure and
# the ExceptionGroup it raises: asyncio__taskgroup_errors.py.)
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
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.02))
        b = tg.create_task(job("b", 0), name="bee")
        log.append(f"in block {b.get_name()}")
    print("results:", a.result(), b.result(), log)
    log.clear()

    tg = asyncio.TaskGroup()
    c = job("early", 0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[-3:])
    async with tg:
        tg.create_task(c)
    try:
        tg.create_task(job("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[-2:])
    else:
        print("not refused")
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[-3:])
    print(repr(asyncio.TaskGroup()), log)

    # Cancelling the task that runs the block cancels the group's tasks.
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("inner1", 1))
            tg.create_task(job("inner2", 1))
    t = asyncio.create_task(runner())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        # CPython cancels a group's tasks in set order: sorted here.
        print("runner cancelled", sorted(log))

asyncio.run(main())

# Output:
# results: a b ['in block bee', 'b done', 'a done']
# RuntimeError: ['not', 'been', 'entered']
# RuntimeError: ['is', 'finished']
# RuntimeError: ['already', 'been', 'entered']
# <TaskGroup> ['early done']
# runner cancelled ['early done', 'inner1 cancelled', 'inner2 cancelled']
