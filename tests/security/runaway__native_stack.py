# sandpy-only: caps (sandbox.Config) exist only in sandpy
# Route: hold memory without allocating it: recurse deeply through natives
# (a __repr__ that calls repr, with the recursion limit raised) so that the
# thread's stack, not the heap, grows by a hundred megabytes. Touched stack
# pages stay resident, so they are charged to the sandbox's memory as the
# stack deepens: the memory cap stops it.
import sys
import sandbox


def deep_repr():
    sys.setrecursionlimit(150000)

    class A:
        def __init__(self, x):
            self.x = x

        def __repr__(self):
            return repr(self.x)

    a = 1
    for _ in range(140000):
        a = A(a)
    try:
        repr(a)
    except RecursionError:
        return "RecursionError"
    return "done"


def shallow_repr():
    class A:
        def __init__(self, x):
            self.x = x

        def __repr__(self):
            return repr(self.x)

    a = 1
    for _ in range(500):
        a = A(a)
    return repr(a)


for f in (deep_repr, shallow_repr):
    try:
        r = sandbox.spawn(f, _config=sandbox.Config(memory="32M", time=30)).join()
        print(f.__name__, "returned", r)
    except sandbox.SandboxError as e:
        print(f.__name__, e.kind, "memory limit 32M exceeded" in str(e))
print("usage after:", sandbox.usage()["tree"]["memory"] < 16 * 1024 * 1024)

# Output:
# deep_repr limit True
# shallow_repr returned 1
# usage after: True
