# sandpy-only: CPython's gc has get_objects and get_referrers
# Route: gc.get_objects() lists every tracked object of the interpreter
# (the host's included), gc.get_referrers(x) finds who holds x (a frozen
# object's holders in other sandboxes, the module dict behind a function),
# and gc.get_referents walks outward from anything. sandpy's gc module
# drives the sandbox's own local collector and has none of the three (nor
# is_finalized); no other way enumerates the heap: sandbox.heap_stats()
# gives numbers only, and sandbox.collect() and gc.collect() return counts.
import sandbox
from _escape import attempt


def probe():
    import gc
    print("gc offers:", sorted(n for n in dir(gc) if not n.startswith("_")))
    attempt("gc.get_objects", lambda: gc.get_objects)
    attempt("gc.get_referrers", lambda: gc.get_referrers)
    attempt("gc.get_referents", lambda: gc.get_referents)
    print("gc.collect returns:", type(gc.collect()).__name__)
    import sys
    attempt("sys.getrefcount", lambda: sys.getrefcount)
    attempt("sys.getobjects", lambda: sys.getobjects)
    stats = sandbox.heap_stats()
    print("heap_stats holds numbers only:",
          all(type(v) in (int, float) for v in stats.values()))
    print("collect returns:", type(sandbox.collect()).__name__)
    return "done"


probe()
print("-- child")
print(sandbox.spawn(probe).join())

# Output:
# gc offers: ['DEBUG_COLLECTABLE', 'DEBUG_LEAK', 'DEBUG_SAVEALL', 'DEBUG_STATS', 'DEBUG_UNCOLLECTABLE', 'callbacks', 'collect', 'disable', 'enable', 'freeze', 'garbage', 'get_count', 'get_debug', 'get_freeze_count', 'get_stats', 'get_threshold', 'is_tracked', 'isenabled', 'set_debug', 'set_threshold', 'unfreeze']
# gc.get_objects: AttributeError: module 'gc' has no attribute 'get_objects'
# gc.get_referrers: AttributeError: module 'gc' has no attribute 'get_referrers'
# gc.get_referents: AttributeError: module 'gc' has no attribute 'get_referents'
# gc.collect returns: int
# sys.getrefcount: AttributeError: module 'sys' has no attribute 'getrefcount'
# sys.getobjects: AttributeError: module 'sys' has no attribute 'getobjects'
# heap_stats holds numbers only: True
# collect returns: int
# -- child
# gc offers: ['DEBUG_COLLECTABLE', 'DEBUG_LEAK', 'DEBUG_SAVEALL', 'DEBUG_STATS', 'DEBUG_UNCOLLECTABLE', 'callbacks', 'collect', 'disable', 'enable', 'freeze', 'garbage', 'get_count', 'get_debug', 'get_freeze_count', 'get_stats', 'get_threshold', 'is_tracked', 'isenabled', 'set_debug', 'set_threshold', 'unfreeze']
# gc.get_objects: AttributeError: module 'gc' has no attribute 'get_objects'
# gc.get_referrers: AttributeError: module 'gc' has no attribute 'get_referrers'
# gc.get_referents: AttributeError: module 'gc' has no attribute 'get_referents'
# gc.collect returns: int
# sys.getrefcount: AttributeError: module 'sys' has no attribute 'getrefcount'
# sys.getobjects: AttributeError: module 'sys' has no attribute 'getobjects'
# heap_stats holds numbers only: True
# collect returns: int
# done
