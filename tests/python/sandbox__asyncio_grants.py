# sandpy-only: the sandbox module
# asyncio is shipped inside the binary as Python source: importable
# exactly when granted (its accelerator _asyncio goes with it; it needs
# no other grant), in every sandbox from the same compiled code; its
# __file__ says it is built in, and a traceback through it names that
# file.
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


def import_accelerator():
    import _asyncio
    return _asyncio.__name__


for mods in (["asyncio", "time"], ["asyncio"], ["time"], []):
    for f in (use_asyncio, import_sub, import_accelerator):
        try:
            r = sandbox.spawn(f, _config=sandbox.Config(modules=mods)).join()
            print(mods, f.__name__, "->", r)
        except sandbox.SandboxError as e:
            print(mods, f.__name__, "->", e.exception_type, e.exception_message)


# A traceback through the library names its built-in file and quotes
# its line.
asyncio.IncompleteReadError(None, 5)

# Output:
# <stdlib>/asyncio/__init__.py <stdlib>/asyncio/tasks.py ['<stdlib>/asyncio']
# True
# ['asyncio', 'time'] use_asyncio -> ran
# ['asyncio', 'time'] import_sub -> asyncio.queues
# ['asyncio', 'time'] import_accelerator -> _asyncio
# ['asyncio'] use_asyncio -> ran
# ['asyncio'] import_sub -> asyncio.queues
# ['asyncio'] import_accelerator -> _asyncio
# ['time'] use_asyncio -> PermissionError import of module 'asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'asyncio']) or SandboxBuilder::module("asyncio"))
# ['time'] import_sub -> PermissionError import of module 'asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'asyncio']) or SandboxBuilder::module("asyncio"))
# ['time'] import_accelerator -> PermissionError import of module '_asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., '_asyncio']) or SandboxBuilder::module("_asyncio"))
# [] use_asyncio -> PermissionError import of module 'asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'asyncio']) or SandboxBuilder::module("asyncio"))
# [] import_sub -> PermissionError import of module 'asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., 'asyncio']) or SandboxBuilder::module("asyncio"))
# [] import_accelerator -> PermissionError import of module '_asyncio' is not granted to this sandbox (grant it with sandbox.Config(modules=[..., '_asyncio']) or SandboxBuilder::module("_asyncio"))
# Traceback:
# Traceback (most recent call last):
#   File "sandbox__asyncio_grants.py", line 44, in <module>
#     asyncio.IncompleteReadError(None, 5)
#   File "<stdlib>/asyncio/exceptions.py", line 29, in __init__
#     super().__init__(f'{len(partial)} bytes read on a total of '
# TypeError: object of type 'NoneType' has no len()
