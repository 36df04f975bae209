"""The event loop: one thread, one loop, no I/O.

A loop keeps a FIFO of ready callbacks (`Handle`s) and a heap of timers
(`TimerHandle`s, ordered by their deadline). Each pass (`_run_once`)
drops cancelled timers from the heap's head, waits on the host clock
(time.sleep: it counts towards wall time, never CPU time) until the
earliest timer when nothing is ready, moves the timers that are due to
the ready queue, and then runs exactly the callbacks that were ready when
the pass began, in order: a callback scheduled by one of them waits for
the next pass. This is the order CPython's loop keeps, so interleaved
tasks run in the same order.
"""

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle',
           'get_event_loop_policy', 'set_event_loop_policy',
           'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop')

import _asyncio

from . import _heap
from . import _shortrepr

# Timers due within this much of now are run in this pass.
_CLOCK_RESOLUTION = 1e-09

# The longest single wait on the host clock (seconds).
_MAXIMUM_WAIT = 24 * 3600.0

# Compact the heap once this many timers are cancelled and they are more
# than this fraction of it.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5


def _format_callback(callback, args, source=True):
    # `name(args)`, and `at FILE:LINE` where a Python function is defined.
    name = getattr(callback, '__qualname__', None) or getattr(callback, '__name__', None)
    if name is None:
        name = repr(callback)
    inner = ', '.join(_shortrepr.short_repr(a) for a in args)
    text = f'{name}({inner})'
    where = _asyncio.position(callback) if source else None
    if where is not None:
        text += f' at {where[0]}:{where[1]}'
    return text


class Handle:
    """A scheduled callback (what call_soon returns); cancel() drops it."""

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<{}>'.format(' '.join(self._repr_info()))

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = _format_callback(self._callback, self._args)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a time (what call_later and call_at return)."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        pos = 2 if self._cancelled else 1
        info.insert(pos, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """The event loop interface (BaseEventLoop is sandpy's only loop)."""


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # The loop has already stopped on its way out.
            return
    fut.get_loop().stop()


class BaseEventLoop(AbstractEventLoop):

    def __init__(self):
        self._closed = False
        self._stopping = False
        self._ready = []
        self._ready_head = 0
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        # The tasks of this loop that are not done, in creation order.
        self._tasks = {}

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # Futures and tasks.

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            if name is not None:
                task.set_name(name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # Running and stopping.

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        old_running = _get_running_loop()
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(old_running)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The task we made is out of the caller's reach: its
                # exception counts as retrieved.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        if getattr(future, '_exception', None) is not None and not future.cancelled():
            # Raised here rather than in result(), so that the traceback
            # shows CPython's frames (its future is native).
            future._log_traceback = False
            raise future._exception
        return future.result()

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready = []
        self._ready_head = 0
        self._scheduled = []

    def is_closed(self):
        return self._closed

    def is_running(self):
        return self._running

    def time(self):
        return _asyncio.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass

    # Scheduling callbacks.

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        return self._call_soon(callback, args, context)

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon: a sandbox has one thread, so every caller is on the
        loop's."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        return self._call_soon(callback, args, context)

    def _call_soon(self, callback, args, context):
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if futures.isfuture(callback) or coroutines.iscoroutine(callback):
            raise TypeError(
                f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(
                f'a callable object was expected by {method}(), '
                f'got {callback!r}')

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args,
                            context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        _heap.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # Errors in callbacks.

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            lines.append(f'{key}: {context[key]!r}')
        _asyncio.report('\n'.join(lines), context.get('exception'))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    pass

    # One pass of the loop.

    def _run_once(self):
        sched = self._scheduled
        count = len(sched)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            kept = []
            for handle in sched:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    kept.append(handle)
            _heap.heapify(kept)
            self._scheduled = sched = kept
            self._timer_cancelled_count = 0
        else:
            while sched and sched[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heap.heappop(sched)
                handle._scheduled = False

        ready = len(self._ready) - self._ready_head
        if not ready and not self._stopping:
            # Nothing to do until a timer is due: wait for it on the host
            # clock. With no timer either, nothing can ever wake this
            # loop (it has no I/O and no other thread): it waits, as
            # CPython's would, until the sandbox's wall-time cap ends it.
            if sched:
                timeout = sched[0]._when - self.time()
                if timeout > 0:
                    # At most a day at a time, as CPython's selector waits.
                    _asyncio.sleep(min(timeout, _MAXIMUM_WAIT))
            else:
                while True:
                    _asyncio.sleep(3600)

        end_time = self.time() + _CLOCK_RESOLUTION
        while sched:
            handle = sched[0]
            if handle._when >= end_time:
                break
            handle = _heap.heappop(sched)
            handle._scheduled = False
            self._ready.append(handle)

        # Run only the callbacks ready now: those they schedule wait for
        # the next pass.
        ntodo = len(self._ready) - self._ready_head
        for _ in range(ntodo):
            handle = self._ready[self._ready_head]
            self._ready[self._ready_head] = None
            self._ready_head += 1
            if not handle._cancelled:
                handle._run()
        # Drop the consumed prefix of the ready list once it is long.
        if self._ready_head > 64 and self._ready_head * 2 > len(self._ready):
            del self._ready[:self._ready_head]
            self._ready_head = 0


class _Policy:
    """The event loop policy: one current loop (sandpy has one thread)."""

    def __init__(self):
        self._loop = None
        self._set_called = False

    def get_event_loop(self):
        if self._loop is None and not self._set_called:
            self.set_event_loop(self.new_event_loop())
        if self._loop is None:
            raise RuntimeError('There is no current event loop in thread '
                               "'MainThread'.")
        return self._loop

    def set_event_loop(self, loop):
        self._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._loop = loop

    def new_event_loop(self):
        return BaseEventLoop()


DefaultEventLoopPolicy = _Policy

_policy = None
_running_loop = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = _Policy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, _Policy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """The loop running now (RuntimeError outside one)."""
    loop = _running_loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def get_event_loop():
    """The running loop when called from a coroutine or a callback, else
    the current loop (made on first use)."""
    loop = _running_loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


from . import coroutines, futures, tasks  # noqa: E402 (they import this module)
