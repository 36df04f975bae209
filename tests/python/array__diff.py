# A differential run of array.array: pseudo-random sequences of operations
# (append, extend, insert, pop, remove, index, count, reverse, item and
# slice assignment and deletion, extended slices, +, *, comparisons,
# byteswap, bytes round trips) on arrays of every type code, with values in
# and out of each type's range (a fixed xorshift, so both interpreters see
# the same inputs). Each step prints its result or error, and a list
# holding what the array should hold is kept beside it and compared.
# tests/tools/array_diff.py runs the same program with other seeds and
# more cases.
from array import array

SEED = 0x9E3779B97F4A7C15
COUNT = 40

M = (1 << 64) - 1
state = [SEED]


def rnd(n):
    x = state[0]
    x ^= (x << 13) & M
    x ^= x >> 7
    x ^= (x << 17) & M
    state[0] = x
    return x % n


def pick(seq):
    return seq[rnd(len(seq))]


BITS = {'b': (8, True), 'B': (8, False), 'h': (16, True), 'H': (16, False),
        'i': (32, True), 'I': (32, False), 'l': (64, True), 'L': (64, False),
        'q': (64, True), 'Q': (64, False)}


def value(tc):
    if tc == 'u':
        return pick(['a', 'é', 'Ω', '\x00', 'zz', 5])
    if tc in 'fd':
        return pick([0.5, -1.25, 3, 1e300, -0.0, 'x', 2**70, 0.1])
    bits, signed = BITS[tc]
    lo = -(1 << (bits - 1)) if signed else 0
    hi = (1 << (bits - 1)) - 1 if signed else (1 << bits) - 1
    r = rnd(20)
    if r == 0:
        return hi + 1
    if r == 1:
        return lo - 1
    if r == 2:
        return pick([1.5, 'x', None, True])
    if r == 3:
        return pick([lo, hi])
    return lo + rnd(min(hi - lo + 1, 1000)) if rnd(2) else rnd(100)


def model_value(tc, v):
    if tc == 'f':
        return array('f', [v])[0]
    if tc in 'fd':
        return float(v)
    return v


def step(a, model, tc):
    op = rnd(17)
    n = len(model)
    if op == 0:
        v = value(tc)
        a.append(v)
        model.append(model_value(tc, v))
        return 'append %r' % (v,)
    if op == 1:
        vs = [value(tc) for _ in range(rnd(4))]
        a.extend(vs)
        model.extend(model_value(tc, v) for v in vs)
        return 'extend %r' % (vs,)
    if op == 2:
        i = rnd(2 * n + 3) - n - 1
        v = value(tc)
        a.insert(i, v)
        model.insert(i, model_value(tc, v))
        return 'insert %d %r' % (i, v)
    if op == 3:
        i = rnd(2 * n + 3) - n - 1
        r = a.pop(i)
        model.pop(i)
        return 'pop %d -> %r' % (i, r)
    if op == 4:
        v = value(tc)
        a.remove(v)
        model.remove(model_value(tc, v))
        return 'remove %r' % (v,)
    if op == 5:
        v = pick(model) if model and rnd(2) else value(tc)
        return 'index %r -> %r, count %r' % (v, a.index(v), a.count(v))
    if op == 6:
        a.reverse()
        model.reverse()
        return 'reverse'
    if op == 7:
        i = rnd(2 * n + 3) - n - 1
        v = value(tc)
        a[i] = v
        model[i] = model_value(tc, v)
        return 'set %d %r' % (i, v)
    if op == 8:
        i, j, k = rnd(n + 3) - 1, rnd(n + 3) - 1, pick([1, 1, 2, -1, 3, -2])
        return 'slice %d:%d:%d -> %r' % (i, j, k, a[i:j:k])
    if op == 9:
        i, j = rnd(n + 2), rnd(n + 2)
        vs = [value(tc) for _ in range(rnd(3))]
        a[i:j] = array(tc, vs)
        model[i:j] = [model_value(tc, v) for v in vs]
        return 'assign %d:%d %r' % (i, j, vs)
    if op == 10:
        i, k = rnd(n + 1), pick([2, 3, -1, -2])
        size = len(model[i::k])
        vs = [value(tc) for _ in range(size + rnd(2) * pick([-1, 1]))]
        a[i::k] = array(tc, vs)
        model[i::k] = [model_value(tc, v) for v in vs]
        return 'extended assign %d::%d %r' % (i, k, vs)
    if op == 11:
        i, j, k = rnd(n + 2), rnd(n + 2), pick([1, 2, -1, 3])
        del a[i:j:k]
        del model[i:j:k]
        return 'del %d:%d:%d' % (i, j, k)
    if op == 12:
        b = array(tc, a[:rnd(n + 1)])
        return 'compare %r' % ([a == b, a != b, a < b, a <= b, a > b, a >= b],)
    if op == 13:
        k = rnd(3)
        c = a + a[:1]
        d = c * k
        return '+ * %d -> %d items' % (k, len(d))
    if op == 14:
        a.byteswap()
        raw = a.tobytes()
        a.byteswap()
        return 'byteswap %d bytes, round trip %r' % (len(raw), array(tc, a.tobytes()) == a)
    if op == 15:
        v = value(tc)
        return 'in %r -> %r' % (v, v in a)
    b = array(tc)
    b.frombytes(a.tobytes())
    b.fromlist(a.tolist())
    return 'frombytes+fromlist %d items' % len(b)


for case in range(COUNT):
    tc = pick('bBuhHiIlLqQfd')
    init = [value(tc) for _ in range(rnd(6))]
    try:
        a = array(tc, init)
    except (TypeError, OverflowError) as e:
        print(case, tc, 'init', type(e).__name__, e)
        continue
    model = [model_value(tc, v) for v in init]
    print(case, tc, a)
    for _ in range(12):
        try:
            print('  ', step(a, model, tc))
        except (TypeError, OverflowError, ValueError, IndexError) as e:
            print('  ', type(e).__name__, e)
            model[:] = a.tolist()
        if a.tolist() != model and repr(a.tolist()) != repr(model):
            print('   model differs:', model)
            model[:] = a.tolist()
    print('  ', a, a.buffer_info()[1] == len(a), a.itemsize)
