"""Telling coroutines and coroutine functions apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')


async def _probe():
    pass


_p = _probe()
_CoroutineType = type(_p)
_p.close()
del _p


def _gen():
    yield


_GeneratorType = type(_gen())

# A function marked with this (as `asyncio.coroutine` once did) counts as a
# coroutine function.
_is_coroutine = object()

_CO_COROUTINE = 0x80


def _coroutine_protocol(cls):
    # What collections.abc.Coroutine recognises: the four methods.
    for name in ('send', 'throw', 'close', '__await__'):
        if getattr(cls, name, None) is None:
            return False
    return True


def iscoroutinefunction(func):
    """Return True if func is a decorated coroutine function."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    f = getattr(func, '__func__', func)
    code = getattr(f, '__code__', None)
    flags = getattr(code, 'co_flags', 0)
    return isinstance(flags, int) and bool(flags & _CO_COROUTINE)


def iscoroutine(obj):
    """Return True if obj is a coroutine object."""
    # Generators count too (the generator-based coroutines of old).
    return (isinstance(obj, (_CoroutineType, _GeneratorType)) or
            _coroutine_protocol(type(obj)))


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    name = f'{name}()'
    running = getattr(coro, 'cr_running', False)
    frame = getattr(coro, 'cr_frame', None)
    if running:
        return f'{name} running'
    if frame is None and isinstance(coro, _CoroutineType):
        return f'{name} done'
    return name
