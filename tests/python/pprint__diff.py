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


def small_ints(n):
    """n distinct ints below CPython's table size for a set of n, in
    ascending order: a set's repr order is then the same in sandpy
    (insertion order) and CPython (hash order)."""
    pool = 8 if n <= 4 else 32
    got = set()
    while len(got) < n:
        got.add(rnd(pool))
    return sorted(got)


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
        return set(small_ints(n))
    if k == 4:
        return frozenset(small_ints(n))
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


# Output:
# {'width': 60, 'sort_dicts': False}
# {'k0': (True,
#         'wwwwwwwwwwwwwwwwwwwwwwwwwwww',
#         False,
#         -35,
#         3),
#  'k1': {'k0': 124.85714285714286,
#         'k1': None,
#         'k2': -4072950000,
#         'k3': 41.857142857142854,
#         'k4': bytearray(b'L\xa8E\xa0F'),
#         'k5': 41517600000000,
#         'k6': 'dq"x dq"x '},
#  'k2': ['wwwwwwwwwwwwwwwwwwwwwwwwwwwww'],
#  'k3': 'wwwwwwwwwwwwwww',
#  'k4': None}
# 0 153 25 9e980efec6e32c05
# {'width': 8, 'depth': 2, 'sort_dicts': False, 'underscore_numbers': True}
# {'k0': set(),
#  'k16': {'k0': frozenset({0,
#                           6,
#                           10,
#                           19,
#                           25,
#                           29}),
#          'k1': [' '
#                 'new\n'
#                 'line '
#                 'é '
#                 "quote'd "
#                 'tab\t'
#                 "herequote'dalpha  "
#                 'dq"x ',
#                 47.142857142857146],
#          'k2': {2,
#                 4},
#          'k3': bytearray(b'\x13\xc9')}}
# 1 120 25 3f2d171db6885dc2
# {'width': 120, 'sort_dicts': False}
# (None,
#  53.714285714285715,
#  ({'k0': (1,),
#    'k1': [54.57142857142857,
#           bytearray(b'\x07'),
#           20837200000000,
#           b'\x04\xf7\xba\xd9\xcdd\x0b\xba\x0bB\x04\xaa\xee\xad\xea\x811'],
#    'k2': [116.85714285714286, -30917000000000000, bytearray(b'\xa6xYTF\x90')]},
#   set(),
#   15,
#   ('wwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww',
#    {3},
#    {'k0': 385643000},
#    True,
#    {'k0': 49.42857142857143, 'k1': b'%/\xe1\'XK\x14\xf9"\xc3\x97u\xf6isX', 'k2': 40063400000}),
#   {1, 2, 17, 20, 28}),
#  -2765790000000000000)
# 2 627 25 9cc1758e28954013
# 3 69 25 bba03ba00fa0083b
# 4 207 25 34a022323708d624
# 5 250 25 67614cf57137ee11
# 6 92 25 60b670fd2790cef0
# 7 315 25 a59d5f3968d0c7f0
