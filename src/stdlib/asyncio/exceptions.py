"""asyncio's exceptions (written for sandpy from the Python documentation)."""

__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class CancelledError(BaseException):
    """Raised in (and by) a cancelled task or future."""


# Since Python 3.11, asyncio's TimeoutError is the builtin one.
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """A future was asked for what its state does not allow."""


class SendfileNotAvailableError(RuntimeError):
    """loop.sendfile() cannot be used here."""


class IncompleteReadError(EOFError):
    """A read ended before it had the bytes it expected."""

    def __init__(self, partial, expected):
        r_expected = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{r_expected} expected bytes')
        self.partial = partial
        self.expected = expected

    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit."""

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))


class BrokenBarrierError(RuntimeError):
    """The barrier was aborted."""
