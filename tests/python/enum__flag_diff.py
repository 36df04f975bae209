# Differential test: random Flag and IntFlag classes (member sets,
# aliases, boundaries) and random values; every result (repr, str,
# iteration, operators, or the exception) is digested per group.
import hashlib
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def outcome(fn):
    try:
        r = fn()
    except Exception as e:
        return 'EXC %s %s' % (type(e).__name__, e)
    if isinstance(r, (Flag, int)):
        return '%s|%s|%s' % (repr(r), str(r), type(r).__name__)
    return repr(r)


groups = {}


def record(group, text):
    h, n = groups.get(group, (hashlib.md5(), 0))
    h.update(text.encode() + b'\n')
    groups[group] = (h, n + 1)


names = ['A', 'B', 'C', 'D', 'E', 'F']
for k in range(24):
    base = IntFlag if rand(2) else Flag
    boundary = [STRICT, CONFORM, EJECT, KEEP, None][rand(5)]
    ns = {}
    bits = []
    for i, name in enumerate(names[:2 + rand(4)]):
        bit = 1 << rand(6)
        if bit in bits:
            continue
        bits.append(bit)
        ns[name] = bit
    if rand(2) and len(bits) > 1:
        ns['AB'] = bits[0] | bits[1]
    if rand(3) == 0:
        ns['NONE'] = 0
    kw = {} if boundary is None else {'boundary': boundary}

    def body(d, ns=ns):
        for key, value in ns.items():
            d[key] = value
    import types
    try:
        cls = types.new_class('F%d' % k, (base,), kw, body)
    except Exception as e:
        record('class', 'EXC %s %s' % (type(e).__name__, e))
        continue
    record('class', '%r %r %r %d' % (cls, list(cls), list(cls.__members__), len(cls)))
    for _ in range(20):
        v = rand(80) - 20
        record('call', outcome(lambda: cls(v)))
        m = None
        try:
            m = cls(v)
        except Exception:
            pass
        if isinstance(m, Flag):
            record('iter', repr(list(m)) + ' %d %s' % (len(m), bool(m)))
            record('invert', outcome(lambda: ~m))
            other = cls(bits[rand(len(bits))])
            record('ops', outcome(lambda: m | other) + outcome(lambda: m & other) + outcome(lambda: m ^ other))
            record('contains', outcome(lambda: other in m))
            record('int_ops', outcome(lambda: m | 1) + outcome(lambda: 3 & m))
            record('format', outcome(lambda: format(m)) + outcome(lambda: '%s' % m))

for g in sorted(groups):
    h, n = groups[g]
    print(g, n, h.hexdigest())

# Output:
# call 480 5474af6e4939a3383b7936a7ca175a90
# class 24 20f620310f7b4795a60408a6cc50f2b2
# contains 244 7e77487c8acc2bb4969feb44255ebe11
# format 244 4025a4fbe823c31de711f393cd4d07c0
# int_ops 244 4889fc9df2f93a1f85daa16a1f69da66
# invert 244 73ac2c4808714c983e4a106b2a0b634b
# iter 244 3aa6e60be94131aca1dafdc07f0e59de
# ops 244 a7f24a57c0127421ac0f100dbdd34822
