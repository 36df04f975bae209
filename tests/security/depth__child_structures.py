# sandpy-only: child sandboxes, freezing and queues exist only in sandpy
# Route: a deep structure handed across a sandbox boundary (spawn
# argument, queue item, result) or built inside a child: freezing, thawing,
# the shared-heap collector, repr, comparison, hashing and dropping it all
# walk it. Each walk is iterative or guarded: RecursionError where CPython
# raises one, success elsewhere, and the host keeps running. A raised
# recursion limit (sys.setrecursionlimit) still stops at the stack floor.
import sandbox

DEEP = 5000


def nest(n):
    x = []
    for i in range(n):
        x = [(x, {"i": i})]
    return x


def probe(v):
    out = []
    for name, f in (("repr", repr), ("eq", lambda v: v == sandbox.thaw(v)),
                    ("thaw", lambda v: type(sandbox.thaw(v)).__name__),
                    ("freeze", lambda v: sandbox.freeze(v) is v)):
        try:
            out.append("%s %s" % (name, str(f(v))[:30]))
        except RecursionError as e:
            out.append("%s RecursionError: %s" % (name, e))
    return out


x = nest(DEEP)
for line in sandbox.spawn(probe, x).join():
    print("spawn arg:", line)

q = sandbox.Queue()
q.put(x)
for line in sandbox.spawn(lambda q: probe(q.get()), q).join():
    print("queue item:", line)


def build():
    return nest(DEEP)


r = sandbox.spawn(build).join()
print("result frozen:", sandbox.is_frozen(r), type(r).__name__)
del r, x
sandbox.collect()
print("collected")


def raised_limit():
    import sys
    sys.setrecursionlimit(100000)
    y = []
    z = []
    for _ in range(110000):
        y = [y]
        z = [z]
    out = []
    for name, f in (("repr", repr), ("eq", lambda v: v == z)):
        try:
            out.append("%s %s" % (name, f(y)))
        except RecursionError as e:
            out.append("%s RecursionError: %s" % (name, e))
    del y, z
    return out


for line in sandbox.spawn(raised_limit).join():
    print("raised limit:", line)


def drops():
    t = ()
    for _ in range(50000):
        t = (t, [t])
    del t
    return "dropped"


print(sandbox.spawn(drops).join())

# Output:
# spawn arg: repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# spawn arg: eq RecursionError: maximum recursion depth exceeded in comparison
# spawn arg: thaw list
# spawn arg: freeze True
# queue item: repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# queue item: eq RecursionError: maximum recursion depth exceeded in comparison
# queue item: thaw list
# queue item: freeze True
# result frozen: True list
# collected
# raised limit: repr RecursionError: maximum recursion depth exceeded while getting the repr of an object
# raised limit: eq RecursionError: maximum recursion depth exceeded in comparison
# dropped
