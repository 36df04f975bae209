# sandpy-only: CPython would block forever on these calls
# A queue.Queue belongs to one sandbox, which runs one thread: a get on an
# empty queue, a put on a full one or a join with unfinished tasks, with no
# timeout, could never return. sandpy raises RuntimeError saying so (and
# pointing to sandbox.Queue), where CPython would hang.
import queue


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


q = queue.Queue()
t(lambda: q.get())
q.put(1)
t(lambda: q.get())
full = queue.Queue(1)
full.put(1)
t(lambda: full.put(2))
t(lambda: full.join())
t(lambda: queue.SimpleQueue().get())
t(lambda: queue.LifoQueue().get(block=True))
# Output:
# RuntimeError get() on an empty queue would wait forever: a sandbox runs one thread, so nothing else can change this queue (pass a timeout, use the _nowait form, or use sandbox.Queue for a queue between sandboxes)
# 1
# RuntimeError put() on a full queue would wait forever: a sandbox runs one thread, so nothing else can change this queue (pass a timeout, use the _nowait form, or use sandbox.Queue for a queue between sandboxes)
# RuntimeError join() with 1 unfinished task(s) would wait forever: a sandbox runs one thread, so nothing else can change this queue (pass a timeout, use the _nowait form, or use sandbox.Queue for a queue between sandboxes)
# RuntimeError get() on an empty queue would wait forever: a sandbox runs one thread, so nothing else can change this queue (pass a timeout, use the _nowait form, or use sandbox.Queue for a queue between sandboxes)
# RuntimeError get() on an empty queue would wait forever: a sandbox runs one thread, so nothing else can change this queue (pass a timeout, use the _nowait form, or use sandbox.Queue for a queue between sandboxes)
