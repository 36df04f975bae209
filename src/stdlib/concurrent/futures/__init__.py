"""concurrent.futures, for sandboxes.

`ProcessPoolExecutor` (and `InterpreterPoolExecutor`, the same) runs calls
in parallel in worker sandboxes, values copied on the way there and back
(concurrent/futures/process.py). `ThreadPoolExecutor` runs each call in
this sandbox, when it is submitted: a sandbox has one thread, and running
the calls here keeps what threads sharing memory would see (a list the
calls append to, a lock they take), where copying them into other
sandboxes would silently lose it (concurrent/futures/thread.py).
Futures, `wait` and `as_completed` are in concurrent/futures/_base.py.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor, wait,
                                      as_completed)
from concurrent.futures.process import (ProcessPoolExecutor,
                                        InterpreterPoolExecutor)
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'CancelledError', 'TimeoutError', 'BrokenExecutor', 'Future',
           'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InterpreterPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')
