# sandpy-only
# cancel(): a child spinning in an infinite loop and a child blocked on a
# queue both stop, and joining them raises SandboxError with kind 'cancelled'.
# A cancelled child cannot catch its cancellation.
import sandbox
import time


def spin():
    n = 0
    while True:
        n += 1


def spin_in_try():
    # Neither except nor finally may keep a cancelled sandbox alive.
    while True:
        try:
            while True:
                pass
        except BaseException:
            pass
        finally:
            pass


def blocked(q):
    return q.get()


def report(h, label):
    try:
        h.join(timeout=10)
    except sandbox.SandboxError as e:
        print(label, "SandboxError kind=%s" % e.kind, "done=%s" % h.done())
        return e
    except TimeoutError:
        print(label, "did not stop")
    else:
        print(label, "returned")


h = sandbox.spawn(spin)
time.sleep(0.05)
h.cancel()
e = report(h, "infinite loop:")
print("message:", e)
print("exception_type:", repr(e.exception_type), "traceback:", repr(e.traceback))

h = sandbox.spawn(spin_in_try)
time.sleep(0.05)
h.cancel()
report(h, "loop inside try/except/finally:")

q = sandbox.Queue()
h = sandbox.spawn(blocked, q)
time.sleep(0.05)
h.cancel()
report(h, "blocked on q.get():")

full = sandbox.Queue(1)
full.put("x")
h = sandbox.spawn(lambda q: q.put("y"), full)
time.sleep(0.05)
h.cancel()
report(h, "blocked on q.put():")
print("the queue still holds", full.qsize(), full.get())


def join_forever(q):
    inner = sandbox.spawn(blocked, q)
    return inner.join()


# (Its own child, blocked on a queue nobody feeds, is cancelled with it.)
never = sandbox.Queue()
h = sandbox.spawn(join_forever, never)
time.sleep(0.05)
h.cancel()
report(h, "blocked on join():")

# Cancelling a sandbox cancels every sandbox it started, and theirs: a
# guest cannot outlast its end through its children.
def spin_and_report(q):
    q.put([sandbox.spawn(spin)])
    spin()


def parent_of_spinners(q):
    kids = [sandbox.spawn(spin), sandbox.spawn(spin_in_try)]
    sandbox.spawn(spin_and_report, q)
    q.put(kids)
    spin()


q2 = sandbox.Queue()
h = sandbox.spawn(parent_of_spinners, q2)
kids = q2.get(timeout=10) + q2.get(timeout=10)
h.cancel()
report(h, "parent:")
for i, k in enumerate(kids):
    report(k, "descendant %d:" % i)

# A child started by a parent that ends normally runs on.
def start_and_return(q):
    return sandbox.spawn(blocked, q)


q3 = sandbox.Queue()
orphan = sandbox.spawn(start_and_return, q3).join()
q3.put("still running")
print("orphan:", orphan.join(timeout=10))

# Cancelling at once, before the child had time to start, also works.
h = sandbox.spawn(spin)
h.cancel()
report(h, "cancelled at once:")

# Cancelling a child that already finished changes nothing.
h = sandbox.spawn(lambda: "finished")
print(h.join())
h.cancel()
print("after cancel", h.join())

# The queue still works for others after a getter was cancelled.
q.put("for the next one")
print(sandbox.spawn(blocked, q).join())

# Output:
# infinite loop: SandboxError kind=cancelled done=True
# message: sandbox was cancelled
# exception_type: '' traceback: ''
# loop inside try/except/finally: SandboxError kind=cancelled done=True
# blocked on q.get(): SandboxError kind=cancelled done=True
# blocked on q.put(): SandboxError kind=cancelled done=True
# the queue still holds 1 x
# blocked on join(): SandboxError kind=cancelled done=True
# parent: SandboxError kind=cancelled done=True
# descendant 0: SandboxError kind=cancelled done=True
# descendant 1: SandboxError kind=cancelled done=True
# descendant 2: SandboxError kind=cancelled done=True
# orphan: still running
# cancelled at once: SandboxError kind=cancelled done=True
# finished
# after cancel finished
# for the next one
