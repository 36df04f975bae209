# sandpy-only: CPython runs __del__ when an object is freed
# Route: a finalizer runs wherever the object happens to die: in CPython,
# on whatever thread drops the last reference or runs the collector. A
# frozen object is shared, and the shared heap's collector frees it while
# every sandbox is stopped; a __del__ run there would execute one
# sandbox's code on another's thread (or on none), outside every limit.
# sandpy runs no __del__: not for local objects, not for frozen ones,
# whichever sandbox or collector frees them.
import sandbox

ran = []


class Finalized:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        ran.append(self.tag)
        print("__del__ ran for", self.tag)


def child(obj):
    local = Finalized("child's local")
    del local
    del obj
    sandbox.collect()
    return "child done"


x = Finalized("local")
del x
f = sandbox.freeze(Finalized("frozen"))
print(sandbox.spawn(child, f).join())
del f
sandbox.collect()
cycle = Finalized("cycle")
cycle.me = cycle
del cycle
sandbox.collect()
print("finalizers run:", ran)

# Output:
# child done
# finalizers run: []
