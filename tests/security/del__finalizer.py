# sandpy-only: sandboxes, frozen objects and the cycle collector
# Route: a finalizer runs wherever the object happens to die: in CPython,
# on whatever thread drops the last reference or runs the collector. A
# frozen object is shared, and the shared heap's collector frees it while
# every sandbox is stopped; a __del__ run there would execute one
# sandbox's code on another's thread (or on none), outside every limit.
# sandpy runs a local object's __del__ on its own sandbox's thread, from
# that sandbox's dispatch loop and under its limits; a frozen object has
# no finalizer, whichever sandbox or collector frees it, and objects in an
# unreachable cycle are freed by the cycle collector without one.
import sandbox

ran = []


class Finalized:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        print("__del__ ran for", self.tag)
        try:
            ran.append(self.tag)
        except TypeError:
            # In a child sandbox `ran` is a frozen copy.
            print("(ran is frozen here)")


def child(obj):
    local = Finalized("child's local")
    del local
    del obj
    sandbox.collect()
    return "child done"


x = Finalized("local")
del x
original = Finalized("original of the frozen copy")
f = sandbox.freeze(original)
print(sandbox.spawn(child, f).join())
del f
sandbox.collect()
cycle = Finalized("cycle")
cycle.me = cycle
del cycle
sandbox.collect()
print("finalizers run:", ran)
del original
print("finalizers run:", ran)

# Output:
# __del__ ran for local
# __del__ ran for child's local
# (ran is frozen here)
# child done
# finalizers run: ['local']
# __del__ ran for original of the frozen copy
# finalizers run: ['local', 'original of the frozen copy']
