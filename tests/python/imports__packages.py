# Packages: __init__.py, submodules, relative imports (levels 1-3), `from
# package import submodule`, __import__ with globals and fromlist, circular
# imports inside a package, __all__ with import *, failed submodules left
# out of sys.modules, and the errors of each.
import _pkg_demo
print(_pkg_demo.VALUE, _pkg_demo.twice(3), _pkg_demo.helper.__name__)
import _pkg_demo.sub.leaf
print(_pkg_demo.sub.leaf.f(), _pkg_demo.sub.VALUE, _pkg_demo.sub.t2(4))
import _pkg_demo.sub.leaf as L
print(L.f())
from _pkg_demo.sub import leaf
print(leaf is L)
from _pkg_demo import sub
print(sub.__name__, sub.__package__)
try:
    import _pkg_demo.sub.deep
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _pkg_demo import missing
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import _pkg_demo.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg_demo.helper.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
m = __import__("_pkg_demo.sub", globals(), None, ["leaf"])
print(m.__name__)
print(__import__("_pkg_demo.sub").__name__)
import sys
print("_pkg_demo.sub.leaf" in sys.modules, __name__)
from _pkg_demo.sub import cycle_a
print(cycle_a.A, sys.modules["_pkg_demo.sub.cycle_b"].PARTIAL)
try:
    from _pkg_demo.sub import broken
except ImportError as e:
    print(type(e).__name__, e.name)
print("_pkg_demo.sub.broken" in sys.modules)
from _pkg_demo.star import *
print(shown, _also, "hidden" in dir())
print(_pkg_demo.__file__.endswith("_pkg_demo/__init__.py"), _pkg_demo.helper.__file__.endswith("helper.py"))
print(_pkg_demo.sub.leaf.__package__, _pkg_demo.__package__)
print(__import__("_pkg_demo.sub.leaf", fromlist=["f"]).__name__, __import__("_pkg_demo.sub.leaf").__name__)
def relative_without_package():
    return __import__("helper", {"__name__": "x"}, None, [], 1)
try:
    relative_without_package()
except ImportError as e:
    print(type(e).__name__, e)
print(__import__("helper", {"__package__": "_pkg_demo"}, None, ["twice"], 1).twice(21))

print(__file__.startswith("/"), __file__.endswith("/imports__packages.py"))
# Output:
# init pkg _pkg_demo _pkg_demo ['_pkg_demo']
# init helper _pkg_demo.helper _pkg_demo
# 42 6 _pkg_demo.helper
# 10 42 8
# 10
# True
# _pkg_demo.sub _pkg_demo.sub
# ImportError attempted relative import beyond top-level package
# ImportError _pkg_demo
# ModuleNotFoundError No module named '_pkg_demo.nothing' _pkg_demo.nothing
# ModuleNotFoundError No module named '_pkg_demo.helper.x'; '_pkg_demo.helper' is not a package
# ImportError attempted relative import with no known parent package
# _pkg_demo.sub
# _pkg_demo
# True __main__
# a sees b=b False
# ModuleNotFoundError _pkg_demo.sub.no_such_thing
# False
# 1 2 False
# True True
# _pkg_demo.sub _pkg_demo
# _pkg_demo.sub.leaf _pkg_demo
# ImportError attempted relative import with no known parent package
# 42
# True True
