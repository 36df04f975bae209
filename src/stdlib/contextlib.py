"""Utilities for with-statement contexts (and their async forms). Written
for sandpy from the documentation of the `contextlib` module.

Module state: none, so the module is built once and shared frozen.
`redirect_stdout` and `redirect_stderr` import `sys` when they are
entered (under the importing sandbox's grants: rebinding `sys.stdout`
needs `sys`). There is no `chdir`: a sandbox's working directory is
always `/` (sandpy's `os` has no `chdir`).
"""

import abc
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing"]


def _has_methods(cls, *names):
    """Whether each of `names` is defined, and not as None, somewhere in
    the MRO of `cls` (NotImplemented otherwise, for __subclasshook__)."""
    mro = cls.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(abc.ABC):
    """An abstract base class for context managers: a class with
    `__enter__` and `__exit__` is a virtual subclass."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    def __enter__(self):
        """Return self when entering the runtime context."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the runtime context; a true result suppresses the
        exception being raised."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """An abstract base class for asynchronous context managers: a class
    with `__aenter__` and `__aexit__` is a virtual subclass."""

    __class_getitem__ = classmethod(GenericAlias)
    __slots__ = ()

    async def __aenter__(self):
        """Return self when entering the runtime context."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the runtime context; a true result suppresses the
        exception being raised."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, "__aenter__", "__aexit__")
        return NotImplemented


class ContextDecorator(object):
    """A base class that lets a context manager be used as a decorator:
    the decorated function runs inside the context."""

    def _recreate_cm(self):
        """The context manager to enter for one call of the decorated
        function (self, unless it can be entered only once)."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """A base class that lets an async context manager decorate a
    coroutine function: each call runs inside the context."""

    def _recreate_cm(self):
        """The context manager to enter for one call (self by default)."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


class _GeneratorContextManagerBase:
    """What the context managers made by the decorators share: the
    generator, and what to call to make a fresh one."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # A generator runs once: each decorated call gets a new manager.
        return self.__class__(self.func, self.args, self.kwds)


def _set_traceback(exc, tb):
    try:
        exc.__traceback__ = tb
    except (AttributeError, TypeError):
        pass


class _GeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractContextManager,
    ContextDecorator,
):
    """The context manager a @contextmanager function returns."""

    def __enter__(self):
        # The arguments are needed only to recreate the manager, which an
        # entered one never is.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator caught the exception and finished: suppressed,
            # unless it is the exception itself coming back.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _set_traceback(exc, traceback)
                return False
            # A StopIteration thrown in comes back as the RuntimeError
            # the generator turned it into (PEP 479).
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                _set_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _set_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(
    _GeneratorContextManagerBase,
    AbstractAsyncContextManager,
    AsyncContextDecorator,
):
    """The context manager an @asynccontextmanager function returns."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                _set_traceback(exc, traceback)
                return False
            if (isinstance(value, (StopIteration, StopAsyncIteration))
                    and exc.__cause__ is value):
                _set_traceback(value, traceback)
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            _set_traceback(exc, traceback)
            return False
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Makes a generator function that yields once into a factory of context
    managers: the code before the yield runs on entry, the yielded value
    is what `as` binds, and the code after it runs on exit (an exception
    of the block is raised at the yield).
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """As `contextmanager`, for an async generator function: the result is a
    factory of asynchronous context managers (`async with`).
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """`with closing(thing) as t:` binds `thing` and calls `thing.close()`
    when the block ends, however it ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """`async with aclosing(thing) as t:` binds `thing` and awaits
    `thing.aclose()` when the block ends, however it ends."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        # A stack, so that one instance can be entered again while entered.
        self._old_targets = []

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Inside the block, `sys.stdout` is the target given (and what
    `print` writes to); the old stream comes back on exit."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Inside the block, `sys.stderr` is the target given."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """An exception of one of the given classes ends the block quietly:
    execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


def _handled_exception():
    """The exception being handled where this is called (what
    `sys.exception()` gives), found without `sys`: the context a new
    exception would get."""
    try:
        raise _Probe
    except _Probe as probe:
        return probe.__context__


class _Probe(Exception):
    pass


def _chain_to(new_exc, old_exc, frame_exc):
    """Make the context chain of `new_exc` (raised by an exit callback)
    end at `old_exc` (the exception the callback was given), as nested
    with statements would: the chain is cut where it reaches the
    exception being handled around the stack (`frame_exc`)."""
    while True:
        ctx = new_exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        new_exc = ctx
    new_exc.__context__ = old_exc


def _reraise(exc):
    """Raise `exc` keeping the context the unwinding gave it."""
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx
        raise


class _BaseExitStack:
    """What ExitStack and AsyncExitStack share: a stack of callbacks."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type, which is
        returned; this one is left empty."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Push `exit`: a callable taking what __exit__ takes (or an
        object whose class has __exit__, then used); a true result
        suppresses the exception. Returns `exit` (usable as a
        decorator)."""
        cb_type = type(exit)
        try:
            exit_method = cb_type.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter `cm`, push its __exit__ and return what its __enter__
        returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push a call of `callback(*args, **kwds)`, which cannot
        suppress an exception. Returns `callback`."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """A context manager holding a stack of exit callbacks, pushed while
    it is entered: on exit they run last pushed first, each seeing the
    exception the ones before it left (or suppressed), as nested with
    statements would."""

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        exc = exc_details[1] if received else None
        if received and exc is None:
            exc = exc_details[0]()
        frame_exc = _handled_exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    result = cb(None, None, None)
                else:
                    result = cb(type(exc), exc, exc.__traceback__)
                if result:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _chain_to(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed

    def close(self):
        """Run every callback now, as on exit without an exception."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for `async with`: its exit callbacks may be coroutine
    functions (awaited) as well as plain ones."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter `cm` (awaiting its __aenter__), push its __aexit__ and
        return what __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Push `exit`: a coroutine function taking what __aexit__ takes
        (or an object whose class has __aexit__, then used); a true
        result suppresses the exception. Returns `exit`."""
        cb_type = type(exit)
        try:
            exit_method = cb_type.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push an awaited call of `callback(*args, **kwds)`, which
        cannot suppress an exception. Returns `callback`."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run every callback now, as on exit without an exception."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received = exc_details[0] is not None
        exc = exc_details[1] if received else None
        if received and exc is None:
            exc = exc_details[0]()
        frame_exc = _handled_exception()
        suppressed = False
        pending = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if exc is None:
                    details = (None, None, None)
                else:
                    details = (type(exc), exc, exc.__traceback__)
                if is_sync:
                    result = cb(*details)
                else:
                    result = await cb(*details)
                if result:
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _chain_to(new_exc, exc, frame_exc)
                pending = True
                exc = new_exc
        if pending:
            _reraise(exc)
        return received and suppressed


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing: `as` binds the `enter_result`
    given (None by default). A stand-in where a context manager is
    optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass
