# `os.path` is a module of its own: every way of naming it finds it, and
# `from os.path import ...` takes its functions.
from os.path import join, exists, dirname, basename, splitext, isfile, isdir, abspath, normpath, split, isabs
import os.path as p
from os import path
import os.path
import os
import sys

print(join("a", "b", "c.txt"), join("/x", "/y"), join("a/", "b"))
print(dirname("/a/b/c.py"), basename("/a/b/c.py"), splitext("archive.tar.gz"))
print(normpath("a/./b/../c//d/"), split("/a/b"), isabs("/a"), isabs("a"))
print(abspath("/a/../b"))
print(exists("/no/such/place"), isfile("/no/such/place"), isdir("/no/such/place"))
print(p is path, path is os.path, p.__name__, os.path.__name__)
print(p.join("x", "y"), path.basename("q/r"), os.path.sep)
print("os.path" in sys.modules, sys.modules["os.path"] is os.path)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["join"]).__name__)
print(__import__("os", fromlist=["path"]).__name__)
m = __import__("os.path", None, None, ["join"], 0)
print(m.join("u", "v"))
from os.path import join as j2, basename as b2
print(j2("m", "n"), b2("/k/l"))
try:
    from os.path import no_such_function
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import os.path.join
except ImportError as e:
    print(type(e).__name__, e)
try:
    from os.nothing import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.floor
except ImportError as e:
    print(type(e).__name__, e, e.name)

# Output:
# a/b/c.txt /y a/b
# /a/b c.py ('archive.tar', '.gz')
# a/c/d ('/a', 'b') True False
# /b
# False False False
# True True posixpath posixpath
# x/y r /
# True True
# os posixpath
# os
# u/v
# m/n l
# ImportError cannot import name 'no_such_function' from 'posixpath'
# ModuleNotFoundError No module named 'os.path.join'; 'os.path' is not a package
# ModuleNotFoundError No module named 'os.nothing'; 'os' is not a package
# ModuleNotFoundError No module named 'math.floor'; 'math' is not a package math.floor
