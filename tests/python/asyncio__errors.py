# Errors with CPython's messages: loops outside a loop, bad arguments.
import asyncio


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__)
        if asyncio.iscoroutine(r):
            r.close()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


async def noop():
    return None

c = noop()
attempt("create_task outside a loop", lambda: asyncio.create_task(c))
c.close()
attempt("current_task outside a loop", asyncio.current_task)
attempt("all_tasks outside a loop", asyncio.all_tasks)
attempt("get_running_loop", asyncio.get_running_loop)
attempt("set_event_loop(42)", lambda: asyncio.set_event_loop(42))
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop is the set loop:", asyncio.get_event_loop() is loop)
asyncio.set_event_loop(None)
attempt("get_event_loop after set None", asyncio.get_event_loop)
loop.close()
print(asyncio.run(noop()))
attempt("get_event_loop after run", asyncio.get_event_loop)


async def main():
    attempt("gather of 1", lambda: asyncio.gather(1))
    attempt("wait_for of 1", lambda: asyncio.wait_for(1, 1))
    try:
        await asyncio.wait_for(1, 1)
    except TypeError as e:
        print("await wait_for(1):", e)
    try:
        await asyncio.sleep("x")
    except TypeError as e:
        print("sleep('x'):", e)
    try:
        await 5
    except TypeError as e:
        print("await 5:", e)
    f = asyncio.get_running_loop().create_future()
    t = asyncio.current_task()
    try:
        await t
    except RuntimeError as e:
        print("await itself:", str(e).split(":")[0])
    q = asyncio.Queue()
    other = asyncio.new_event_loop()
    try:
        other.run_until_complete(q.get())
    except RuntimeError as e:
        print(e)
    other.close()
    print("loop repr:", repr(asyncio.get_running_loop()).split(" ")[1:])

asyncio.run(main())
runner = asyncio.Runner()
print(runner.run(noop()), runner.get_loop().is_closed())
runner.close()
attempt("closed runner", lambda: runner.run(noop()))
with asyncio.Runner() as r:
    print("in runner:", r.run(asyncio.sleep(0, "slept")))

# Output:
# create_task outside a loop -> RuntimeError: no running event loop
# current_task outside a loop -> RuntimeError: no running event loop
# all_tasks outside a loop -> RuntimeError: no running event loop
# get_running_loop -> RuntimeError: no running event loop
# set_event_loop(42) -> TypeError: loop must be an instance of AbstractEventLoop or None, not 'int'
# get_event_loop is the set loop: True
# get_event_loop after set None -> RuntimeError: There is no current event loop in thread 'MainThread'.
# None
# get_event_loop after run -> RuntimeError: There is no current event loop in thread 'MainThread'.
# gather of 1 -> TypeError: An asyncio.Future, a coroutine or an awaitable is required
# wait_for of 1 -> coroutine
# await wait_for(1): An asyncio.Future, a coroutine or an awaitable is required
# sleep('x'): '<=' not supported between instances of 'str' and 'int'
# await 5: object int can't be used in 'await' expression
# await itself: Task cannot await on itself
# Cannot run the event loop while another loop is running
# loop repr: ['running=True', 'closed=False', 'debug=False>']
# None False
# closed runner -> RuntimeError: Runner is closed
# in runner: slept
