"""Telling coroutines and coroutine functions apart."""

__all__ = ('iscoroutinefunction', 'iscoroutine')

import _asyncio


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



def _coroutine_protocol(cls):
    # What collections.abc.Coroutine recognises: the four methods.
    for name in ('send', 'throw', 'close', '__await__'):
        if getattr(cls, name, None) is None:
            return False
    return True


def iscoroutinefunction(func):
    """Whether calling func makes a coroutine (an `async def` function)."""
    if getattr(func, '_is_coroutine', None) is _is_coroutine:
        return True
    # A bound method's function (sandpy hands out no __code__ to read
    # co_flags from: _asyncio looks at the function itself).
    return _asyncio.iscoroutinefunction(getattr(func, '__func__', func))


def iscoroutine(obj):
    """Whether obj is a coroutine a Task can run."""
    # Generators count too (the generator-based coroutines of old).
    return (isinstance(obj, (_CoroutineType, _GeneratorType)) or
            _coroutine_protocol(type(obj)))


def _format_coroutine(coro):
    # `main() running at FILE:LINE` (where it is suspended), or
    # `main() done, defined at FILE:LINE`.
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    if name is None:
        name = type(coro).__name__
    name = f'{name}()'
    where = _asyncio.position(coro)
    if where is None:
        if getattr(coro, 'cr_running', False) or getattr(coro, 'gi_running', False):
            return f'{name} running'
        return name
    filename, line, finished = where
    if finished:
        return f'{name} done, defined at {filename}:{line}'
    return f'{name} running at {filename}:{line}'
