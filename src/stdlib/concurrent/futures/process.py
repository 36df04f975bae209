"""`ProcessPoolExecutor` over worker sandboxes (multiprocessing/_workers.py).

Calls run in parallel in `max_workers` sandboxes; the function, its
arguments and its result are copied (frozen on the way, thawed on arrival,
as pickling would make them), and each worker has module state of its own.

As CPython's executor keeps only a few calls queued beyond its workers,
this one sends a call to the workers when there is room (twice as many as
workers in flight): a future is RUNNING once sent, and until then PENDING,
so `cancel` and `shutdown(cancel_futures=True)` can still stop it. Calls
are sent, and results collected, while this sandbox waits on the executor
or its futures (it has no other thread to do it behind the caller's back).
"""

from collections import deque as _deque
import itertools as _itertools
import time as _time

import sandbox as _sandbox

from concurrent.futures import _base
from multiprocessing import _workers

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool',
           'InterpreterPoolExecutor']


class _RemoteTraceback(Exception):
    """The cause given to an exception raised in a worker: the worker's
    traceback, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker ended abruptly (a crash, a cap, a failed initializer): the
    pool is not usable anymore."""


class _Call:
    """A submitted call: its future, what to send, and (once sent) the
    engine job that carries it."""

    __slots__ = ('future', 'func', 'payload', 'mode', 'feeder', 'jid')

    def __init__(self, future, func, payload, mode, feeder):
        self.future = future
        self.func = func
        self.payload = payload
        self.mode = mode
        self.feeder = feeder
        self.jid = None

    def _deliver(self, index, ok, value):
        self.feeder.engine.finish_job(self.jid)
        f = self.future
        if f._state == _base.RUNNING:
            if ok:
                f.set_result(value)
            else:
                f.set_exception(value)
        self.feeder.feed()

    def _break(self, exc):
        f = self.future
        if f._state not in _base._DONE:
            err = BrokenProcessPool(
                'A process in the process pool was terminated abruptly '
                'while the future was running or pending.')
            err.__cause__ = exc
            f.set_exception(err)
        # The calls still waiting fail too (the engine refuses them now).
        self.feeder.feed()


class _Feeder:
    """The calls waiting for room, and the engine they go to. Held by the
    executor and by the calls in flight, not the other way round, so that
    the executor object can die (and shut the workers down) while calls are
    still out."""

    def __init__(self, engine):
        self.engine = engine
        self.waiting = _deque()
        self.room = 2 * engine.size

    def add(self, call):
        self.waiting.append(call)
        self.feed()

    def feed(self, everything=False):
        engine = self.engine
        while self.waiting and (everything or engine.pending() < self.room):
            call = self.waiting.popleft()
            if not call.future.set_running_or_notify_cancel():
                continue
            try:
                jid = engine.add_job(call)
            except Exception as e:
                call._break(e)
                continue
            call.jid = jid
            # Sent: only the result travels back.
            func, payload = call.func, call.payload
            call.func = call.payload = None
            try:
                engine.send(jid, 0, func, payload, call.mode)
            except Exception as e:
                # An argument that cannot be frozen: the call's error.
                engine.finish_job(jid)
                call.future.set_exception(e)

    def cancel_waiting(self):
        while self.waiting:
            self.waiting.popleft().future.cancel()


def _chunks(iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(_itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


def _chain_lists(iterator):
    for part in iterator:
        part.reverse()
        while part:
            yield part.pop()


class ProcessPoolExecutor(_base.Executor):
    """An executor whose calls run in worker sandboxes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None,
                 initargs=(), *, max_tasks_per_child=None):
        self._feeder = None
        self._shutdown_thread = False
        if max_workers is None:
            import os
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._broken = False
        engine = _workers.Engine(max_workers, initializer, initargs,
                                 max_tasks_per_child, _RemoteTraceback)
        self._feeder = _Feeder(engine)

    def _check(self):
        engine = self._feeder.engine
        if engine.broken is not None:
            self._broken = ('A child process terminated abruptly, the '
                            'process pool is not usable anymore')
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')

    def submit(self, fn, /, *args, **kwargs):
        return self._submit_frozen(_sandbox.freeze(fn),
                                   (tuple(args), dict(kwargs)), 2)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """As `Executor.map`; `chunksize` calls are sent to a worker at a
        time."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        self._check()
        if timeout is not None:
            end_time = timeout + _time.monotonic()
        else:
            end_time = None
        frozen = _sandbox.freeze(fn)
        fs = [self._submit_frozen(frozen, chunk)
              for chunk in _chunks(iterables, chunksize)]
        return _chain_lists(_base._results_in_order(fs, end_time))

    def _submit_frozen(self, frozen, payload, mode=1):
        """A future for `frozen` run on `payload`: a chunk of argument
        tuples (mode 1, the result a list), or (args, kwargs) (mode 2)."""
        self._check()
        f = _base.Future()
        f._engine = self._feeder.engine
        self._feeder.add(_Call(f, frozen, payload, mode, self._feeder))
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        feeder = self._feeder
        if feeder is None:
            return
        self._shutdown_thread = True
        if cancel_futures:
            feeder.cancel_waiting()
        engine = feeder.engine
        if wait:
            while feeder.waiting or engine.pending():
                feeder.feed()
                if not engine.pump(None) and not engine.alive():
                    break
        else:
            feeder.feed(everything=True)
        engine.shutdown()
        if wait:
            engine.join()

    def __del__(self):
        if getattr(self, '_feeder', None) is not None:
            try:
                self.shutdown(wait=False)
            except Exception:
                pass


class InterpreterPoolExecutor(ProcessPoolExecutor):
    """CPython 3.14's executor of subinterpreters, which share nothing:
    here, as a process pool, worker sandboxes."""
