# sandpy-only: stdin grants exist only in sandpy
# sys.stdin reads the host's standard input only where it is granted: a
# child sandbox without the grant gets a PermissionError naming it.
import sandbox
import sys


def child():
    import sys
    out = [sys.stdin.readable()]
    for f in (sys.stdin.read, sys.stdin.readline, sys.stdin.readlines):
        try:
            f()
        except PermissionError as e:
            out.append(str(e).split(" (")[0])
    return out


print(sys.stdin.readable(), repr(sys.stdin))
print(sandbox.spawn(child, _config=sandbox.Config(stdin=False)).join())
# Output:
# True <_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>
# [False, "sys.stdin reads the host's standard input, which this sandbox was not granted", "sys.stdin reads the host's standard input, which this sandbox was not granted", "sys.stdin reads the host's standard input, which this sandbox was not granted"]
