# sandpy-only: CPython reads /dev/zero forever
# sandpy-args: --allow-read /dev --tmp-size 0
# Route: a device file in a granted directory (/dev/zero: an endless read;
# /dev/null: a sink that counts nothing; /dev/tty). The file controller
# serves regular files and directories only: every other kind is refused,
# before it is opened and again after (fstat of the opened file).
import os


def attempt(label, f):
    try:
        r = f()
        print(label + ":", "OK", repr(r)[:60])
    except (OSError, ValueError) as e:
        print(label + ":", type(e).__name__ + ":", e)


attempt("read /dev/zero", lambda: open("/dev/zero", "rb").read(10))
attempt("read /dev/null", lambda: open("/dev/null").read())
attempt("write /dev/null", lambda: open("/dev/null", "w"))
attempt("/dev/zero is a file", lambda: os.path.isfile("/dev/zero"))
attempt("/dev/zero exists", lambda: os.path.exists("/dev/zero"))
attempt("no /tmp", lambda: open("/tmp/x", "w"))
attempt("root", lambda: os.listdir("/"))

# Output:
# read /dev/zero: PermissionError: [Errno 13] Permission denied: '/dev/zero'
# read /dev/null: PermissionError: [Errno 13] Permission denied: '/dev/null'
# write /dev/null: PermissionError: [Errno 13] Permission denied: '/dev/null'
# /dev/zero is a file: OK False
# /dev/zero exists: OK False
# no /tmp: PermissionError: [Errno 13] Permission denied: '/tmp/x'
# root: OK ['dev']
