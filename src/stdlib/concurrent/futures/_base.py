"""Futures, `wait`, `as_completed` and the executor base class.

A sandbox has one thread, so a future is finished only by code of this
sandbox: an executor's results are collected while something waits
(`result`, `exception`, `wait`, `as_completed`, `done`), through the
future's `_engine` (the worker pool it came from, whose `pump` hands in
what the workers sent). A future no executor will finish (made by hand and
never set) cannot finish while this sandbox waits on it: a wait with no
timeout raises instead of hanging forever.
"""

import time as _time
import collections as _collections

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_DONE = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for the module's exceptions."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is in a state that does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""


def _deadlock(what):
    return RuntimeError(
        "deadlock: %s would wait forever: no executor of this sandbox will "
        "finish it (a sandbox has one thread)" % what)


def _pump(futures, timeout):
    """Collect results for the unfinished `futures` for up to `timeout`
    seconds (None: until some come). False when no future can progress."""
    engines = []
    for f in futures:
        e = f._engine
        if e is not None and f._state not in _DONE and e not in engines:
            engines.append(e)
    if not engines:
        return False
    if len(engines) == 1:
        return engines[0].pump(timeout) or engines[0].alive()
    for e in engines:
        if e.pump(0):
            return True
    engines[0].pump(0.01 if timeout is None else min(timeout, 0.01))
    return any(e.alive() for e in engines)


def _left(deadline):
    if deadline is None:
        return None
    return max(0.0, deadline - _time.monotonic())


def _wait_for(futures, done, deadline, what):
    """Pump until `done()` or the deadline; False when the deadline came."""
    while not done():
        left = _left(deadline)
        if left is not None and left <= 0:
            return False
        if not _pump(futures, left) and not done():
            if left is None:
                raise _deadlock(what)
            _time.sleep(left)
            return done()
    return True


class Future:
    """The result of a call that may not have finished yet."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._engine = None

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                import logging
                logging.getLogger("concurrent.futures").exception(
                    'exception calling callback for %r', self)

    def __repr__(self):
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    self.__class__.__name__, id(self),
                    _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state],
                self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (
            self.__class__.__name__, id(self),
            _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancel it unless it is running or done; whether it is cancelled."""
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        if self._state == RUNNING and self._engine is not None:
            self._engine.pump(0)
        return self._state == RUNNING

    def done(self):
        if self._state not in _DONE and self._engine is not None:
            self._engine.pump(0)
        return self._state in _DONE

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        return self._result

    def add_done_callback(self, fn):
        """Call `fn(future)` when it is done (now, if it is)."""
        if self._state not in _DONE:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            import logging
            logging.getLogger("concurrent.futures").exception(
                'exception calling callback for %r', self)

    def _wait(self, timeout):
        deadline = None if timeout is None else _time.monotonic() + timeout
        return _wait_for([self], lambda: self._state in _DONE, deadline,
                         "waiting for this future")

    def result(self, timeout=None):
        try:
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            self._wait(timeout)
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            elif self._state == FINISHED:
                return self.__get_result()
            else:
                raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED:
            return self._exception
        self._wait(timeout)
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        elif self._state == FINISHED:
            return self._exception
        else:
            raise TimeoutError()

    def set_running_or_notify_cancel(self):
        """For executors: mark it running (True), or note that it was
        cancelled (False)."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        elif self._state == PENDING:
            self._state = RUNNING
            return True
        else:
            raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    __class_getitem__ = classmethod(lambda cls, item: cls)


def as_completed(fs, timeout=None):
    """Yield the futures of `fs` as they finish (those already finished
    first); TimeoutError when `timeout` seconds pass before all have."""
    if timeout is not None:
        end_time = timeout + _time.monotonic()
    else:
        end_time = None
    fs = set(fs)
    total_futures_count = len(fs)
    finished = [f for f in fs if f._state in _DONE]
    pending = fs - set(finished)
    yield from finished
    del finished
    while pending:
        ready = [f for f in pending if f._state in _DONE]
        if not ready:
            left = _left(end_time)
            if left is not None and left <= 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (
                    len(pending), total_futures_count))
            if (not _pump(pending, left)
                    and not any(f._state in _DONE for f in pending)):
                if left is None:
                    raise _deadlock("as_completed")
                _time.sleep(left)
            continue
        for f in ready:
            pending.remove(f)
            yield f


DoneAndNotDoneFutures = _collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures of `fs`: until one finishes (FIRST_COMPLETED),
    one raises or all finish (FIRST_EXCEPTION), or all finish
    (ALL_COMPLETED), or `timeout` seconds pass. A named 2-tuple of sets:
    (done, not_done)."""
    fs = set(fs)
    deadline = None if timeout is None else _time.monotonic() + timeout

    def enough():
        done = [f for f in fs if f._state in _DONE]
        if return_when == FIRST_COMPLETED and done:
            return True
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            return True
        return len(done) == len(fs)

    _wait_for(fs, enough, deadline, "wait")
    done = set(f for f in fs if f._state in _DONE)
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


def _results_in_order(fs, end_time):
    """The results of `fs` in order, waiting until `end_time` at most;
    the futures not reached are cancelled when the iterator is closed."""
    try:
        fs.reverse()
        while fs:
            if end_time is None:
                yield _result_or_cancel(fs.pop())
            else:
                yield _result_or_cancel(fs.pop(), end_time - _time.monotonic())
    finally:
        for future in fs:
            future.cancel()


class Executor:
    """The base of executors: `submit` is theirs; `map`, `shutdown` and the
    context manager are built on it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """The results of `fn` over the zipped `iterables`, in order; every
        call is submitted first, and the results are waited for as they are
        taken (TimeoutError if they are not all in after `timeout`)."""
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        else:
            end_time = None
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results_in_order(fs, end_time)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
