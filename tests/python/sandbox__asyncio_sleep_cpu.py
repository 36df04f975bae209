# sandpy-only: the sandbox module and its caps
# A sleeping event loop waits on the host clock: its sleeps count towards
# the wall-time cap and its CPU time stays low, so a child under a CPU cap
# far below its sleeping time finishes, and its usage shows it. A loop of
# busy tasks under the same cap is stopped.
import asyncio
import sandbox
import time


def sleepy():
    import asyncio

    async def nap(i):
        await asyncio.sleep(0.1 + 0.05 * i)
        return i

    async def main():
        for _ in range(2):
            await asyncio.sleep(0.1)
        return await asyncio.gather(*(nap(i) for i in range(3)))
    return asyncio.run(main())


def busy():
    import asyncio

    async def spin():
        while True:
            await asyncio.sleep(0)

    async def main():
        await asyncio.gather(spin(), spin())
    asyncio.run(main())


cap = sandbox.Config(cpu="150ms", time=10, modules=["asyncio"])
t0 = time.monotonic()
h = sandbox.spawn(sleepy, _config=cap)
print("result:", h.join())
print("slept at least 0.4 s of wall time:", time.monotonic() - t0 >= 0.4)
u = h.usage()
print("cpu used below the cap:", u["cpu"] < 0.15, "time used at least 0.4:", u["time"] >= 0.4)
try:
    sandbox.spawn(busy, _config=cap).join()
except sandbox.SandboxError as e:
    print("busy:", e.kind)

# Output:
# result: [0, 1, 2]
# slept at least 0.4 s of wall time: True
# cpu used below the cap: True time used at least 0.4: True
# busy: limit
