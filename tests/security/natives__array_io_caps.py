# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The natives of array.array and the in-memory streams of io under caps:
# results whose size follows from the arguments (repeat, repr, a seek far
# past the end then a write) are refused before they are built, and work
# that grows with the input (building from a huge iterable, counting,
# comparing, wrapping text, matching a pathological glob) stops at the
# time cap. No handler runs; the message names the limit.
import sandbox
import time


def repeat():
    from array import array
    return array('d', [0.0]) * 10**9


def repeat_bytes():
    from array import array
    a = array('b', bytes(10**6))
    a *= 10**5
    return a


def huge_repr():
    from array import array
    return repr(array('d', [1.5]) * (3 * 10**6))


def frombytes():
    from array import array
    a = array('b')
    block = bytes(10**7)
    while True:
        a.frombytes(block)


def stringio_seek():
    import io
    s = io.StringIO()
    s.seek(10**10)
    s.write('x')


def bytesio_seek():
    import io
    b = io.BytesIO()
    b.seek(10**10)
    b.write(b'x')


def stringio_writes():
    import io
    s = io.StringIO()
    while True:
        s.write('y' * 10**6)


def from_range():
    # One byte an item, so the time cap comes first even in a release
    # build (eight bytes an item reach the memory cap within the second).
    from array import array
    from itertools import repeat
    return array('B', repeat(0, 10**10))


def count():
    from array import array
    a = array('b', bytes(10**6)) * 50
    return a.count(1)


def compare():
    from array import array
    a = array('d', bytes(8 * 10**6)) * 20
    b = array('d', bytes(8 * 10**6)) * 20
    while True:
        a == b


def wrap():
    import textwrap
    return textwrap.fill('word ' * 10**6, 10)


def glob():
    import fnmatch
    return fnmatch.fnmatchcase('a' * 10**5, '*' + 'a' * 1000 + 'b*')


def run(f, **caps):
    t0 = time.time()
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        if e.kind == 'exception':
            return 'exception ' + str(e).splitlines()[-1]
        took = time.time() - t0
        text = "%s %s" % (e.kind, str(e).split(" exceeded")[0].split(": ")[-1])
        if 'time' in caps:
            text += " fast=%s" % (took < caps['time'] + 3)
        return text


for f in (repeat, repeat_bytes, huge_repr, frombytes, stringio_seek, bytesio_seek,
          stringio_writes):
    print(f.__name__, run(f, memory="64M"))
for f in (from_range, count, compare, wrap, glob):
    print(f.__name__, run(f, time=1, memory="512M"))

# Output:
# repeat limit memory limit 64M
# repeat_bytes limit memory limit 64M
# huge_repr limit memory limit 64M
# frombytes limit memory limit 64M
# stringio_seek limit memory limit 64M
# bytesio_seek exception sandbox raised MemoryError: result of 10000000000 items is too large (limit 268435456)
# stringio_writes limit memory limit 64M
# from_range limit time limit 1s fast=True
# count limit time limit 1s fast=True
# compare limit time limit 1s fast=True
# wrap limit time limit 1s fast=True
# glob limit time limit 1s fast=True
