# sandpy-only: CPython reads /etc/passwd with open()
# Route: read a host file by any route: open(), io/os/pathlib, an import
# with the file's directory put on sys.path, the source lines a traceback
# quotes (a code object or __file__ pointed at the file), the linecache.
# sandpy has no file builtins or modules, imports only .py files beside the
# main script (sys.path is not consulted), and quotes source lines only
# from the file the code was compiled from, never from __file__.
import sys
import sandbox
from _escape import attempt


def routes():
    attempt("open('/etc/passwd')", lambda: open("/etc/passwd").read())
    try:
        import io
    except ImportError as e:
        print("import io:", type(e).__name__, e)
    try:
        import linecache
    except ImportError as e:
        print("import linecache:", type(e).__name__, e)
    import sys
    sys.path[:] = ["/etc", "/"]
    try:
        import passwd
    except ImportError as e:
        print("import passwd with sys.path = ['/etc', '/']:", type(e).__name__, e)
    attempt("sys.stdin", lambda: sys.stdin)
    return "done"


routes()
print("-- child")
print(sandbox.spawn(routes).join())


def fail():
    raise RuntimeError("the traceback quotes this file, not __file__")


__file__ = "/etc/passwd"
fail()

# Output:
# open('/etc/passwd'): NameError: name 'open' is not defined
# import io: ModuleNotFoundError No module named 'io'
# import linecache: ModuleNotFoundError No module named 'linecache'
# import passwd with sys.path = ['/etc', '/']: ModuleNotFoundError No module named 'passwd'
# sys.stdin: AttributeError: module 'sys' has no attribute 'stdin'
# -- child
# open('/etc/passwd'): NameError: name 'open' is not defined
# import io: ModuleNotFoundError No module named 'io'
# import linecache: ModuleNotFoundError No module named 'linecache'
# import passwd with sys.path = ['/etc', '/']: ModuleNotFoundError No module named 'passwd'
# sys.stdin: AttributeError: module 'sys' has no attribute 'stdin'
# done
# Traceback:
# Traceback (most recent call last):
#   File "files__etc_passwd.py", line 43, in <module>
#     fail()
#   File "files__etc_passwd.py", line 39, in fail
#     raise RuntimeError("the traceback quotes this file, not __file__")
# RuntimeError: the traceback quotes this file, not __file__
