"""asyncio for sandpy: a single-threaded event loop inside the sandbox.

Written for sandpy from the Python documentation. What it has: the event
loop (call_soon, call_later, call_at, run_until_complete, ...), Future,
Task, asyncio.run, sleep, gather, wait_for, wait, as_completed, shield,
TaskGroup, timeout, the queues and the synchronization primitives (Lock, Event,
Condition, Semaphore, BoundedSemaphore, Barrier). What it lacks
(sockets, streams, subprocesses, threads, signals) needs authority a
sandbox does not have: docs/compatibility.md lists it.
"""

from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .timeouts import *

# As in CPython 3.11, TaskGroup is not in __all__ (`from asyncio import *`
# leaves it out).
__all__ = (coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           tasks.__all__ +
           timeouts.__all__)
