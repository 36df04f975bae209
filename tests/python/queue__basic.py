# queue inside one sandbox: FIFO, LIFO and priority orders, maxsize,
# full/empty, the _nowait forms, Empty and Full, timeouts (wait, then
# raise), negative timeouts, task_done/join, SimpleQueue, subclass hooks.
# (A blocking call that could never return raises RuntimeError in
# sandpy, where CPython would hang: see queue__forever.py.)
import queue
import time


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(queue.__all__)
print(issubclass(queue.Empty, Exception), queue.Empty.__module__,
      queue.Full.__module__, queue.SimpleQueue.__module__)

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, list(q.queue))
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False),
      q.empty())
t(lambda: q.get_nowait())
t(lambda: q.get(False))
t(lambda: q.get(timeout=-1))
start = time.monotonic()
t(lambda: q.get(timeout=0.02))
print(time.monotonic() - start >= 0.02)
t(lambda: q.get(True, 0))

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
t(lambda: b.put_nowait("c"))
t(lambda: b.put("c", block=False))
t(lambda: b.put("c", timeout=-0.5))
start = time.monotonic()
t(lambda: b.put("c", timeout=0.02))
print(time.monotonic() - start >= 0.02)
print(b.get(timeout=1), b.qsize(), b.full())
b.put("c", timeout=1)
print(list(b.queue))
u = queue.Queue(maxsize=0)
t(lambda: u.put(1, timeout=-1))
neg = queue.Queue(-3)
for i in range(10):
    neg.put_nowait(i)
print(neg.full(), neg.qsize())

lq = queue.LifoQueue()
for i in "abc":
    lq.put(i)
print([lq.get() for _ in range(3)], type(lq.queue).__name__)
pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "A")]:
    pq.put(item)
print([pq.get_nowait() for _ in range(4)])
t(lambda: pq.get_nowait())

# tasks
tq = queue.Queue()
tq.put(1)
tq.put(2)
print(tq.unfinished_tasks)
tq.get()
tq.task_done()
tq.get()
tq.task_done()
tq.join()
print("joined", tq.unfinished_tasks)
t(lambda: tq.task_done())

# SimpleQueue
sq = queue.SimpleQueue()
sq.put(1)
sq.put(2, block=False, timeout=5)
sq.put_nowait(3)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.get(timeout=0))
t(lambda: sq.get_nowait())
t(lambda: sq.get(timeout=-1))
t(lambda: sq.get(block=False, timeout=-1))
t(lambda: sq.get(timeout=0.01))
print(sq.empty())


class Capped(queue.Queue):
    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        self.queue.insert(0, item * 2)

    def _get(self):
        return self.queue.pop(0)


c = Capped()
c.put(1)
c.put(2)
print(c.get(), c.get(), c.qsize())
print(queue.Queue[int], queue.SimpleQueue[str])

# Output:
# ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']
# True _queue queue _queue
# 5 False False 0 [0, 1, 2, 3, 4]
# [0, 1, 2] 3 4 True
# Empty 
# Empty 
# ValueError 'timeout' must be a non-negative number
# Empty 
# True
# Empty 
# True 2
# Full 
# Full 
# ValueError 'timeout' must be a non-negative number
# Full 
# True
# a 1 False
# ['b', 'c']
# None
# False 10
# ['c', 'b', 'a'] list
# [(1, 'A'), (1, 'a'), (2, 'b'), (3, 'c')]
# Empty 
# 2
# joined 0
# ValueError task_done() called too many times
# 3 False 1 2 3
# Empty 
# ValueError 'timeout' must be a non-negative number
# Empty 
# Empty 
# True
# 4 2 0
# queue.Queue[int] _queue.SimpleQueue[str]
