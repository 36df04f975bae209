"""`multiprocessing.Pool` over worker sandboxes (see `_workers`).

What CPython's pool does with processes and pickling, this one does with
sandboxes and freezing: the same methods and results, in parallel, with
arguments and results copied. A sandbox has no second thread, so a pool's
results are collected while the caller waits on the pool (a result's
`get`/`wait`/`ready`, an iterator's `next`, `close`/`join`, `map`): that
is when `callback` and `error_callback` run, in the caller's sandbox.
"""

import time as _time
from collections import deque as _deque

import sandbox as _sandbox

from multiprocessing import _workers
from multiprocessing import TimeoutError, cpu_count

__all__ = ['Pool', 'ThreadPool']

RUN = 0
CLOSE = 1
TERMINATE = 2

_STATES = {RUN: 'RUN', CLOSE: 'CLOSE', TERMINATE: 'TERMINATE'}


class RemoteTraceback(Exception):
    """The cause given to an exception raised by a worker: the worker's
    traceback, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class MaybeEncodingError(Exception):
    """Kept for code that names it: a result that cannot be copied is
    reported as the TypeError freezing it raised."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value,
                                                            self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def _deadline(timeout):
    if timeout is None:
        return None
    return _time.monotonic() + timeout


def _left(deadline):
    if deadline is None:
        return None
    return max(0.0, deadline - _time.monotonic())


class ApplyResult:
    """The result of `apply_async`, and the base of the others."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._engine = pool._engine
        self._callback = callback
        self._error_callback = error_callback
        self._done = False
        self._success = None
        self._value = None
        self._job = self._engine.add_job(self)

    def ready(self):
        if not self._done:
            self._engine.pump(0)
        return self._done

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        deadline = _deadline(timeout)
        while not self._done:
            left = _left(deadline)
            if left is not None and left <= 0:
                return
            self._engine.pump(left)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._done:
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _finish(self, ok, value):
        self._done = True
        self._success = ok
        self._value = value
        self._engine.finish_job(self._job)
        if ok and self._callback is not None:
            self._callback(value)
        if not ok and self._error_callback is not None:
            self._error_callback(value)
        self._pool = None

    def _deliver(self, index, ok, value):
        self._finish(ok, value)

    def _break(self, exc):
        if not self._done:
            self._finish(False, exc)

    __class_getitem__ = classmethod(lambda cls, item: cls)


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of `map_async`/`starmap_async`: a list in input order."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._remaining = 0
            self._finish(True, [])
        else:
            self._remaining = length // chunksize + bool(length % chunksize)

    def _deliver(self, index, ok, value):
        if self._done:
            return
        if not ok:
            self._finish(False, value)
            return
        start = index * self._chunksize
        self._value[start:start + len(value)] = value
        self._remaining -= 1
        if self._remaining == 0:
            self._finish(True, self._value)


class IMapIterator:
    """The iterator of `imap`: results in input order, as they come.

    Tasks are sent ahead of what has been taken by a window of a few per
    worker, so an endless iterable works and memory stays bounded."""

    _ordered = True

    def __init__(self, pool, func, iterable, chunksize, mode):
        self._pool = pool
        self._engine = pool._engine
        self._func = func
        self._source = iter(iterable)
        self._chunksize = chunksize
        self._mode = mode
        self._sent = 0
        self._exhausted = False
        self._got = {}
        self._ready = _deque()
        self._next_index = 0
        self._broken = None
        self._job = self._engine.add_job(self)
        self._window = max(4 * self._engine.size, 8)
        self._feed()

    def _feed(self):
        while not self._exhausted and self._sent - self._next_index < self._window:
            chunk = []
            for x in self._source:
                chunk.append(x)
                if len(chunk) == self._chunksize:
                    break
            if len(chunk) < self._chunksize:
                self._exhausted = True
            if not chunk:
                break
            try:
                self._engine.send(self._job, self._sent, self._func,
                                  tuple(chunk), self._mode)
            except BaseException as e:
                # An item that cannot be frozen ends the iteration there.
                self._exhausted = True
                self._broken = e
                raise
            self._sent += 1

    def __iter__(self):
        return self

    def _deliver(self, index, ok, value):
        if self._ordered:
            self._got[index] = (ok, value)
            while self._next_index in self._got:
                self._take(*self._got.pop(self._next_index))
                self._next_index += 1
        else:
            self._take(ok, value)
            self._next_index += 1

    def _take(self, ok, value):
        if ok:
            self._ready.extend([(True, x) for x in value])
        else:
            self._ready.append((False, value))

    def _break(self, exc):
        self._broken = exc

    def next(self, timeout=None):
        deadline = _deadline(timeout)
        while True:
            if self._ready:
                ok, value = self._ready.popleft()
                self._feed()
                if ok:
                    return value
                raise value
            if self._exhausted and self._next_index >= self._sent:
                self._engine.finish_job(self._job)
                self._pool = None
                raise StopIteration
            if self._broken is not None:
                raise self._broken
            left = _left(deadline)
            if left is not None and left <= 0:
                raise TimeoutError
            self._engine.pump(left)

    __next__ = next


class IMapUnorderedIterator(IMapIterator):
    """The iterator of `imap_unordered`: results as they come."""

    _ordered = False


class Pool:
    """A pool of worker sandboxes (CPython's `multiprocessing.Pool`)."""

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._state = RUN
        self._engine = None
        if processes is None:
            processes = cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._engine = _workers.Engine(processes, initializer, initargs,
                                       maxtasksperchild, RemoteTraceback)

    def __repr__(self):
        return (f'<{self.__class__.__module__}.{self.__class__.__qualname__} '
                f'state={_STATES[self._state]} pool_size={self._processes}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    @staticmethod
    def _frozen(func):
        return _sandbox.freeze(func)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        try:
            self._engine.send(result._job, 0, self._frozen(func),
                              (tuple(args), dict(kwds)), 2)
        except BaseException:
            self._engine.finish_job(result._job)
            raise
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 0, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, 1, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, 0, chunksize, callback,
                               error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, 1, chunksize, callback,
                               error_callback)

    def _map_async(self, func, iterable, mode, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), self._processes * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        result = MapResult(self, chunksize, len(iterable), callback,
                           error_callback)
        if chunksize:
            try:
                f = self._frozen(func)
                items = list(iterable)
                for i, start in enumerate(range(0, len(items), chunksize)):
                    self._engine.send(result._job, i, f,
                                      tuple(items[start:start + chunksize]),
                                      mode)
            except BaseException:
                # What cannot be frozen is the caller's error, now.
                self._engine.finish_job(result._job)
                raise
        return result

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return cls(self, self._frozen(func), iterable, chunksize, 0)

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE
            self._engine.shutdown()

    def terminate(self):
        self._state = TERMINATE
        if self._engine is not None:
            self._engine.terminate()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        self._engine.join()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError(
            'pool objects cannot be passed between processes or pickled')

    def __del__(self):
        if getattr(self, '_engine', None) is not None and self._state == RUN:
            self._engine.terminate()


def ThreadPool(processes=None, initializer=None, initargs=()):
    """Refused: see docs/compatibility.md."""
    raise NotImplementedError(
        "multiprocessing.pool.ThreadPool(): a sandbox runs one thread, so "
        "threads sharing memory do not exist here; use "
        "multiprocessing.Pool (worker sandboxes, values copied), or "
        "concurrent.futures.ThreadPoolExecutor (tasks run in this sandbox)")
