# importlib.import_module (absolute, relative with package, errors) and
# importlib.reload of a source module.
import importlib
import sys

m = importlib.import_module("_pkg_demo.sub.leaf")
print(m.__name__, m.f())
print(importlib.import_module("math").sqrt(16))
print(importlib.import_module(".helper", "_pkg_demo").twice(4))
print(importlib.import_module("..helper", package="_pkg_demo.sub").__name__)
print(importlib.import_module(".sub", "_pkg_demo") is sys.modules["_pkg_demo.sub"])
for bad in [(".x",), ("..x", "_pkg_demo"), ("nope_never",), ("_pkg_demo.nope",), (5,), ("",)]:
    try:
        importlib.import_module(*bad)
    except (ImportError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
import _helper_counter
_helper_counter.COUNT = 99
r = importlib.reload(_helper_counter)
print(r is _helper_counter, _helper_counter.COUNT)
print(importlib.invalidate_caches())
try:
    importlib.reload(5)
except TypeError as e:
    print(type(e).__name__, e)

# Output:
# init pkg _pkg_demo _pkg_demo ['_pkg_demo']
# init helper _pkg_demo.helper _pkg_demo
# _pkg_demo.sub.leaf 10
# 4.0
# 8
# _pkg_demo.helper
# True
# TypeError the 'package' argument is required to perform a relative import for '.x'
# ImportError attempted relative import beyond top-level package
# ModuleNotFoundError No module named 'nope_never'
# ModuleNotFoundError No module named '_pkg_demo.nope'
# AttributeError 'int' object has no attribute 'startswith'
# ValueError Empty module name
# executing _helper_counter body
# executing _helper_counter body
# True 99
# None
# TypeError reload() argument must be a module
