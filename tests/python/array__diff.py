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

# Output:
# 0 f array('f')
#    insert -1 -0.0
#    reverse
#    ValueError array.index(x): x not in array
#    frombytes+fromlist 2 items
#    IndexError array assignment index out of range
#    IndexError pop index out of range
#    TypeError must be real number, not str
#    slice 1:0:3 -> array('f')
#    assign 1:2 [0.1]
#    index -0.0 -> 0, count 1
#    set 1 1180591620717411303424
#    index -0.0 -> 0, count 1
#    array('f', [-0.0, 1.1805916207174113e+21]) True 4
# 1 L init OverflowError can't convert negative value to unsigned int
# 2 l array('l', [71])
#    del 1:2:1
#    byteswap 8 bytes, round trip True
#    assign 0:1 [43]
#    ValueError array.remove(x): x not in array
#    frombytes+fromlist 2 items
#    extend [-9223372036854775046, 67]
#    TypeError 'float' object cannot be interpreted as an integer
#    extended assign 3::3 []
#    extend [31]
#    frombytes+fromlist 8 items
#    ValueError array.index(x): x not in array
#    + * 1 -> 5 items
#    array('l', [43, -9223372036854775046, 67, 31]) True 8
# 3 L array('L')
#    extend [73, 407, 621]
#    frombytes+fromlist 6 items
#    index 621 -> 2, count 1
#    index 621 -> 2, count 1
#    + * 0 -> 0 items
#    assign 3:1 [541]
#    set -1 0
#    pop -1 -> 0
#    OverflowError can't convert negative value to unsigned int
#    pop -4 -> 73
#    reverse
#    extend []
#    array('L', [93, 621, 407]) True 8
# 4 L array('L', [887])
#    in 18446744073709551615 -> False
#    ValueError attempt to assign sequence of size 0 to extended slice of size 1
#    slice 1:1:3 -> array('L')
#    ValueError array.index(x): x not in array
#    del 1:1:1
#    + * 1 -> 0 items
#    extended assign 0::3 []
#    byteswap 0 bytes, round trip True
#    compare [True, False, False, True, False, True]
#    compare [True, False, False, True, False, True]
#    + * 1 -> 0 items
#    + * 0 -> 0 items
#    array('L') True 8
# 5 L init OverflowError Python int too large to convert to C unsigned long
# 6 i init OverflowError signed integer is less than minimum
# 7 I array('I', [531, 104, 170])
#    frombytes+fromlist 6 items
#    set 2 709
#    byteswap 12 bytes, round trip True
#    set -1 582
#    frombytes+fromlist 6 items
#    frombytes+fromlist 6 items
#    byteswap 12 bytes, round trip True
#    in 4294967296 -> False
#    + * 1 -> 4 items
#    extend [51, 503, 116]
#    insert 7 347
#    in 439 -> False
#    array('I', [531, 104, 582, 51, 503, 116, 347]) True 4
# 8 f array('f')
#    ValueError array.remove(x): x not in array
#    slice 0:0:-2 -> array('f')
#    ValueError array.remove(x): x not in array
#    frombytes+fromlist 0 items
#    byteswap 0 bytes, round trip True
#    frombytes+fromlist 0 items
#    ValueError array.index(x): x not in array
#    extended assign 0::3 []
#    slice -1:1:3 -> array('f')
#    byteswap 0 bytes, round trip True
#    append 1e+300
#    extend [-1.25, -0.0, 1180591620717411303424]
#    array('f', [inf, -1.25, -0.0, 1.1805916207174113e+21]) True 4
# 9 L array('L')
#    del 1:1:-1
#    ValueError array.index(x): x not in array
#    ValueError array.index(x): x not in array
#    byteswap 0 bytes, round trip True
#    del 0:0:3
#    ValueError array.remove(x): x not in array
#    insert 1 71
#    in 34 -> False
#    extend [32, 30]
#    in 18446744073709551616 -> False
#    del 3:2:3
#    del 4:0:-1
#    array('L', [71]) True 8
# 10 f init TypeError must be real number, not str
# 11 l init TypeError 'float' object cannot be interpreted as an integer
# 12 u array('u', 'a')
#    TypeError array item must be unicode character
#    + * 1 -> 2 items
#    IndexError pop index out of range
#    slice 0:-1:1 -> array('u')
#    byteswap 4 bytes, round trip True
#    remove 'a'
#    IndexError array assignment index out of range
#    del 1:1:-1
#    ValueError array.remove(x): x not in array
#    compare [True, False, False, True, False, True]
#    frombytes+fromlist 0 items
#    del 1:0:-1
#    array('u') True 4
# 13 B array('B', [45, 255])
#    + * 2 -> 6 items
#    byteswap 2 bytes, round trip True
#    frombytes+fromlist 4 items
#    byteswap 2 bytes, round trip True
#    slice -1:0:3 -> array('B')
#    + * 0 -> 0 items
#    OverflowError unsigned byte integer is greater than maximum
#    ValueError array.remove(x): x not in array
#    IndexError array assignment index out of range
#    compare [False, True, False, False, True, True]
#    compare [False, True, False, False, True, True]
#    TypeError 'NoneType' object cannot be interpreted as an integer
#    array('B', [45, 255]) True 1
# 14 i array('i', [51])
#    in -2147482893 -> False
#    + * 0 -> 0 items
#    assign 2:0 [46]
#    ValueError attempt to assign array of size 2 to extended slice of size 1
#    frombytes+fromlist 4 items
#    byteswap 8 bytes, round trip True
#    ValueError array.remove(x): x not in array
#    byteswap 8 bytes, round trip True
#    + * 0 -> 0 items
#    slice -1:1:1 -> array('i')
#    extend [-2147482733]
#    set -1 -2147483647
#    array('i', [51, 46, -2147483647]) True 4
# 15 f array('f', [inf, -0.0, 0.5, 1.1805916207174113e+21])
#    set -4 -0.0
#    frombytes+fromlist 8 items
#    insert -4 0.1
#    ValueError attempt to assign sequence of size 0 to extended slice of size 1
#    remove 0.5
#    extended assign 0::2 [1e+300, 1e+300]
#    byteswap 12 bytes, round trip True
#    pop -1 -> inf
#    del 3:1:3
#    in 'x' -> False
#    append -1.25
#    index inf -> 0, count 1
#    array('f', [inf, -0.0, -1.25]) True 4
# 16 B init OverflowError unsigned byte integer is greater than maximum
# 17 b init OverflowError signed char is greater than maximum
# 18 l array('l', [81, 98])
#    del 2:0:-1
#    insert 1 22
#    compare [True, False, False, True, False, True]
#    + * 2 -> 6 items
#    + * 0 -> 0 items
#    append -9223372036854775252
#    IndexError array assignment index out of range
#    ValueError array.index(x): x not in array
#    ValueError array.index(x): x not in array
#    assign 0:4 [40]
#    ValueError array.remove(x): x not in array
#    IndexError array assignment index out of range
#    array('l', [40]) True 8
# 19 h array('h', [49, 78])
#    frombytes+fromlist 4 items
#    reverse
#    IndexError pop index out of range
#    OverflowError signed short integer is greater than maximum
#    extended assign 2::-2 [-32186]
#    slice -1:-1:3 -> array('h')
#    reverse
#    ValueError attempt to assign array of size 2 to extended slice of size 1
#    slice -1:-1:3 -> array('h')
#    OverflowError signed short integer is less than minimum
#    del 2:2:2
#    OverflowError signed short integer is greater than maximum
#    array('h', [-32186, 78, -32266, 36]) True 2
# 20 b array('b', [54, -128, 42, 70])
#    compare [False, True, False, False, True, True]
#    pop 2 -> 42
#    + * 0 -> 0 items
#    append -13
#    del 2:4:1
#    slice -1:-1:1 -> array('b')
#    pop -2 -> 54
#    OverflowError signed char is less than minimum
#    index -128 -> 0, count 1
#    reverse
#    assign 2:0 []
#    compare [True, False, False, True, False, True]
#    array('b', [-128]) True 1
# 21 h array('h', [52])
#    OverflowError signed short integer is greater than maximum
#    byteswap 2 bytes, round trip True
#    + * 2 -> 4 items
#    frombytes+fromlist 2 items
#    in -31969 -> False
#    assign 2:1 [-32425]
#    reverse
#    compare [False, True, False, False, True, True]
#    in 51 -> False
#    ValueError array.remove(x): x not in array
#    byteswap 4 bytes, round trip True
#    pop 1 -> 52
#    array('h', [-32425]) True 2
# 22 B init TypeError 'NoneType' object cannot be interpreted as an integer
# 23 I array('I', [866, 687])
#    reverse
#    + * 2 -> 6 items
#    append 16
#    IndexError pop index out of range
#    extend [958, 12]
#    byteswap 20 bytes, round trip True
#    slice -1:5:-1 -> array('I')
#    slice -1:0:-2 -> array('I', [12, 16])
#    extended assign 2::3 [88]
#    del 0:4:-1
#    frombytes+fromlist 10 items
#    compare [True, False, False, True, False, True]
#    array('I', [687, 866, 88, 958, 12]) True 4
# 24 l init TypeError 'str' object cannot be interpreted as an integer
# 25 L init TypeError 'str' object cannot be interpreted as an integer
# 26 h init TypeError 'float' object cannot be interpreted as an integer
# 27 B init OverflowError unsigned byte integer is less than minimum
# 28 Q init TypeError 'float' object cannot be interpreted as an integer
# 29 u array('u')
#    compare [True, False, False, True, False, True]
#    + * 0 -> 0 items
#    ValueError array.index(x): x not in array
#    ValueError array.remove(x): x not in array
#    extended assign 0::-1 []
#    append '\x00'
#    slice 1:1:1 -> array('u')
#    TypeError array item must be unicode character
#    compare [False, True, False, False, True, True]
#    extended assign 1::3 []
#    reverse
#    insert -2 '\x00'
#    array('u', '\x00\x00') True 4
# 30 h array('h')
#    + * 2 -> 0 items
#    IndexError array assignment index out of range
#    ValueError array.remove(x): x not in array
#    reverse
#    OverflowError signed short integer is less than minimum
#    del 1:0:3
#    del 1:1:2
#    slice -1:0:-2 -> array('h')
#    compare [True, False, False, True, False, True]
#    ValueError array.remove(x): x not in array
#    slice -1:-1:3 -> array('h')
#    append 81
#    array('h', [81]) True 2
# 31 I init TypeError 'str' object cannot be interpreted as an integer
# 32 h array('h')
#    + * 1 -> 0 items
#    del 0:0:1
#    del 0:1:-1
#    in 94 -> False
#    frombytes+fromlist 0 items
#    reverse
#    compare [True, False, False, True, False, True]
#    extended assign 0::3 []
#    IndexError pop from empty array
#    ValueError attempt to assign array of size 1 to extended slice of size 0
#    OverflowError signed short integer is greater than maximum
#    IndexError array assignment index out of range
#    array('h') True 2
# 33 d init TypeError must be real number, not str
# 34 i array('i')
#    IndexError array assignment index out of range
#    ValueError array.remove(x): x not in array
#    IndexError pop from empty array
#    in 18 -> False
#    byteswap 0 bytes, round trip True
#    frombytes+fromlist 0 items
#    del 0:0:2
#    slice 1:0:2 -> array('i')
#    byteswap 0 bytes, round trip True
#    insert 0 44
#    ValueError array.remove(x): x not in array
#    assign 0:1 []
#    array('i') True 4
# 35 B init OverflowError unsigned byte integer is less than minimum
# 36 Q array('Q', [877, 341, 466, 663])
#    set 0 563
#    index 341 -> 1, count 1
#    compare [False, True, False, False, True, True]
#    set 1 357
#    in 52 -> False
#    append 632
#    + * 1 -> 6 items
#    IndexError pop index out of range
#    extend [True]
#    frombytes+fromlist 12 items
#    byteswap 48 bytes, round trip True
#    pop -5 -> 357
#    array('Q', [563, 466, 663, 632, 1]) True 8
# 37 L array('L', [305, 92])
#    pop 1 -> 92
#    extended assign 1::3 []
#    append 68
#    index 305 -> 0, count 1
#    index 68 -> 1, count 1
#    reverse
#    del 0:2:3
#    in 39 -> False
#    compare [True, False, False, True, False, True]
#    extended assign 1::3 []
#    insert -2 10
#    IndexError pop index out of range
#    array('L', [10, 305]) True 8
# 38 I array('I')
#    assign 0:1 [94, 32]
#    frombytes+fromlist 4 items
#    insert -1 4294967295
#    slice -1:4:1 -> array('I', [32])
#    set 0 629
#    byteswap 12 bytes, round trip True
#    append 518
#    OverflowError can't convert negative value to unsigned int
#    assign 0:1 []
#    + * 0 -> 0 items
#    IndexError pop index out of range
#    + * 2 -> 8 items
#    array('I', [4294967295, 32, 518]) True 4
# 39 H array('H', [0])
#    append 623
#    ValueError attempt to assign sequence of size 0 to extended slice of size 1
#    reverse
#    compare [False, True, False, False, True, True]
#    + * 1 -> 2 items
#    byteswap 2 bytes, round trip True
#    extend [42, 713, 867]
#    slice 4:1:-2 -> array('H', [867])
#    in 910 -> False
#    index 623 -> 0, count 1
#    extended assign 2::-2 [69, 8]
#    set 2 11
#    array('H', [8, 42, 11, 867]) True 2
