# asyncio.run, the loop's callbacks (call_soon FIFO, call_later and call_at
# by deadline) and the errors of running and closed loops.
import asyncio


async def main(x):
    loop = asyncio.get_running_loop()
    print("running loop is the event loop:", loop is asyncio.get_event_loop())
    print("is_running:", loop.is_running(), "is_closed:", loop.is_closed())
    return x * 2


print("run ->", asyncio.run(main(21)))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)


async def nested():
    coro = main(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro.close()

asyncio.run(nested())

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)

# A loop of one's own: call_soon runs callbacks in FIFO order, one pass
# at a time; call_later/call_at by deadline.
loop = asyncio.new_event_loop()
order = []


def cb(name, *more):
    order.append(name)
    if more:
        loop.call_soon(cb, *more)

t0 = loop.time()
loop.call_soon(cb, "a", "a2", "a3")
loop.call_soon(cb, "b", "b2")
now = loop.time()
loop.call_at(now + 0.01, cb, "at")
loop.call_later(0.03, cb, "late")
h = loop.call_soon(cb, "cancelled")
print("handle cancelled:", h.cancelled())
h.cancel()
print("handle cancelled:", h.cancelled())
loop.call_later(0.04, loop.stop)
loop.run_forever()
print("order:", order)
print("waited:", loop.time() - t0 >= 0.04)

fut = loop.create_future()
loop.call_soon(fut.set_result, "done")
print("run_until_complete ->", loop.run_until_complete(fut))


async def add(a, b):
    await asyncio.sleep(0)
    return a + b

print("coroutine ->", loop.run_until_complete(add(2, 3)))
print("is_closed:", loop.is_closed())
loop.close()
print("is_closed:", loop.is_closed())
loop.close()
for bad in (lambda: loop.call_soon(print), lambda: loop.run_until_complete(fut),
            lambda: loop.create_task(add(1, 2)), lambda: loop.run_forever()):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)

loop = asyncio.new_event_loop()
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError:", e)
try:
    loop.call_at(None, print)
except TypeError as e:
    print("TypeError:", e)


async def reenter():
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = asyncio.new_event_loop()
    c = asyncio.sleep(0)
    try:
        other.run_until_complete(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    other.close()

loop.run_until_complete(reenter())
stopper = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(stopper)
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()



# Output:
# running loop is the event loop: True
# is_running: True is_closed: False
# run -> 42
# RuntimeError: no running event loop
# RuntimeError: asyncio.run() cannot be called from a running event loop
# ValueError: a coroutine was expected, got 42
# handle cancelled: False
# handle cancelled: True
# order: ['a', 'b', 'a2', 'b2', 'a3', 'at', 'late']
# waited: True
# run_until_complete -> done
# coroutine -> 5
# is_closed: False
# is_closed: True
# RuntimeError: Event loop is closed
# RuntimeError: Event loop is closed
# RuntimeError: Event loop is closed
# RuntimeError: Event loop is closed
# TypeError: delay must not be None
# TypeError: when cannot be None
# RuntimeError: This event loop is already running
# RuntimeError: Cannot close a running event loop
# RuntimeError: Cannot run the event loop while another loop is running
# RuntimeError: Event loop stopped before Future completed.
