# Exceptions raised in tasks reach whoever awaits them, with the task's
# frames in their traceback; an uncaught one ends asyncio.run.
import asyncio


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def middle():
    return await fail("deep")


async def main():
    try:
        await middle()
    except ValueError as e:
        print("caught", repr(e))
    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("caught from task", repr(e), t.done(), repr(t.exception()))
    try:
        await asyncio.gather(fail("a"), fail("b"))
    except ValueError as e:
        print("gather:", repr(e))

    # A chain of exceptions survives the task boundary.
    async def chained():
        try:
            {}["k"]
        except KeyError as e:
            raise RuntimeError("wrapped") from e
    try:
        await asyncio.create_task(chained())
    except RuntimeError as e:
        print(repr(e), "from", repr(e.__cause__))

    # SystemExit and KeyboardInterrupt stop the loop at once.
    async def leave():
        raise SystemExit(3)
    try:
        await leave()
    except SystemExit as e:
        print("SystemExit", e.code)
    await middle()

asyncio.run(main())

# Output:
# caught ValueError('deep')
# caught from task ValueError('in task') True ValueError('in task')
# gather: ValueError('a')
# RuntimeError('wrapped') from KeyError('k')
# SystemExit 3
# Raise: ValueError: deep
