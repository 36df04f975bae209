"""`ThreadPoolExecutor`: each call runs in this sandbox, when submitted.

Threads of CPython share their memory: calls that append to one list,
count under one lock, or fill one dict are what thread-pool scripts do.
A sandbox has one thread, and copying the calls into worker sandboxes
would silently lose those writes, so this executor runs every call here,
at `submit`, and hands back a future already finished (or failed). What
the calls see and change is exactly what they would under CPython; what
is lost is the overlap of waits (a call that sleeps holds up the next),
never a result. For parallel work, ProcessPoolExecutor is the same API on
worker sandboxes. The initializer runs once, before the first call.
"""

from concurrent.futures import _base

__all__ = ['ThreadPoolExecutor', 'BrokenThreadPool']


class BrokenThreadPool(_base.BrokenExecutor):
    """The initializer failed: the executor is not usable anymore."""


class ThreadPoolExecutor(_base.Executor):
    """An executor that runs each call in this sandbox when submitted."""

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % id(self)))
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = initializer is None
        self._broken = False
        self._shutdown = False

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if not self._initialized:
            self._initialized = True
            try:
                self._initializer(*self._initargs)
            except BaseException:
                import logging
                logging.getLogger("concurrent.futures").critical(
                    'Exception in initializer:', exc_info=True)
                self._broken = ('A thread initializer failed, the thread '
                                'pool is not usable anymore')
                raise BrokenThreadPool(self._broken)
        f = _base.Future()
        f.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:
            f.set_exception(exc)
            exc = None
        else:
            f.set_result(result)
        return f

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
