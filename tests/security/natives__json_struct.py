# sandpy-only: caps (sandbox.Config) exist only in sandpy
# The natives of json (_json) and struct under caps: a huge document read
# or written stops at the time cap within a quantum of work; a result
# whose size follows from its format (struct) is refused before it is
# allocated; deep nesting is a RecursionError in the sandbox, never a
# crash of the host.
import sandbox
import time


def loads_huge():
    import json
    return len(json.loads('[' + '1.5, "x", {"a": [null]}, ' * 10 ** 6 + '0]'))


def loads_long_string():
    import json
    return len(json.loads('"' + 'ab\\n' * (5 * 10 ** 7) + '"'))


def dumps_huge():
    import json
    row = {'k': [1.25, 'text', None, True] * 10}
    return len(json.dumps([row] * 10 ** 6, indent=2, sort_keys=True))


def dumps_default_loop():
    import json

    class Node:
        pass
    return len(json.dumps([Node()] * 10 ** 5, default=lambda o: [0.5] * 1000))


def struct_huge_pack():
    import struct
    return len(struct.pack('4000000000s', b'x'))


def struct_huge_unpack():
    import struct
    return len(struct.unpack('10000000B', bytes(10 ** 7)))


def struct_huge_iter():
    import struct
    return len(list(struct.iter_unpack('B', bytes(10 ** 7))))


def struct_long_format():
    import struct
    return len(struct.pack('x' * 10 ** 7))


def run(f, **caps):
    cfg = sandbox.Config(modules=['json', 'struct'], **caps)
    t0 = time.time()
    try:
        r = sandbox.spawn(f, _config=cfg).join()
        return 'returned %r' % (r,)
    except sandbox.SandboxError as e:
        took = time.time() - t0
        if caps.get('time', 99) > 1:
            # A memory cap: how soon it stops depends on the build's speed.
            return e.kind
        # Each of these calls runs for seconds in a release build.
        return '%s fast=%s' % (e.kind, took < 2.0)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, str(e)[:60])


for f in (loads_huge, loads_long_string, dumps_huge, dumps_default_loop):
    print(f.__name__, 'time:', run(f, time=0.25, memory='1G'))
for f in (loads_huge, dumps_huge, struct_huge_pack, struct_huge_unpack, struct_huge_iter):
    print(f.__name__, 'memory:', run(f, time=20, memory='24M'))


def deep():
    import json
    out = []
    for text in ['[' * 10 ** 5, '{"a":' * 10 ** 5]:
        try:
            json.loads(text)
        except RecursionError as e:
            out.append(str(e))
    v = []
    for _ in range(10 ** 5):
        v = [v]
    try:
        json.dumps(v)
    except RecursionError as e:
        out.append(str(e))
    return out


print(run(deep, time=20, memory='256M'))

# A format of ten million codes is refused before it is parsed (its parse
# would have held over 200 MB past a 24 MB cap before the count caught it).
try:
    sandbox.spawn(struct_long_format, _config=sandbox.Config(modules=['struct'], memory='24M')).join()
except sandbox.SandboxError as e:
    # "... (N.NM in use)": what the sandbox held when it was stopped.
    held = str(e).rsplit('(', 1)[-1]
    print('struct_long_format:', e.kind, 'held under the cap:', held.endswith('M in use)') and float(held.split('M')[0]) < 24)

# Output:
# loads_huge time: limit fast=True
# loads_long_string time: limit fast=True
# dumps_huge time: limit fast=True
# dumps_default_loop time: limit fast=True
# loads_huge memory: limit
# dumps_huge memory: limit
# struct_huge_pack memory: limit
# struct_huge_unpack memory: limit
# struct_huge_iter memory: limit
# returned ['maximum recursion depth exceeded while decoding a JSON array from a unicode string', 'maximum recursion depth exceeded while decoding a JSON object from a unicode string', 'maximum recursion depth exceeded while encoding a JSON object']
# struct_long_format: limit held under the cap: True
