# sandpy-only: child sandboxes
# Route: end or take over the host from a guest: sys.exit / exit() /
# raise SystemExit or KeyboardInterrupt in a child, os._exit, or a crash
# in a child. In sandpy each of these ends the child only: the parent's
# join raises SandboxError (with the reason as text) and the parent, and
# every other sandbox, runs on.
import sys
import sandbox
from _escape import attempt


def sys_exit():
    import sys
    sys.exit(3)


def builtin_exit():
    exit("bye")


def raise_exit():
    raise SystemExit(4)


def interrupt():
    raise KeyboardInterrupt


def os_exit():
    import os
    os._exit(0)


def swallow():
    # Inside the child SystemExit is an ordinary exception.
    try:
        sys_exit()
    except SystemExit as e:
        return "child caught its own SystemExit " + str(e.code)


for job in [sys_exit, builtin_exit, raise_exit, interrupt, os_exit, swallow]:
    attempt(job.__name__, lambda: sandbox.spawn(job).join())
print("parent still running")

# Output:
# sys_exit: SandboxError: sandbox raised SystemExit: 3
# builtin_exit: SandboxError: sandbox raised SystemExit: bye
# raise_exit: SandboxError: sandbox raised SystemExit: 4
# interrupt: SandboxError: sandbox raised KeyboardInterrupt
# os_exit: SandboxError: sandbox raised AttributeError: module 'os' has no attribute '_exit'
# swallow: 'child caught its own SystemExit 3'
# parent still running
