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


# (Its own child stays blocked on a queue nobody feeds: the program ends
# without waiting for it.)
never = sandbox.Queue()
h = sandbox.spawn(join_forever, never)
time.sleep(0.05)
h.cancel()
report(h, "blocked on join():")

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
# cancelled at once: SandboxError kind=cancelled done=True
# finished
# after cancel finished
# for the next one
