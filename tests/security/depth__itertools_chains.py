# sandpy-only: CPython overflows its C stack on chains this deep (a crash)
# Chains of itertools objects (and heapq.merge) thousands deep: each step
# is one guarded native level, so the chain ends in RecursionError, never a
# crash; short chains work. A tee of a tee copies it, as CPython's does, so
# that chain does not nest.
import itertools as I
import heapq
import operator

DEEP = 5000
WRAPS = [
    ("chain", lambda it: I.chain(it)),
    ("islice", lambda it: I.islice(it, None)),
    ("accumulate", lambda it: I.accumulate(it)),
    ("compress", lambda it: I.compress(it, I.repeat(1))),
    ("dropwhile", lambda it: I.dropwhile(operator.not_, it)),
    ("takewhile", lambda it: I.takewhile(operator.truth, it)),
    ("filterfalse", lambda it: I.filterfalse(operator.not_, it)),
    ("starmap", lambda it: I.starmap(operator.pos, I.zip_longest(it))),
    ("pairwise", lambda it: I.chain.from_iterable(I.pairwise(it))),
    ("tee", lambda it: I.tee(it)[1]),
    ("zip_longest", lambda it: I.starmap(operator.pos, I.zip_longest(it))),
    ("cycle", lambda it: I.cycle(it)),
    ("groupby", lambda it: I.starmap(lambda k, g: k, I.groupby(it))),
    ("merge", lambda it: heapq.merge(it)),
]
for name, wrap in WRAPS:
    it = iter([1, 2])
    for _ in range(DEEP):
        it = wrap(it)
    try:
        print(name, next(it))
    except RecursionError as e:
        print(name, "RecursionError", e)
    short = iter([1, 2])
    for _ in range(50):
        short = wrap(short)
    print(name, "short", next(short))

# Output:
# chain RecursionError maximum recursion depth exceeded
# chain short 1
# islice RecursionError maximum recursion depth exceeded
# islice short 1
# accumulate RecursionError maximum recursion depth exceeded
# accumulate short 1
# compress RecursionError maximum recursion depth exceeded
# compress short 1
# dropwhile RecursionError maximum recursion depth exceeded
# dropwhile short 1
# takewhile RecursionError maximum recursion depth exceeded
# takewhile short 1
# filterfalse RecursionError maximum recursion depth exceeded
# filterfalse short 1
# starmap RecursionError maximum recursion depth exceeded
# starmap short 1
# pairwise RecursionError maximum recursion depth exceeded
# pairwise short 1
# tee 1
# tee short 1
# zip_longest RecursionError maximum recursion depth exceeded
# zip_longest short 1
# cycle RecursionError maximum recursion depth exceeded
# cycle short 1
# groupby RecursionError maximum recursion depth exceeded
# groupby short 1
# merge RecursionError maximum recursion depth exceeded
# merge short 1
