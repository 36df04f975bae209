# executor.map with a worker that raises: results come in order until the
# failing item, whose exception (type, message, a _RemoteTraceback cause)
# is raised there. Then the rest of the Future API: done, running,
# cancelled, cancel of a call still queued, add_done_callback, exception,
# result with a timeout, map's timeout and chunksize, shutdown with
# cancel_futures, submit after shutdown, and initializer/initargs.
import time
from concurrent.futures import (ProcessPoolExecutor, CancelledError,
                                Future, TimeoutError, BrokenExecutor)
import concurrent.futures.process

LIMIT = None


def half(x):
    if x % 2:
        raise ValueError("odd input %d" % x)
    return x // 2


def nap(t):
    time.sleep(t)
    return t


def init(limit):
    global LIMIT
    LIMIT = limit


def capped(x):
    return min(x, LIMIT)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        print(list(ex.map(half, [0, 2, 4, 6], chunksize=3)))
        got = []
        try:
            for r in ex.map(half, [10, 8, 3, 4]):
                got.append(r)
        except ValueError as e:
            cause = e.__cause__
            print("ValueError:", e, got)
            print(type(cause).__name__, isinstance(cause, concurrent.futures.process._RemoteTraceback),
                  str(cause).strip().splitlines()[-2])
        print(list(ex.map(pow, [2, 3], [5, 2])))
        f = ex.submit(half, 5)
        print(type(f.exception()).__name__, f.done(), f.running(), f.cancelled())
        try:
            f.result()
        except ValueError as e:
            print("ValueError:", e)
        seen = []
        f = ex.submit(half, 8)
        f.add_done_callback(lambda fut: seen.append(("cb", fut.result())))
        print(f.result(timeout=10), seen)
        f.add_done_callback(lambda fut: seen.append("late"))
        print(seen, f.cancel())
    with ProcessPoolExecutor(max_workers=1) as ex:
        slow = ex.submit(nap, 0.4)
        try:
            slow.result(timeout=0.05)
        except TimeoutError:
            print("TimeoutError raised", slow.done())
        queued = [ex.submit(nap, 0) for _ in range(6)]
        last = queued[-1]
        notes = []
        last.add_done_callback(lambda fut: notes.append(fut.cancelled()))
        print(last.cancel(), last.cancelled(), last.done(), notes)
        try:
            last.result()
        except CancelledError:
            print("CancelledError raised")
        print(slow.result(), [q.result() for q in queued[:-1]])
        try:
            list(ex.map(nap, [0.5, 0.5], timeout=0.1))
        except TimeoutError:
            print("map TimeoutError raised")
    ex = ProcessPoolExecutor(1)
    first = ex.submit(nap, 0.3)
    rest = [ex.submit(nap, 0) for _ in range(5)]
    ex.shutdown(wait=True, cancel_futures=True)
    print(first.result(), rest[-1].cancelled(), sum(f.cancelled() for f in rest) >= 2)
    try:
        ex.submit(nap, 0)
    except RuntimeError as e:
        print("RuntimeError:", e)
    with ProcessPoolExecutor(2, initializer=init, initargs=(5,)) as ex:
        print(list(ex.map(capped, range(8))))
    for bad in (0, -1):
        try:
            ProcessPoolExecutor(bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        ProcessPoolExecutor(1, max_tasks_per_child=0)
    except ValueError as e:
        print("ValueError:", e)
    with ProcessPoolExecutor(1, max_tasks_per_child=1) as ex:
        print([f.result() for f in [ex.submit(half, 2 * i) for i in range(4)]])
    print(issubclass(concurrent.futures.process.BrokenProcessPool, BrokenExecutor),
          issubclass(BrokenExecutor, RuntimeError), TimeoutError is __builtins__.TimeoutError
          if hasattr(__builtins__, "TimeoutError") else True)
    f = Future()
    print(f.done(), f.running(), f.set_running_or_notify_cancel(), f.running())
    f.set_result([1])
    print(f.result(), f.exception(), f.done())
    g = Future()
    g.set_exception(KeyError("k"))
    print(repr(g.exception()), g.done())

# Output:
# [0, 1, 2, 3]
# ValueError: odd input 3 [5, 4]
# _RemoteTraceback True ValueError: odd input 3
# [32, 9]
# ValueError True False False
# ValueError: odd input 5
# 4 [('cb', 4)]
# [('cb', 4), 'late'] False
# TimeoutError raised False
# True True True [True]
# CancelledError raised
# 0.4 [0, 0, 0, 0, 0]
# map TimeoutError raised
# 0.3 True True
# RuntimeError: cannot schedule new futures after shutdown
# [0, 1, 2, 3, 4, 5, 5, 5]
# ValueError: max_workers must be greater than 0
# ValueError: max_workers must be greater than 0
# ValueError: max_tasks_per_child must be >= 1
# [0, 1, 2, 3]
# True True True
# False False True True
# [1] None True
# KeyError('k') True
