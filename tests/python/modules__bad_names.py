# Module names are dotted identifiers: anything else is refused before any
# lookup, with CPython's errors (ValueError for an empty name,
# ModuleNotFoundError naming what was asked otherwise).
import sys


def attempt(label, f):
    try:
        r = f()
        print(label, "OK", r.__name__)
    except (ImportError, ValueError, TypeError) as e:
        print(label, type(e).__name__, str(e)[:70], repr(getattr(e, "name", "-"))[:20])


names = [
    "",
    "/etc/passwd",
    "/etc",
    "etc/passwd",
    "passwd",
    "hostname",
    "a\x00b",
    "\x00",
    "1abc",
    "a b",
    "a-b",
    "a/b",
    "C:\\x",
    "~",
    "$HOME",
    "x" * 300,
    "no_such_module_anywhere",
    "math.floor",
    "math.x.y",
    "sys.path",
    "sys.modules",
    "os.nope",
    "os.path.x",
    "_helper_geometry.area",
]
for n in names:
    attempt(repr(n)[:40], lambda: __import__(n))
attempt("int", lambda: __import__(1))
attempt("bytes", lambda: __import__(b"os"))
attempt("None", lambda: __import__(None))
attempt("level -1", lambda: __import__("os", None, None, (), -1))
attempt("level str", lambda: __import__("os", level="1"))
attempt("helper", lambda: __import__("_helper_geometry"))
attempt("name=", lambda: __import__(name="math"))
attempt("fromlist", lambda: __import__("math", fromlist=["floor"]))
attempt("math twice", lambda: __import__("math"))
print(__import__("math") is sys.modules["math"])


def relative_one():
    from . import x


def relative_two():
    from .. import x


def relative_named():
    from .sibling import y


def relative_star_free():
    from ... import z


for f in (relative_one, relative_two, relative_named, relative_star_free):
    attempt(f.__name__, f)

try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print("statement:", e, e.name, e.path)
try:
    import no_such_module.sub
except ModuleNotFoundError as e:
    print("statement dotted:", e, e.name)
try:
    from no_such_module import thing
except ModuleNotFoundError as e:
    print("from:", e, e.name)
print(issubclass(ModuleNotFoundError, ImportError))

# Output:
# '' ValueError Empty module name '-'
# '/etc/passwd' ModuleNotFoundError No module named '/etc/passwd' '/etc/passwd'
# '/etc' ModuleNotFoundError No module named '/etc' '/etc'
# 'etc/passwd' ModuleNotFoundError No module named 'etc/passwd' 'etc/passwd'
# 'passwd' ModuleNotFoundError No module named 'passwd' 'passwd'
# 'hostname' ModuleNotFoundError No module named 'hostname' 'hostname'
# 'a\x00b' ModuleNotFoundError No module named 'a\x00b' 'a\x00b'
# '\x00' ModuleNotFoundError No module named '\x00' '\x00'
# '1abc' ModuleNotFoundError No module named '1abc' '1abc'
# 'a b' ModuleNotFoundError No module named 'a b' 'a b'
# 'a-b' ModuleNotFoundError No module named 'a-b' 'a-b'
# 'a/b' ModuleNotFoundError No module named 'a/b' 'a/b'
# 'C:\\x' ModuleNotFoundError No module named 'C:\\x' 'C:\\x'
# '~' ModuleNotFoundError No module named '~' '~'
# '$HOME' ModuleNotFoundError No module named '$HOME' '$HOME'
# 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ModuleNotFoundError No module named 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx 'xxxxxxxxxxxxxxxxxxx
# 'no_such_module_anywhere' ModuleNotFoundError No module named 'no_such_module_anywhere' 'no_such_module_anyw
# 'math.floor' ModuleNotFoundError No module named 'math.floor'; 'math' is not a package 'math.floor'
# 'math.x.y' ModuleNotFoundError No module named 'math.x'; 'math' is not a package 'math.x'
# 'sys.path' ModuleNotFoundError No module named 'sys.path'; 'sys' is not a package 'sys.path'
# 'sys.modules' ModuleNotFoundError No module named 'sys.modules'; 'sys' is not a package 'sys.modules'
# 'os.nope' ModuleNotFoundError No module named 'os.nope'; 'os' is not a package 'os.nope'
# 'os.path.x' ModuleNotFoundError No module named 'os.path.x'; 'os.path' is not a package 'os.path.x'
# '_helper_geometry.area' ModuleNotFoundError No module named '_helper_geometry.area'; '_helper_geometry' is not a p '_helper_geometry.ar
# int TypeError module name must be a string '-'
# bytes TypeError module name must be a string '-'
# None TypeError module name must be a string '-'
# level -1 ValueError level must be >= 0 '-'
# level str TypeError 'str' object cannot be interpreted as an integer '-'
# helper OK _helper_geometry
# name= OK math
# fromlist OK math
# math twice OK math
# True
# relative_one ImportError attempted relative import with no known parent package None
# relative_two ImportError attempted relative import with no known parent package None
# relative_named ImportError attempted relative import with no known parent package None
# relative_star_free ImportError attempted relative import with no known parent package None
# statement: No module named 'no_such_module_anywhere' no_such_module_anywhere None
# statement dotted: No module named 'no_such_module' no_such_module
# from: No module named 'no_such_module' no_such_module
# True
