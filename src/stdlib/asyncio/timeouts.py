"""asyncio.timeout and timeout_at (3.11): cancel the enclosing task at a
deadline and turn that cancellation into TimeoutError."""

__all__ = ('Timeout', 'timeout', 'timeout_at')

from . import events
from . import exceptions
from . import tasks

_CREATED = 'created'
_ENTERED = 'active'
_EXPIRING = 'expiring'
_EXPIRED = 'expired'
_EXITED = 'finished'


class Timeout:
    """An asynchronous context manager with a deadline (loop time, or
    None for none) that can be moved while it is active."""

    def __init__(self, when):
        self._state = _CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline (loop.time() based), or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline)."""
        if self._state != _ENTERED:
            if self._state == _CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {self._state} Timeout",
            )
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """Whether the deadline passed while the block ran."""
        return self._state in (_EXPIRING, _EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state == _ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        info_str = ' '.join(info)
        return f"<Timeout [{self._state}]{info_str}>"

    async def __aenter__(self):
        if self._state != _CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _ENTERED
        self._task = task
        # Cancellations requested before entering are not this timeout's.
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == _EXPIRING:
            self._state = _EXPIRED
            if (self._task.uncancel() <= self._cancelling and
                    exc_type is exceptions.CancelledError):
                # The cancellation was ours: it becomes a TimeoutError.
                raise TimeoutError from exc_val
        elif self._state == _ENTERED:
            self._state = _EXITED
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _EXPIRING
        # The handle has run: there is nothing left to cancel.
        self._timeout_handler = None


def timeout(delay):
    """A Timeout that expires delay seconds from now (None: never)."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout that expires at loop time when (None: never)."""
    return Timeout(when)
