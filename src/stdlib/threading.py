"""Threads, for a sandbox, which is one thread.

A sandbox runs one thread and shares no memory with any other, so what
needs a second thread of the same memory cannot work here: `Thread.start`
raises and points to `sandbox.spawn` (a sandbox of its own, talked to
through `sandbox.Queue`). What a one-thread program uses works honestly:
locks that are never contended (an acquire that could only wait forever,
the second acquire of a held `Lock`, raises instead of hanging), `local`,
`current_thread`, `get_ident`, `Event` and `Condition` as far as one thread
can use them.
"""

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'local',
           'get_native_id', 'excepthook', 'ExceptHookArgs', 'stack_size']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_SPAWN = ("a sandbox runs one thread and shares no memory; run work in "
          "parallel with sandbox.spawn(function, ...) and exchange values "
          "through sandbox.Queue")


def _forever(what):
    return RuntimeError(
        f"deadlock: {what} would wait forever, since this sandbox has no "
        f"other thread to wake it ({_SPAWN})")


def _wait(blocking, timeout, what):
    """The wait of an acquire that cannot succeed: False, after `timeout`
    seconds, or an error when it would be forever."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return False
    if timeout == -1:
        raise _forever(what)
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    import time
    time.sleep(timeout)
    return False


def _check_args(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if blocking and timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")


class Lock:
    """A lock; acquiring it while it is held cannot succeed in a one-thread
    sandbox."""

    __slots__ = ('_held',)

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        _check_args(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        return _wait(blocking, timeout, "acquire() of a Lock already held")

    acquire_lock = acquire

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def locked(self):
        return self._held

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


allocate_lock = Lock


class RLock:
    """A reentrant lock: the one thread may acquire it again."""

    __slots__ = ('_count',)

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_args(blocking, timeout)
        self._count += 1
        return True

    def release(self):
        if not self._count:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _at_fork_reinit(self):
        self._count = 0

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        owner = get_ident() if self._count else 0
        return (f"<{state} _thread.RLock object owner={owner} "
                f"count={self._count} at {hex(id(self))}>")


class Condition:
    """A condition variable; with one thread, nobody can notify a waiter."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, 0)>" % (self._lock,)

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            raise _forever("Condition.wait() without a timeout")
        _wait(True, max(timeout, 0), "Condition.wait()")
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _forever("Condition.wait_for() without a timeout")
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    notifyAll = notify_all


class Semaphore:
    """A counter of permits; taking one when none is left cannot succeed."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            raise _forever("Semaphore.acquire() with no permit left")
        return _wait(True, max(timeout, 0), "Semaphore.acquire()")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag; waiting for it unset cannot end but by its timeout."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return (f"<{cls.__module__}.{cls.__qualname__} at "
                f"{id(self):#x}: {status}>")

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _forever("Event.wait() of an unset event")
        _wait(True, max(timeout, 0), "Event.wait()")
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        raise _forever(f"Barrier.wait() for {self._parties} parties")

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: 0)
    broken = property(lambda self: self._broken)


class local:
    """Thread-local data: in a one-thread sandbox, an object's attributes."""


class Thread:
    """A thread of this sandbox's memory: it can be made, not started."""

    _counter = [0]

    def __init__(self, group=None, target=None, name=None, args=(),
                 kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name is None:
            Thread._counter[0] += 1
            name = "Thread-%d" % Thread._counter[0]
            if target is not None:
                tname = getattr(target, '__name__', None)
                if tname:
                    name += f" ({tname})"
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = False if daemon is None else daemon
        self._started = False
        self._ident = None

    def start(self):
        raise NotImplementedError(
            "threading.Thread.start(): " + _SPAWN +
            " (concurrent code that only waits can use asyncio)")

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")

    name = property(lambda self: self._name,
                    lambda self, v: setattr(self, '_name', str(v)))
    ident = property(lambda self: self._ident)
    native_id = property(lambda self: self._ident)
    daemon = property(lambda self: self._daemonic,
                      lambda self, v: setattr(self, '_daemonic', bool(v)))

    def is_alive(self):
        return self._started

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def __repr__(self):
        status = "started" if self._started else "initial"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread")
        self._started = True
        self._ident = id(self)

    def start(self):
        raise RuntimeError("threads can only be started once")


_main = _MainThread()


def get_ident():
    """This sandbox's thread's identifier."""
    return _main._ident


get_native_id = get_ident


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


def stack_size(size=0):
    if size != 0:
        raise NotImplementedError(
            "threading.stack_size(): " + _SPAWN)
    return 0


class ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value,
                              args.exc_traceback)


def settrace(func):
    raise NotImplementedError("threading.settrace(): sandpy has no tracing")


def setprofile(func):
    raise NotImplementedError("threading.setprofile(): sandpy has no "
                              "profiling hooks")
