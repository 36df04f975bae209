# sandpy-only: sys.modules is a read-only view in sandpy
# Route: sys.modules is the importer's cache: writing it (sys.modules['os']
# = fake, del sys.modules[...]) poisons every later import in the
# interpreter, and reading it hands out every loaded module, the host's
# __main__ included. In sandpy sys.modules is a read-only view of this
# sandbox's own modules: a child's never contains its parent's __main__,
# and rebinding sys.modules or sys.stdout changes this sandbox only.
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


import math
poison()
print("-- child")
print(sandbox.spawn(poison).join())
print("child's modules:", sandbox.spawn(child_view).join())
print("parent's modules:", sorted(sys.modules))
print("parent's stdout still works:", type(sys.stdout).__name__, math.floor(2.5))

# Output:
# sys.modules['os'] = ...: TypeError: 'modules_view' object does not support item assignment
# del sys.modules['math']: TypeError: 'modules_view' object does not support item deletion
# sys.modules.clear(): AttributeError: 'modules_view' object has no attribute 'clear'
# sys.modules.update(): AttributeError: 'modules_view' object has no attribute 'update'
# sys.modules.pop(): AttributeError: 'modules_view' object has no attribute 'pop'
# -- child
# sys.modules['os'] = ...: TypeError: 'modules_view' object does not support item assignment
# del sys.modules['math']: TypeError: 'modules_view' object does not support item deletion
# sys.modules.clear(): AttributeError: 'modules_view' object has no attribute 'clear'
# sys.modules.update(): AttributeError: 'modules_view' object has no attribute 'update'
# sys.modules.pop(): AttributeError: 'modules_view' object has no attribute 'pop'
# done
# child's modules: ['math', 'sys']
# parent's modules: ['__main__', '_escape', 'math', 'sandbox', 'sys']
# parent's stdout still works: TextIOWrapper 2
