# Where await, async for, async with and yield are refused: CPython's
# SyntaxErrors, with their lines and columns.

cases = [
    "await x",
    "def f():\n    await x",
    "def f():\n    return lambda: await x",
    "async def f():\n    lambda: await x",
    "class C:\n    await x",
    "async def f():\n    class C:\n        await x",
    "async def f():\n    def g():\n        await x",
    "async def f():\n    yield from x",
    "async def f():\n    yield 1\n    return 2",
    "async def f():\n    if x:\n        return 2\n    yield 1",
    "def f():\n    async for x in y: pass",
    "def f():\n    async with x: pass",
    "async for x in y: pass",
    "async with x: pass",
    "class C:\n    async with x: pass",
    "def f():\n    return [x async for x in y]",
    "[x async for x in y]",
    "def f():\n    return {x: 1 async for x in y}",
    "def f():\n    return [await x for x in y]",
    "async def f():\n    def g():\n        return [x async for x in y]",
    "def f():\n    return [[x async for x in y] for z in w]",
]
allowed = [
    "async def f():\n    yield 1\n    return",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return (await x for x in y)",
    "async def f():\n    return [[x async for x in y] for z in w]",
    "async def f():\n    return [await x for x in y]",
    "async def f():\n    async with a as b, c:\n        async for d in b:\n            await d",
    "async def f():\n    return await (await x)",
    "async def f():\n    x = [i for i in range(3)]",
]

for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(e.msg, "| line", e.lineno, "col", e.offset)

for src in allowed:
    compile(src, "<ok>", "exec")
print("allowed ones compile")


# Output:
# 'await' outside function | line 1 col 1
# 'await' outside async function | line 2 col 5
# 'await' outside async function | line 2 col 20
# 'await' outside async function | line 2 col 13
# 'await' outside function | line 2 col 5
# 'await' outside function | line 3 col 9
# 'await' outside async function | line 3 col 9
# 'yield from' inside async function | line 2 col 5
# 'return' with value in async generator | line 3 col 5
# 'return' with value in async generator | line 3 col 9
# 'async for' outside async function | line 2 col 5
# 'async with' outside async function | line 2 col 5
# 'async for' outside async function | line 1 col 1
# 'async with' outside async function | line 1 col 1
# 'async with' outside async function | line 2 col 5
# asynchronous comprehension outside of an asynchronous function | line 2 col 12
# asynchronous comprehension outside of an asynchronous function | line 1 col 1
# asynchronous comprehension outside of an asynchronous function | line 2 col 12
# asynchronous comprehension outside of an asynchronous function | line 2 col 12
# asynchronous comprehension outside of an asynchronous function | line 3 col 16
# asynchronous comprehension outside of an asynchronous function | line 2 col 12
# allowed ones compile
