# sandpy-only: the sandbox module
# asyncio is shipped inside the binary as Python source: importable
# exactly when granted (with `time`, which it imports), in every sandbox
# from the same compiled code; its __file__ says it is built in, and a
# traceback through it names that file.
import sandbox
import asyncio

print(asyncio.__file__, asyncio.tasks.__file__, asyncio.__path__)
print(sandbox.allowed("import", "asyncio"))


def use_asyncio():
    import asyncio

    async def main():
        await asyncio.sleep(0)
        return "ran"
    return asyncio.run(main())


def import_sub():
    from asyncio import queues
    return queues.__name__


for mods in (["asyncio", "time"], ["asyncio"], ["time"], []):
    for f in (use_asyncio, import_sub):
        try:
            r = sandbox.spawn(f, _config=sandbox.Config(modules=mods)).join()
            print(mods, f.__name__, "->", r)
        except sandbox.SandboxError as e:
            print(mods, f.__name__, "->", e.exception_type, e.exception_message)


async def fail():
    await asyncio.sleep(0)
    raise KeyError("inside")


def boom(_):
    raise ValueError("in a callback")


# A traceback through the library names its built-in file.
loop = asyncio.new_event_loop()
try:
    loop.run_until_complete(asyncio.wait_for(42, 1))
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    print("TypeError:", e)
loop.close()
asyncio.run(fail())
