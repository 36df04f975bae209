"""Set operations, timed with time.process_time (best of N), printed as
ns per element: run it under python3 and under sandpy in the same session
and compare the ratios (docs/benchmarks.md, "Sets in CPython's order")."""

import time

N = 200_000
REPEAT = 5


def best(f):
    t = None
    for _ in range(REPEAT):
        t0 = time.process_time()
        f()
        dt = time.process_time() - t0
        t = dt if t is None or dt < t else t
    return t


def add_ints():
    s = set()
    add = s.add
    for i in range(N):
        add(i * 7)


def add_method():
    s = set()
    for i in range(N):
        s.add(i & 4095)


def contains():
    s = set(range(0, 2 * N, 2))
    hits = 0
    for i in range(N):
        if i in s:
            hits += 1
    return hits


def iterate():
    s = set(range(N))
    total = 0
    for _ in range(4):
        for x in s:
            total += x
    return total


def build_from_list():
    data = list(range(N))
    for _ in range(3):
        set(data)


def comprehension():
    {x * 3 for x in range(N)}


def algebra():
    a = set(range(0, N, 2))
    b = set(range(0, N, 3))
    a | b
    a & b
    a - b
    a ^ b


def copy_and_discard():
    s = set(range(N))
    t = s.copy()
    for i in range(0, N, 2):
        t.discard(i)


def pop_all():
    s = set(range(N))
    while s:
        s.pop()


def tuples():
    s = set()
    for i in range(N // 2):
        s.add((i, i & 7))
    return len(s)


CASES = [
    ("s.add(i*7), bound method", add_ints, N),
    ("s.add(i & 4095), mostly present", add_method, N),
    ("i in s (half hits)", contains, N),
    ("for x in s (4 passes)", iterate, 4 * N),
    ("set(list) x3", build_from_list, 3 * N),
    ("{x*3 for x in range}", comprehension, N),
    ("a|b, a&b, a-b, a^b", algebra, N),
    ("copy + discard half", copy_and_discard, N),
    ("pop until empty", pop_all, N),
    ("add (i, i&7) tuples", tuples, N // 2),
]

for name, f, n in CASES:
    print(f"{name:34} {best(f) / n * 1e9:8.1f} ns")
