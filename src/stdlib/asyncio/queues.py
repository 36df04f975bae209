"""Queues for tasks: FIFO, LIFO and priority."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from . import _heap
from . import events
from . import locks


class QueueEmpty(Exception):
    """get_nowait() found the queue empty."""


class QueueFull(Exception):
    """put_nowait() found the queue full."""


class _Waiters:
    # A FIFO of futures (CPython uses a deque).
    def __init__(self):
        self._items = []

    def append(self, fut):
        self._items.append(fut)

    def popleft(self):
        return self._items.pop(0)

    def remove(self, fut):
        self._items.remove(fut)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)

    def __iter__(self):
        return iter(self._items)


class Queue(locks._LoopBound):
    """A queue for tasks: put waits while it is full (maxsize > 0), get
    while it is empty; task_done and join count unfinished items."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _Waiters()
        self._putters = _Waiters()
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()
        self._init(maxsize)

    # The storage: these are what subclasses change.

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        item = self._queue[self._head]
        self._queue[self._head] = None
        self._head += 1
        if self._head > 64 and self._head * 2 > len(self._queue):
            del self._queue[:self._head]
            self._head = 0
        return item

    def _put(self, item):
        self._queue.append(item)

    def _items(self):
        return self._queue[self._head:]

    def _size(self):
        return len(self._queue) - self._head

    def _wakeup_next(self, waiters):
        # Wake the first waiter still waiting.
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def __class_getitem__(cls, item):
        # As Future's (futures.py).
        return type(list[int])(cls, item)

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if self._size():
            result += f' _queue={self._items()!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        """How many items are in the queue."""
        return self._size()

    @property
    def maxsize(self):
        """The most items the queue holds (0: no bound)."""
        return self._maxsize

    def empty(self):
        """Whether the queue holds no item."""
        return not self._size()

    def full(self):
        """Whether the queue holds maxsize items (never when unbounded)."""
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        """Put an item into the queue, waiting while it is full."""
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    # Pass the turn on: this putter was woken, but leaves.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Put an item into the queue without blocking (QueueFull if full)."""
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        """Remove and return an item, waiting while the queue is empty."""
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    # Pass the turn on: this getter was woken, but leaves.
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        """Remove and return an item if one is there (else QueueEmpty)."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        """Say that an item taken from the queue has been processed."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        """Wait until every item put has been taken and processed."""
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heap.heappush(self._queue, item)

    def _get(self):
        return _heap.heappop(self._queue)

    def _items(self):
        return list(self._queue)

    def _size(self):
        return len(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the latest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()

    def _items(self):
        return list(self._queue)

    def _size(self):
        return len(self._queue)
