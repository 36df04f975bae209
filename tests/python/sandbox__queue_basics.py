# sandpy-only
# A sandbox.Queue on its own: FIFO order, a bounded queue filling up (Full
# from put_nowait and from a timed put), an empty queue (Empty from get_nowait
# and from a timed get), qsize/empty/full, closing, and items frozen on put.
import sandbox

q = sandbox.Queue()
for i in range(5):
    q.put(i * 10)
print("fifo", [q.get() for _ in range(5)])
print("empty after", q.empty(), q.qsize())

b = sandbox.Queue(2)
print("new bounded", b.qsize(), b.empty(), b.full())
b.put("a")
print("one item", b.qsize(), b.empty(), b.full())
b.put_nowait("b")
print("two items", b.qsize(), b.empty(), b.full())
try:
    b.put_nowait("c")
except sandbox.Full as e:
    print("put_nowait on a full queue: Full", repr(e), e.args)
try:
    b.put("c", timeout=0.05)
except sandbox.Full:
    print("timed put on a full queue: Full")
try:
    b.put("c", False)
except sandbox.Full:
    print("put(block=False) on a full queue: Full")
print("still", b.qsize(), b.get(), b.get())

try:
    b.get_nowait()
except sandbox.Empty as e:
    print("get_nowait on an empty queue: Empty", repr(e), e.args)
try:
    b.get(timeout=0.05)
except sandbox.Empty:
    print("timed get on an empty queue: Empty")
try:
    b.get(block=False)
except sandbox.Empty:
    print("get(block=False) on an empty queue: Empty")
print("Empty/Full are Exceptions", issubclass(sandbox.Empty, Exception), issubclass(sandbox.Full, Exception))

# Items are frozen on put: the consumer gets an equal, deeply immutable copy.
item = [1, {"k": [2, 3]}, (4, "five")]
q.put(item)
got = q.get()
print("equal", got == item, "same object", got is item)
print("frozen", sandbox.is_frozen(got), sandbox.is_frozen(got[1]["k"]))
try:
    got.append(6)
except TypeError:
    print("append to a frozen list: TypeError")
try:
    got[1]["k"].append(7)
except TypeError:
    print("append to a nested frozen list: TypeError")
item.append("later")
print("the original stays mutable", len(item), len(got))

# A frozen value is put as it is.
f = sandbox.freeze((1, [2]))
q.put(f)
print("frozen item is passed as is", q.get() is f)

# Closing: puts fail at once, gets drain what is left, then fail.
c = sandbox.Queue()
c.put(1)
c.put(2)
print("closed before", c.closed())
c.close()
print("closed after", c.closed())
try:
    c.put(3)
except sandbox.QueueClosed as e:
    print("put after close: QueueClosed:", e)
try:
    c.put_nowait(3)
except sandbox.QueueClosed:
    print("put_nowait after close: QueueClosed")
print("drain", c.get(), c.get_nowait())
try:
    c.get()
except sandbox.QueueClosed:
    print("blocking get on a drained closed queue: QueueClosed")
try:
    c.get_nowait()
except sandbox.QueueClosed:
    print("get_nowait on a drained closed queue: QueueClosed")
c.close()
print("close twice is fine", c.closed())

# Output:
# fifo [0, 10, 20, 30, 40]
# empty after True 0
# new bounded 0 True False
# one item 1 False False
# two items 2 False True
# put_nowait on a full queue: Full Full() ()
# timed put on a full queue: Full
# put(block=False) on a full queue: Full
# still 2 a b
# get_nowait on an empty queue: Empty Empty() ()
# timed get on an empty queue: Empty
# get(block=False) on an empty queue: Empty
# Empty/Full are Exceptions True True
# equal True same object False
# frozen True True
# append to a frozen list: TypeError
# append to a nested frozen list: TypeError
# the original stays mutable 4 3
# frozen item is passed as is True
# closed before False
# closed after True
# put after close: QueueClosed: queue is closed
# put_nowait after close: QueueClosed
# drain 1 2
# blocking get on a drained closed queue: QueueClosed
# get_nowait on a drained closed queue: QueueClosed
# close twice is fine True
