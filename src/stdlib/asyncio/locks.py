"""Synchronization primitives for tasks: Lock, Event, Condition,
Semaphore, BoundedSemaphore, Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore',
           'Barrier')

from . import events
from . import exceptions


class _LoopBound:
    # A primitive belongs to the loop it is first used in.
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _AsyncLock:
    # `async with lock:` acquires it, and releases it on the way out.
    async def __aenter__(self):
        await self.acquire()
        # Like CPython's, `async with lock as x` gives None.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _object_repr(obj):
    cls = type(obj)
    return f'{cls.__module__}.{cls.__qualname__} object at {id(obj):#x}'


class Lock(_AsyncLock, _LoopBound):
    """A mutex for tasks: acquire waits (in FIFO order) while another
    task holds it."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)} [{extra}]>'

    def locked(self):
        """Whether a task holds the lock."""
        return self._locked

    async def acquire(self):
        """Acquire the lock, waiting while another task holds it."""
        if (not self._locked and (self._waiters is None or
                all(w.cancelled() for w in self._waiters))):
            self._locked = True
            return True

        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # Woken and then cancelled: hand the lock to the next waiter.
            if not self._locked:
                self._wake_up_first()
            raise

        self._locked = True
        return True

    def release(self):
        """Release the lock (RuntimeError when it is not held)."""
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    """A flag tasks can wait for: set() wakes every waiter."""

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)} [{extra}]>'

    def is_set(self):
        """Whether the flag is set."""
        return self._value

    def set(self):
        """Set the flag and wake every task waiting for it."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        """Reset the flag."""
        self._value = False

    async def wait(self):
        """Wait until the flag is set (at once if it is); return True."""
        if self._value:
            return True

        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_AsyncLock, _LoopBound):
    """A condition variable for tasks, on a Lock (a new one by default)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        # Export the lock's locked(), acquire() and release() methods.
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)} [{extra}]>'

    async def wait(self):
        """Release the lock, wait to be notified, take the lock again."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')

        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken again even when the wait is cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except exceptions.CancelledError:
                    cancelled = True
            if cancelled:
                raise exceptions.CancelledError

    async def wait_for(self, predicate):
        """Wait until predicate() is true; return its value."""
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the tasks waiting on this condition."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        """Wake up every task waiting on this condition."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncLock, _LoopBound):
    """A counter tasks take from (acquire waits at zero) and give back to."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            extra = f'{extra}, waiters:{len(self._waiters)}'
        return f'<{_object_repr(self)} [{extra}]>'

    def locked(self):
        """Whether acquire() would wait."""
        return self._value == 0 or (
            any(not w.cancelled() for w in (self._waiters or ())))

    async def acquire(self):
        """Take one from the counter, waiting while it is zero."""
        if not self.locked():
            self._value -= 1
            return True

        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except exceptions.CancelledError:
            # Given the count and then cancelled: pass it on.
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise

        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        """Give one back, waking the first waiter."""
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# A barrier fills until `parties` tasks wait, then drains (every waiter
# returns) before it fills again; reset() makes the waiters fail and
# refills it, abort() breaks it for good.
_FILLING = 'filling'
_DRAINING = 'draining'
_RESETTING = 'resetting'
_BROKEN = 'broken'


class Barrier(_LoopBound):
    """Tasks wait until `parties` of them are waiting, then all go on."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        # Every change of state is announced to all waiters through it.
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += f', waiters:{self.n_waiting}/{self.parties}'
        return f'<{_object_repr(self)} [{extra}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Wait until the barrier fills; return this task's place in it
        (0 to parties - 1)."""
        async with self._cond:
            # Wait while the previous round drains or a reset finishes.
            await self._cond.wait_for(
                lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    # The last one in lets everyone go.
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError(
                            "Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last one out refills a drained or reset barrier.
                    if self._state in (_RESETTING, _DRAINING):
                        self._state = _FILLING
                    self._cond.notify_all()

    async def reset(self):
        """Refill the barrier; tasks waiting in it get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                if self._state != _RESETTING:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier: waiting tasks and later wait() calls get
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks fill the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait in it while it fills."""
        if self._state == _FILLING:
            return self._count
        return 0

    @property
    def broken(self):
        """Whether abort() broke it."""
        return self._state == _BROKEN
