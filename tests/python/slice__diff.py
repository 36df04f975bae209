# Differential check of slicing against CPython: generated slices (None,
# negative and out-of-range bounds, steps of both signs) of lists, tuples,
# ASCII and non-ASCII strs and bytes, and `del l[slice]` on lists; every
# group printed as a count and a digest of the results' reprs.

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


def bound():
    return None if rnd(4) == 0 else rnd(31) - 15


def digest(parts):
    h = 0
    for p in parts:
        for ch in p:
            h = (h * 1000003 + ord(ch)) % 2**61
    return h


CHARS = "ab\u00e9\u4e2d\U0001f600"
groups = {"list": [], "tuple": [], "ascii": [], "text": [], "bytes": [], "del": []}
for trial in range(4000):
    n = rnd(13)
    kind = rnd(5)
    if kind == 0:
        base, name = list(range(n)), "list"
    elif kind == 1:
        base, name = tuple(range(n)), "tuple"
    elif kind == 2:
        base, name = "".join("abcxyz"[rnd(6)] for _ in range(n)), "ascii"
    elif kind == 3:
        base, name = "".join(CHARS[rnd(5)] for _ in range(n)), "text"
    else:
        base, name = bytes(rnd(256) for _ in range(n)), "bytes"
    s = slice(bound(), bound(), [None, 1, 1, 2, -1, -2, 3, -3, 5][rnd(9)])
    groups[name].append(repr(base[s]))
    if kind == 0:
        l = list(base)
        del l[s]
        groups["del"].append(repr(l))
for name, parts in groups.items():
    print(name, len(parts), digest(parts))

# Whole-range and empty slices keep their types.
t = (1, 2, 3)
print(t[:] is t, type(t[1:]).__name__, "abc"[5:], b"abc"[-10:2], [1, 2][2:0])
big = list(range(100000))
del big[10:99990]
print(big)
big = list(range(100000))
del big[::2]
print(len(big), big[:3], big[-3:])

# Output:
# list 814 1806413779611984705
# tuple 820 2104402372005567186
# ascii 791 746155374393765434
# text 788 1605461246635547874
# bytes 787 1711906473513511997
# del 814 1469969210590898476
# True tuple  b'ab' []
# [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 99990, 99991, 99992, 99993, 99994, 99995, 99996, 99997, 99998, 99999]
# 50000 [1, 3, 5] [99995, 99997, 99999]
