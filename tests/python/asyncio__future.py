# Future: states, results, errors with CPython's messages, done callbacks
# (scheduled with call_soon, in the order added), awaiting a future.
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
calls = []
def first(fut):
    calls.append(("first", fut.result()))
def second(fut):
    calls.append(("second", fut.result()))
f.add_done_callback(first)
f.add_done_callback(second)
f.add_done_callback(first)
print("removed:", f.remove_done_callback(first))
f.add_done_callback(first)
f.set_result(42)
print(repr(f), f.done(), f.result(), f.exception())
print("callbacks before the loop runs:", calls)
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
try:
    f.set_exception(ValueError())
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
print("cancel a finished future:", f.cancel())
loop.run_until_complete(asyncio.sleep(0))
print("callbacks after one pass:", calls)
f.add_done_callback(lambda fut: calls.append("late"))
loop.run_until_complete(asyncio.sleep(0))
print("late callback:", calls[-1])

g = loop.create_future()
g.set_exception(KeyError)
print(repr(g), repr(g.exception()))
try:
    g.result()
except KeyError as e:
    print("result raised", repr(e))
h = loop.create_future()
try:
    h.set_exception(StopIteration(1))
except TypeError as e:
    print("TypeError:", e)

c = loop.create_future()
print("cancel:", c.cancel("why"), "again:", c.cancel())
print(repr(c), c.cancelled(), c.done())
for meth in (c.result, c.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)
try:
    c.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
print(issubclass(asyncio.CancelledError, BaseException),
      issubclass(asyncio.CancelledError, Exception),
      asyncio.TimeoutError is TimeoutError,
      issubclass(asyncio.InvalidStateError, Exception))


async def waiter(fut):
    print("waiting")
    value = await fut
    print("got", value)
    return value + 1


async def main():
    fut = asyncio.get_running_loop().create_future()
    print(asyncio.isfuture(fut), asyncio.isfuture(main), asyncio.isfuture(3))
    t = asyncio.ensure_future(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(10)
    print("task result:", await t)
    fut2 = asyncio.Future()
    asyncio.get_running_loop().call_later(0.01, fut2.set_exception, ValueError("boom"))
    try:
        await fut2
    except ValueError as e:
        print("awaited exception:", e)
    done = asyncio.Future()
    done.set_result("ready")
    print("already done:", await done)
    print("ensure_future of a future:", asyncio.ensure_future(done) is done)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)

loop.run_until_complete(main())
loop.close()

# Output:
# <Future pending> False False True
# InvalidStateError: Result is not set.
# InvalidStateError: Exception is not set.
# removed: 2
# <Future finished result=42> True 42 None
# callbacks before the loop runs: []
# InvalidStateError: invalid state
# InvalidStateError: invalid state
# cancel a finished future: False
# callbacks after one pass: [('second', 42), ('first', 42)]
# late callback: late
# <Future finished exception=KeyError()> KeyError()
# result raised KeyError()
# TypeError: StopIteration interacts badly with generators and cannot be raised into a Future
# cancel: True again: False
# <Future cancelled> True True
# CancelledError ('why',)
# CancelledError ('why',)
# InvalidStateError: invalid state
# True False True True
# True False False
# waiting
# got 10
# task result: 11
# awaited exception: boom
# already done: ready
# ensure_future of a future: True
# TypeError: An asyncio.Future, a coroutine or an awaitable is required
