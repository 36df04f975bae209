# sandpy-only: CPython reads /etc/passwd with open()
# Route: read a host file by any route: open(), io/os/pathlib, an import
# with the file's directory put on sys.path, the source lines a traceback
# quotes (a code object or __file__ pointed at the file), the linecache.
# open() reaches only the file controller, where nothing outside the
# granted mounts exists (FileNotFoundError, nothing revealed); io.open is
# that same open, and io has no FileIO; there is no linecache module; imports find only .py files beside the main script (sys.path is not consulted), and quotes source lines only
# from the file the code was compiled from, never from __file__.
import sys
import sandbox
from _escape import attempt


def routes():
    attempt("open('/etc/passwd')", lambda: open("/etc/passwd").read())
    import io
    attempt("io.open('/etc/passwd')", lambda: io.open("/etc/passwd").read())
    print("io.open is open:", io.open is open, "FileIO:", hasattr(io, "FileIO"))
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
    # sys.stdin is the process's standard input, readable only under the
    # stdin grant (which `sandpy run` gives, and a child inherits unless
    # its Config says stdin=False: tests/python/sandbox__sys_stdin_grant.py).
    attempt("sys.stdin", lambda: (sys.stdin.name, sys.stdin.readable()))
    return "done"


routes()
print("-- child")
print(sandbox.spawn(routes).join())


def fail():
    raise RuntimeError("the traceback quotes this file, not __file__")


__file__ = "/etc/passwd"
fail()

# Output:
# open('/etc/passwd'): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# io.open('/etc/passwd'): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# io.open is open: True FileIO: False
# import linecache: ModuleNotFoundError No module named 'linecache' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import passwd with sys.path = ['/etc', '/']: ModuleNotFoundError No module named 'passwd'
# sys.stdin: ('<stdin>', True)
# -- child
# open('/etc/passwd'): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# io.open('/etc/passwd'): FileNotFoundError: [Errno 2] No such file or directory: '/etc/passwd'
# io.open is open: True FileIO: False
# import linecache: ModuleNotFoundError No module named 'linecache' (a module of CPython's standard library that sandpy does not have; docs/compatibility.md, "Standard library", lists the modules it has)
# import passwd with sys.path = ['/etc', '/']: ModuleNotFoundError No module named 'passwd'
# sys.stdin: ('<stdin>', True)
# done
# Traceback:
# Traceback (most recent call last):
#   File "files__etc_passwd.py", line 46, in <module>
#     fail()
#   File "files__etc_passwd.py", line 42, in fail
#     raise RuntimeError("the traceback quotes this file, not __file__")
# RuntimeError: the traceback quotes this file, not __file__
