# Differential check of pprint.pformat against CPython: generated nested
# dicts, lists, tuples, sets, frozensets, long strs (split at the width),
# bytes and bytearrays, big ints and floats, laid out at random widths,
# indents and depths, compact or not, with and without sort_dicts and
# underscore_numbers; each group's outputs go into a digest printed with
# counts, and a few whole outputs are printed as they are.
import hashlib
import pprint

seed = 20261207


def rnd(n):
    global seed
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
    return (seed >> 33) % n


WORDS = ["alpha", "be", "gamma delta", "", " ", "x" * 12, "new\nline",
         "tab\there", "quote'd", 'dq"x', "é", "longer words here"]


def text():
    return "".join(WORDS[rnd(len(WORDS))] + (" " if rnd(2) else "")
                   for _ in range(rnd(12)))


def scalar():
    k = rnd(9)
    if k == 0:
        return rnd(100) - 50
    if k == 1:
        return (rnd(10**6) - 5 * 10**5) * 10**rnd(20)
    if k == 2:
        return rnd(1000) / 7
    if k == 3:
        return text()
    if k == 4:
        return bytes(rnd(256) for _ in range(rnd(30)))
    if k == 5:
        return None if rnd(2) else bool(rnd(2))
    if k == 6:
        return bytearray(rnd(256) for _ in range(rnd(12)))
    if k == 7:
        return "w" * rnd(90)
    return rnd(5)


def value(depth):
    if depth <= 0 or rnd(3) == 0:
        return scalar()
    k = rnd(6)
    n = rnd(8)
    if k == 0:
        return [value(depth - 1) for _ in range(n)]
    if k == 1:
        return tuple(value(depth - 1) for _ in range(n))
    if k == 2:
        d = {}
        for _ in range(n):
            if rnd(2):
                key = "k%d" % rnd(20)
            else:
                key = rnd(30)
            d[key] = value(depth - 1)
        return d
    if k == 3:
        return set(rnd(40) for _ in range(n))
    if k == 4:
        return frozenset(rnd(40) for _ in range(n))
    return {"k%d" % i: value(depth - 1) for i in range(n)}


def options():
    kw = {"width": [1, 8, 20, 40, 60, 80, 120][rnd(7)]}
    if rnd(3) == 0:
        kw["indent"] = rnd(5)
    if rnd(4) == 0:
        kw["depth"] = rnd(4) + 1
    if rnd(3) == 0:
        kw["compact"] = True
    if rnd(3) == 0:
        kw["sort_dicts"] = False
    if rnd(4) == 0:
        kw["underscore_numbers"] = True
    return kw


for group in range(8):
    h = hashlib.md5()
    lines = 0
    readable = 0
    shown = group >= 3
    for case in range(25):
        obj = value(2 + group % 3)
        kw = options()
        out = pprint.pformat(obj, **kw)
        lines += out.count("\n") + 1
        readable += pprint.isreadable(obj)
        h.update(out.encode())
        h.update(pprint.saferepr(obj).encode())
        if not shown and out.count("\n") > 3:
            shown = True
            print(kw)
            print(out)
    print(group, lines, readable, h.hexdigest()[:16])
