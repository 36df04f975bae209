# Differential walk: seeded random pipelines of itertools functions over
# small random inputs (ints, strings, tuples), each printed with its
# result; the expectation is CPython's output, so any difference is a bug.
# tests/tools/itertools_diff.py runs it with other seeds and more
# pipelines.
import itertools as I
import operator
import random

SEED = 20261207
COUNT = 600

random.seed(SEED)
rng = random


def source():
    kind = rng.randrange(4)
    n = rng.randrange(7)
    if kind == 0:
        return "ints%d" % n, [rng.randrange(-3, 4) for _ in range(n)]
    if kind == 1:
        return "str%d" % n, "".join(rng.choice("aab") for _ in range(n))
    if kind == 2:
        return "range%d" % n, range(n)
    return "pairs%d" % n, [(rng.randrange(3), rng.randrange(3)) for _ in range(n)]


KEYS = [("None", None), ("str", str), ("bool", bool), ("repr", repr), ("len_repr", lambda x: len(repr(x)))]
PREDS = [("truth", bool), ("small", lambda x: repr(x) < "1"), ("notnone", lambda x: x is not None)]


def stage(it):
    """One random stage over the iterator `it`: (description, new iterator)."""
    k = rng.randrange(19)
    if k == 0:
        a, b = rng.randrange(5), rng.choice([None, 0, 1, 3, 6])
        c = rng.choice([None, 1, 2, 3])
        return "islice(%r,%r,%r)" % (a, b, c), I.islice(it, a, b, c)
    if k == 1:
        n = rng.randrange(8)
        return "islice(%d)" % n, I.islice(it, n)
    if k == 2:
        return "chain(x,x)", I.chain(*I.tee(it))
    if k == 3:
        name, f = rng.choice(KEYS)
        return "groupby(%s)" % name, ((key, tuple(g)) for key, g in I.groupby(it, f))
    if k == 4:
        return "pairwise", I.pairwise(it)
    if k == 5:
        return "enumerate-zip_longest", I.zip_longest(it, range(3), fillvalue="-")
    if k == 6:
        name, p = rng.choice(PREDS)
        return "dropwhile(%s)" % name, I.dropwhile(p, it)
    if k == 7:
        name, p = rng.choice(PREDS)
        return "takewhile(%s)" % name, I.takewhile(p, it)
    if k == 8:
        name, p = rng.choice(PREDS + [("None", None)])
        return "filterfalse(%s)" % name, I.filterfalse(p, it)
    if k == 9:
        sel = [rng.randrange(2) for _ in range(rng.randrange(8))]
        return "compress(%r)" % sel, I.compress(it, sel)
    if k == 10:
        return "accumulate(max)", I.accumulate(map(repr, it), max)
    if k == 11:
        init = rng.choice([None, "<"])
        return "accumulate(str,%r)" % init, I.accumulate(map(str, it), initial=init)
    if k == 12:
        r = rng.randrange(4)
        return "combinations(%d)" % r, I.combinations(I.islice(it, 5), r)
    if k == 13:
        r = rng.randrange(3)
        return "cwr(%d)" % r, I.combinations_with_replacement(I.islice(it, 4), r)
    if k == 14:
        r = rng.choice([None, 0, 1, 2])
        return "permutations(%r)" % r, I.permutations(I.islice(it, 4), r)
    if k == 15:
        rep = rng.randrange(3)
        return "product(x,'ab',repeat=%d)" % rep, I.product(I.islice(it, 3), "ab", repeat=rep)
    if k == 16:
        n = rng.randrange(1, 12)
        return "cycle|islice(%d)" % n, I.islice(I.cycle(it), n)
    if k == 17:
        return "starmap(tuple)", I.starmap(lambda *a: a, map(lambda x: x if isinstance(x, tuple) else (x,), it))
    a, b = I.tee(it, 2)
    n = rng.randrange(4)
    return "tee-skip(%d)" % n, I.zip_longest(a, I.islice(b, n, None))


for case in range(COUNT):
    name, data = source()
    it = iter(data)
    steps = []
    for _ in range(rng.randrange(1, 4)):
        desc, it = stage(it)
        steps.append(desc)
    out = list(I.islice(it, 40))
    print(case, name, "|".join(steps), out)

# A few counters and reductions built from the same generator.
print(sum(1 for _ in I.combinations(range(12), 5)), operator.length_hint(I.repeat(0, 9)))
