# sandpy-only: CPython imports from any directory a package's __path__ names
# Route: point a package's __path__ outside the importer's grants (a host
# directory that holds .py files, the root, a relative climb, a non-str
# entry) and import a submodule from there; or import the package from a
# child whose read grants leave out the script's directory. A submodule
# is read through the file controller under the importer's grants, the
# same as a top-level module: a directory the sandbox could not import
# from is not reachable by naming it in __path__.
import os
import sys
import sandbox
import _pkg_probe

here = os.path.dirname(os.path.abspath(__file__))
python_tests = os.path.join(os.path.dirname(here), "python")


def attempt(path, name):
    _pkg_probe.__path__[:] = path
    try:
        __import__("_pkg_probe." + name)
        return "imported"
    except ImportError as e:
        return type(e).__name__
    except TypeError as e:
        return "TypeError"


print(attempt([python_tests], "_helper_counter"))
print(attempt(["/usr/lib/python3.11"], "os"))
print(attempt(["/"], "etc"))
print(attempt([here + "/../python"], "_helper_counter"))
print(attempt([here + "/.."], "python"))
print(attempt([b"/usr/lib/python3.11", 7, None], "os"))
# The package's own directory still works.
_pkg_probe.__path__[:] = [here + "/_pkg_probe"]
print(attempt([here], "_pkg_probe"))
# A sandbox's own files in /tmp are its own code: importing them is allowed.
os.makedirs("/tmp/mine", exist_ok=True)
with open("/tmp/mine/own.py", "w") as f:
    f.write("OWN = 1\n")
print(attempt(["/tmp/mine"], "own"))


def child():
    try:
        import _pkg_probe
        return "imported"
    except ImportError as e:
        return type(e).__name__


print(sandbox.spawn(child, _config=sandbox.Config(read=[])).join())
print(sandbox.spawn(child).join())
# Output:
# ModuleNotFoundError
# ModuleNotFoundError
# ModuleNotFoundError
# ModuleNotFoundError
# ModuleNotFoundError
# ModuleNotFoundError
# imported
# imported
# ModuleNotFoundError
# imported
