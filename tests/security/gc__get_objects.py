# sandpy-only: CPython has the gc module
# Route: gc.get_objects() lists every tracked object of the interpreter
# (the host's included), gc.get_referrers(x) finds who holds x (a frozen
# object's holders in other sandboxes, the module dict behind a function),
# and gc.get_referents walks outward from anything. sandpy has no gc
# module and no other way to enumerate the heap: sandbox.heap_stats()
# gives numbers only, and sandbox.collect() returns a count.
import sandbox
from _escape import attempt


def probe():
    try:
        import gc
        print("gc imported")
    except ImportError as e:
        print("import gc:", type(e).__name__, e)
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
# import gc: ModuleNotFoundError No module named 'gc' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# sys.getrefcount: AttributeError: module 'sys' has no attribute 'getrefcount'
# sys.getobjects: AttributeError: module 'sys' has no attribute 'getobjects'
# heap_stats holds numbers only: True
# collect returns: int
# -- child
# import gc: ModuleNotFoundError No module named 'gc' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# sys.getrefcount: AttributeError: module 'sys' has no attribute 'getrefcount'
# sys.getobjects: AttributeError: module 'sys' has no attribute 'getobjects'
# heap_stats holds numbers only: True
# collect returns: int
# done
