"""multiprocessing, for sandboxes.

Sandboxes are sandpy's processes: each runs in parallel with its own
memory. What works here: `Pool` (worker sandboxes, multiprocessing.pool),
`cpu_count`, `current_process`, `parent_process`, `active_children`, the
exceptions and the start methods (`get_context(...)` returns this module,
so `get_context('spawn').Pool` is the same pool; `set_start_method`
accepts the names CPython knows). What needs fork semantics or shared
memory (`Process`, `Manager`, shared `Value`/`Array`, the locks and queues
of processes) raises NotImplementedError naming what to use instead (each
name is one entry of `_REFUSED`).
"""

import _refusal

__all__ = ['cpu_count', 'current_process', 'parent_process',
           'active_children', 'ProcessError', 'BufferTooShort',
           'TimeoutError', 'AuthenticationError', 'get_start_method',
           'get_all_start_methods', 'set_start_method', 'get_context',
           'freeze_support', 'Process', 'Pool', 'Manager', 'Queue',
           'JoinableQueue', 'SimpleQueue', 'Pipe', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier',
           'Value', 'Array', 'RawValue', 'RawArray']

_SPAWN = "run a function in parallel with sandbox.spawn(function, ...)"
_QUEUE = "pass values between sandboxes with sandbox.Queue"
_SHARED = ("sandboxes share no memory: send values through sandbox.Queue, "
           "or keep shared state in an object the host serves as a proxy")
_LOCKS = ("sandboxes share no memory, so there is nothing to lock between "
          "them; coordinate through sandbox.Queue")
_REFUSED = {
    'Process': (True, _SPAWN),
    'Manager': (False, _SHARED),
    'Value': (False, _SHARED),
    'Array': (False, _SHARED),
    'RawValue': (False, _SHARED),
    'RawArray': (False, _SHARED),
    'Queue': (False, _QUEUE),
    'JoinableQueue': (False, _QUEUE),
    'SimpleQueue': (False, _QUEUE),
    'Pipe': (False, _QUEUE),
    'Lock': (False, _LOCKS),
    'RLock': (False, _LOCKS),
    'Semaphore': (False, _LOCKS),
    'BoundedSemaphore': (False, _LOCKS),
    'Condition': (False, _LOCKS),
    'Event': (False, _LOCKS),
    'Barrier': (False, _LOCKS),
}
for _name, (_is_class, _why) in _REFUSED.items():
    _make = _refusal.cls if _is_class else _refusal.function
    globals()[_name] = _make("multiprocessing." + _name,
                             NotImplementedError, _why)
del _name, _is_class, _why, _make


class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


# Where CPython defines them (their repr and tracebacks name it).
for _cls in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _cls.__module__ = 'multiprocessing.context'
del _cls


def Pool(processes=None, initializer=None, initargs=(),
         maxtasksperchild=None):
    """A pool of worker sandboxes (see multiprocessing.pool)."""
    from multiprocessing.pool import Pool
    return Pool(processes, initializer, initargs, maxtasksperchild)


def cpu_count():
    """The number of CPUs the host reports."""
    import sandbox
    return sandbox.cpu_count()


class _CurrentProcess:
    name = 'MainProcess'
    daemon = False
    pid = None
    exitcode = None
    authkey = b''

    def is_alive(self):
        return True

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


_current = _CurrentProcess()


def current_process():
    return _current


def parent_process():
    return None


def active_children():
    return []


def freeze_support():
    pass


_METHODS = ('fork', 'spawn', 'forkserver')
_method = [None]


def get_start_method(allow_none=False):
    """The start method set, else 'spawn' (every method starts a worker
    sandbox the same way; see Pool)."""
    if _method[0] is None and not allow_none:
        _method[0] = 'spawn'
    return _method[0]


def get_all_start_methods():
    return list(_METHODS)


def set_start_method(method, force=False):
    """Accepted for the methods CPython knows: a worker sandbox starts the
    same way whichever is named."""
    if _method[0] is not None and not force:
        raise RuntimeError('context has already been set')
    if method is None and force:
        _method[0] = None
        return
    if method not in _METHODS:
        raise ValueError('cannot find context for %r' % (method,))
    _method[0] = method


def get_context(method=None):
    """This module: its Pool is the one pool of worker sandboxes, whatever
    the start method named."""
    if method is not None and method not in _METHODS:
        raise ValueError('cannot find context for %r' % (method,))
    import sys
    return sys.modules[__name__]
