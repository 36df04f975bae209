# The asyncio package: its names, submodules, iscoroutine and
# iscoroutinefunction, the exception classes.
import asyncio
import asyncio.tasks
from asyncio import queues, Queue
from asyncio.exceptions import CancelledError

print(asyncio.__name__, asyncio.tasks.__name__, queues.__name__)
print(asyncio.__package__, asyncio.tasks.__package__)
print(asyncio.tasks.Task is asyncio.Task, queues.Queue is Queue, CancelledError is asyncio.CancelledError)
print(type(asyncio.__path__).__name__, asyncio.__file__.endswith("__init__.py"),
      asyncio.tasks.__file__.endswith("tasks.py"))
names = ["run", "sleep", "gather", "wait_for", "wait", "as_completed", "shield",
         "create_task", "current_task", "all_tasks", "ensure_future", "Future",
         "Task", "Queue", "LifoQueue", "PriorityQueue", "QueueEmpty", "QueueFull",
         "Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition", "Barrier",
         "BrokenBarrierError", "TaskGroup", "timeout",
         "timeout_at", "Timeout", "Runner", "get_event_loop", "get_running_loop",
         "new_event_loop", "set_event_loop", "iscoroutine", "iscoroutinefunction",
         "isfuture", "CancelledError", "InvalidStateError", "TimeoutError",
         "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"]
print("missing:", [n for n in names if not hasattr(asyncio, n)])
print("not in __all__:", [n for n in names if n not in asyncio.__all__])
ns = {}
exec("from asyncio import *", ns)
print("star import:", all(n in ns for n in names))


async def coro_fn():
    return 1


def plain():
    return 1


def gen():
    yield 1


class Meth:
    async def m(self):
        pass


c = coro_fn()
print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen()), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(1))
print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain),
      asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(Meth().m),
      asyncio.iscoroutinefunction(Meth.m), asyncio.iscoroutinefunction(c))
c.close()
print([cls.__name__ for cls in asyncio.CancelledError.__mro__])
print([cls.__name__ for cls in asyncio.InvalidStateError.__mro__])
print(asyncio.TimeoutError is TimeoutError, asyncio.exceptions.TimeoutError is TimeoutError)
print(asyncio.CancelledError.__module__)
print(asyncio.Queue.__module__, asyncio.Lock.__module__)



# Output:
# asyncio asyncio.tasks asyncio.queues
# asyncio asyncio
# True True True
# list True True
# missing: []
# not in __all__: ['TaskGroup']
# star import: False
# True True False False
# True False False True True False
# ['CancelledError', 'BaseException', 'object']
# ['InvalidStateError', 'Exception', 'BaseException', 'object']
# True True
# asyncio.exceptions
# asyncio.queues asyncio.locks
