# sandpy-only: sys.modules is each sandbox's own in sandpy
# Route: sys.modules is the importer's cache: writing it (sys.modules['os']
# = fake, del sys.modules[...]) poisons every later import in the
# interpreter, and reading it hands out every loaded module, the host's
# __main__ included. In sandpy sys.modules is a view of this sandbox's own
# module table: a program may enter, delete and pop entries (as in
# CPython), which changes its own later imports only; a child's never
# contains its parent's __main__; rebinding sys.modules or sys.stdout
# changes this sandbox only; the entries the runtime keeps for itself (a
# proxy owner's served object) cannot be replaced or removed.
import sys
import sandbox
from _escape import attempt


def item_set():
    sys.modules["os"] = "fake"


def item_del():
    del sys.modules["math"]


def poison():
    import sys
    attempt("sys.modules['os'] = ...", item_set)
    attempt("del sys.modules['math']", item_del)
    attempt("sys.modules.clear()", lambda: sys.modules.clear())
    attempt("sys.modules.update()", lambda: sys.modules.update({}))
    attempt("sys.modules.update(internal)", lambda: sys.modules.update({" served": sys}))
    attempt("sys.modules.setdefault(internal)", lambda: sys.modules.setdefault(" x", sys))
    attempt("sys.modules.pop()", lambda: sys.modules.pop("sys"))
    return "done"


def child_view():
    import sys
    import math
    names = sorted(sys.modules)
    sys.modules = {}
    sys.stdout = None
    import math
    return names


class Owner:
    def poke(self):
        import sys
        out = []
        for op in (lambda: sys.modules.__delitem__(" served object"),
                   lambda: sys.modules.pop(" served object"),
                   lambda: sys.modules.__setitem__(" served object", sys)):
            try:
                op()
                out.append("done")
            except Exception as e:
                out.append(type(e).__name__)
        return out

    def alive(self):
        return "alive"


def after_poison():
    poison()
    import os
    return type(os).__name__


import math
poison()
print("-- child")
print(sandbox.spawn(poison).join())
print("child's modules:", sandbox.spawn(child_view).join())
print("parent's modules:", sorted(sys.modules))
print("parent's stdout still works:", type(sys.stdout).__name__, math.floor(2.5))
print("a child's own import of os after poisoning:", sandbox.spawn(after_poison).join())
p = sandbox.serve(Owner)
print("owner's own entries:", p.poke(), p.alive())

# Output:
# sys.modules['os'] = ...: None
# del sys.modules['math']: None
# sys.modules.clear(): AttributeError: 'modules_view' object has no attribute 'clear'
# sys.modules.update(): None
# sys.modules.update(internal): TypeError: sys.modules[" served"] is kept by sandpy itself
# sys.modules.setdefault(internal): TypeError: sys.modules[" x"] is kept by sandpy itself
# sys.modules.pop(): <module 'sys'>
# -- child
# sys.modules['os'] = ...: None
# del sys.modules['math']: KeyError: 'math'
# sys.modules.clear(): AttributeError: 'modules_view' object has no attribute 'clear'
# sys.modules.update(): None
# sys.modules.update(internal): TypeError: sys.modules[" served"] is kept by sandpy itself
# sys.modules.setdefault(internal): TypeError: sys.modules[" x"] is kept by sandpy itself
# sys.modules.pop(): <module 'sys'>
# done
# child's modules: ['math', 'sys']
# parent's modules: ['__main__', '_escape', 'os', 'sandbox']
# parent's stdout still works: TextIOWrapper 2
# sys.modules['os'] = ...: None
# del sys.modules['math']: KeyError: 'math'
# sys.modules.clear(): AttributeError: 'modules_view' object has no attribute 'clear'
# sys.modules.update(): None
# sys.modules.update(internal): TypeError: sys.modules[" served"] is kept by sandpy itself
# sys.modules.setdefault(internal): TypeError: sys.modules[" x"] is kept by sandpy itself
# sys.modules.pop(): <module 'sys'>
# a child's own import of os after poisoning: str
# owner's own entries: ['KeyError', 'KeyError', 'TypeError'] alive
