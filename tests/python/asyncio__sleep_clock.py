# Sleeping waits on the clock without using the CPU: the wall clock
# moves by the sleep, the process's CPU time hardly at all.
import asyncio
import time


async def main():
    w0, c0 = time.monotonic(), time.process_time()
    await asyncio.sleep(0.05)
    w1, c1 = time.monotonic(), time.process_time()
    print("waited:", w1 - w0 >= 0.05)
    print("cpu while asleep below 0.02 s:", c1 - c0 < 0.02)
    # Timers run in the order of their deadlines.
    loop = asyncio.get_running_loop()
    order = []
    done = loop.create_future()
    now = loop.time()
    for d in (0.03, 0.01, 0.02, 0.0):
        loop.call_at(now + d, order.append, d)
    loop.call_at(now + 0.04, done.set_result, None)
    await done
    print(order)

asyncio.run(main())


# Output:
# waited: True
# cpu while asleep below 0.02 s: True
# [0.0, 0.01, 0.02, 0.03]
