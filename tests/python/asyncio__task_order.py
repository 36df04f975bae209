# Tasks interleave in CPython's order: a task's first step runs on the
# loop pass after create_task, tasks start in creation order, sleep(0)
# yields one pass, a finished task's done callbacks run one pass later.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name} done")
    return name.upper()


def on_done(t):
    log.append(f"callback {t.get_name()} {t.result()}")


async def main():
    me = asyncio.current_task()
    print("main task:", me.get_name(), me is asyncio.current_task(asyncio.get_running_loop()))
    a = asyncio.create_task(worker("a", 3))
    b = asyncio.create_task(worker("b", 1), name="bee")
    c = asyncio.ensure_future(worker("c", 2))
    a.add_done_callback(on_done)
    b.add_done_callback(on_done)
    log.append("created")
    print("names:", a.get_name(), b.get_name(), c.get_name())
    print("pending:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("coroutine of a:", a.get_coro().__name__ if hasattr(a.get_coro(), "__name__") else "?")
    results = [await a, await b, await c]
    log.append("awaited")
    await asyncio.sleep(0)
    print(log)
    print("results:", results)
    print("all done:", [t.done() for t in (a, b, c)], "left:", [t.get_name() for t in asyncio.all_tasks()])
    b.set_name(123)
    print("renamed:", repr(b.get_name()))
    for meth, arg in ((a.set_result, 1), (a.set_exception, ValueError())):
        try:
            meth(arg)
        except RuntimeError as e:
            print("RuntimeError:", e)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.create_task(worker)
    except TypeError as e:
        print("TypeError:", str(e)[:40])

asyncio.run(main())
print("no current task outside:", end=" ")
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)

# Tasks that create tasks, and a task that waits on another.
order = []


async def child(n):
    order.append(f"child {n} start")
    for _ in range(n):
        await asyncio.sleep(0)
    order.append(f"child {n} end")
    return n


async def parent():
    tasks = [asyncio.create_task(child(n)) for n in (2, 0, 1)]
    order.append("parent created")
    for t in tasks:
        order.append(f"parent got {await t}")
    return sum(t.result() for t in tasks)

print("parent ->", asyncio.run(parent()))
print(order)


async def sleeper():
    return await asyncio.sleep(0.01, result="slept")

print("sleep result:", asyncio.run(sleeper()))
print("sleep(0) result:", asyncio.run(asyncio.sleep(0, "zero")))
print("negative sleep:", asyncio.run(asyncio.sleep(-1, "neg")))


# Output:
# main task: Task-1 True
# names: Task-2 bee Task-4
# pending: ['Task-1', 'Task-2', 'Task-4', 'bee']
# coroutine of a: worker
# ['created', 'a0', 'b0', 'c0', 'a1', 'b done', 'c1', 'a2', 'callback bee B', 'c done', 'a done', 'callback Task-2 A', 'awaited']
# results: ['A', 'B', 'C']
# all done: [True, True, True] left: ['Task-1']
# renamed: '123'
# RuntimeError: Task does not support set_result operation
# RuntimeError: Task does not support set_exception operation
# TypeError: a coroutine was expected, got 42
# TypeError: a coroutine was expected, got <function 
# no current task outside: RuntimeError: no running event loop
# parent -> 3
# ['parent created', 'child 2 start', 'child 0 start', 'child 0 end', 'child 1 start', 'child 1 end', 'child 2 end', 'parent got 2', 'parent got 0', 'parent got 1']
# sleep result: slept
# sleep(0) result: zero
# negative sleep: neg
