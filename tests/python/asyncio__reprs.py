# The reprs a program sees: futures (long results cut as reprlib cuts
# them), tasks with their coroutine's place, handles, timers, queues.
import asyncio

# CPython names this file by its absolute path: show it by its name.
HERE = __file__[:-len("asyncio__reprs.py")]
_print = print


def print(*args):
    _print(*(str(a).replace(HERE, "") for a in args))


def cb(*args):
    pass


async def sub(n):
    await asyncio.sleep(0)
    return list(range(n))


async def fails():
    raise ValueError("no")


async def main():
    loop = asyncio.get_running_loop()
    for value in (None, 42, "short", "x" * 50, 10 ** 50, list(range(20)), (1,),
                  {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}, {3, 1, 2}, frozenset(),
                  [[[[[[[1]]]]]]], b"y" * 40, 1.5, True):
        f = loop.create_future()
        f.set_result(value)
        print(repr(f))
    f = loop.create_future()
    f.set_exception(KeyError("k" * 40))
    print(repr(f))
    f = loop.create_future()
    f.cancel()
    print(repr(f))
    f = loop.create_future()
    f.add_done_callback(cb)
    print(repr(f))
    f.add_done_callback(cb)
    f.add_done_callback(_print)
    print(repr(f))
    f.cancel()

    h = loop.call_soon(cb, "a" * 40, [1] * 10)
    print(repr(h))
    h.cancel()
    print(repr(h))
    t = loop.call_later(100, cb)
    print(repr(t).split(" when=")[0], repr(t).split(" ")[2:])
    t.cancel()
    print(repr(t).split(" when=")[0])

    task = asyncio.create_task(sub(30), name="sub-task")
    print(repr(task))
    await asyncio.sleep(0)
    print(repr(task))
    await task
    print(repr(task))
    bad = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(repr(bad))
    bad.exception()
    c = asyncio.create_task(sub(1))
    c.cancel()
    print(repr(c))
    await asyncio.sleep(0)
    print(repr(c))

    q = asyncio.Queue(3)
    print(str(q))
    q.put_nowait("x" * 40)
    print(str(q), repr(q).split(" ")[3:])
    print(str(asyncio.LifoQueue()), str(asyncio.PriorityQueue(2)))
    for prim in (asyncio.Lock(), asyncio.Event(), asyncio.Semaphore(3),
                 asyncio.BoundedSemaphore(), asyncio.Condition(), asyncio.Barrier(2)):
        r = repr(prim)
        print(r.split(" object at ")[0], r.split("[")[1])
    print(repr(asyncio.timeout(None)).split(" ")[0])
    # A task printing itself: its coroutine runs at this line.
    print(repr(asyncio.current_task()).split(" cb=")[0])

asyncio.run(main())



# Output:
# <Future finished result=None>
# <Future finished result=42>
# <Future finished result='short'>
# <Future finished result='xxxxxxxxxxxx...xxxxxxxxxxxxx'>
# <Future finished result=100000000000000000...0000000000000000000>
# <Future finished result=[0, 1, 2, 3, 4, 5, ...]>
# <Future finished result=(1,)>
# <Future finished result={'a': 1, 'b': 2, 'c': 3, 'd': 4, ...}>
# <Future finished result={1, 2, 3}>
# <Future finished result=frozenset()>
# <Future finished result=[[[[[[[...]]]]]]]>
# <Future finished result=b'yyyyyyyyyyy...yyyyyyyyyyyyy'>
# <Future finished result=1.5>
# <Future finished result=True>
# <Future finished exception=KeyError('kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk')>
# <Future cancelled>
# <Future pending cb=[cb() at asyncio__reprs.py:14]>
# <Future pending cb=[cb() at asyncio__reprs.py:14, <1 more>, print()]>
# <Handle cb('aaaaaaaaaaaa...aaaaaaaaaaaaa', [1, 1, 1, 1, 1, 1, ...]) at asyncio__reprs.py:14>
# <Handle cancelled>
# <TimerHandle ['cb()', 'at', 'asyncio__reprs.py:14>']
# <TimerHandle cancelled
# <Task pending name='sub-task' coro=<sub() running at asyncio__reprs.py:18>>
# <Future cancelled>
# <Task pending name='sub-task' coro=<sub() running at asyncio__reprs.py:19>>
# <Task finished name='sub-task' coro=<sub() done, defined at asyncio__reprs.py:18> result=[0, 1, 2, 3, 4, 5, ...]>
# <Task finished name='Task-3' coro=<fails() done, defined at asyncio__reprs.py:23> exception=ValueError('no')>
# <Task cancelling name='Task-4' coro=<sub() running at asyncio__reprs.py:18>>
# <Task cancelled name='Task-4' coro=<sub() done, defined at asyncio__reprs.py:18>>
# <Queue maxsize=3>
# <Queue maxsize=3 _queue=['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'] tasks=1> ['maxsize=3', "_queue=['xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx']", 'tasks=1>']
# <LifoQueue maxsize=0> <PriorityQueue maxsize=2>
# <asyncio.locks.Lock unlocked]>
# <asyncio.locks.Event unset]>
# <asyncio.locks.Semaphore unlocked, value:3]>
# <asyncio.locks.BoundedSemaphore unlocked, value:1]>
# <asyncio.locks.Condition unlocked]>
# <asyncio.locks.Barrier filling, waiters:0/2]>
# <Timeout
# <Task pending name='Task-1' coro=<main() running at asyncio__reprs.py:85>
