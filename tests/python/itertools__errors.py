# The error messages of every itertools constructor and of re-entrant
# use, worded as CPython's; exceptions raised by user iterators, keys,
# predicates and functions propagate unchanged.
import itertools as I

CASES = [
    "I.count('a')", "I.count(1, 'a')", "I.count(1, 2, 3)", "I.count(x=1)", "I.count([])",
    "I.cycle()", "I.cycle(1)", "I.cycle([], x=1)", "I.cycle([], [])",
    "I.repeat()", "I.repeat(1, 'a')", "I.repeat(1, 2**70)", "I.repeat(1, 2, 3)",
    "I.repeat(1, x=2)",
    "I.accumulate()", "I.accumulate(1)", "I.accumulate([1], None, None)",
    "I.accumulate([1], initial=3, x=2)", "I.accumulate([1], iterable=[2])",
    "I.chain(x=1)", "I.chain.from_iterable()", "I.chain.from_iterable(1)",
    "I.chain.from_iterable([], [])", "list(I.chain(1))", "list(I.chain([1], 2))",
    "I.compress()", "I.compress([1])", "I.compress(1, [])", "I.compress([], 1)",
    "I.dropwhile()", "I.dropwhile(None)", "I.dropwhile(None, 1)", "I.dropwhile(x=1)",
    "I.takewhile(1)", "I.filterfalse(1)", "I.filterfalse(None, 1)",
    "list(I.dropwhile(None, [1]))", "list(I.takewhile(None, [1]))",
    "I.groupby()", "I.groupby(1)", "I.groupby([], key=None, x=1)", "I.groupby([], x=1)",
    "I.islice()", "I.islice([])", "I.islice([], 'a')", "I.islice([], -1)",
    "I.islice([], 1, 'a')", "I.islice([], 'a', 1)", "I.islice([], -1, 3)",
    "I.islice([], 1, 3, 0)", "I.islice([], 1, 3, -1)", "I.islice([], 1, 3, 'a')",
    "I.islice([], 1, 2, 3, 4)", "I.islice([], stop=1)", "I.islice(1, 2)", "I.islice([], 2**70)",
    "I.islice([], 1.0)",
    "I.pairwise()", "I.pairwise(1)", "I.pairwise(iterable=[])",
    "I.starmap()", "I.starmap(1)", "I.starmap(len, 1)", "list(I.starmap(len, [1]))",
    "list(I.starmap(1, [()]))",
    "I.tee()", "I.tee(1)", "I.tee([], -1)", "I.tee([], 'a')", "I.tee([], n=2)",
    "I.tee([], 2, 3)",
    "I.zip_longest(1)", "I.zip_longest([], x=1)", "I.zip_longest(fillvalue=1, x=2)",
    "I.product(1)", "I.product([], repeat=-1)", "I.product([], repeat='a')",
    "I.product([], x=1)",
    "I.permutations()", "I.permutations(1)", "I.permutations([], -1)",
    "I.permutations([], 'a')", "I.permutations([], r=None, x=1)",
    "I.combinations()", "I.combinations([])", "I.combinations([], -1)",
    "I.combinations([], 'a')", "I.combinations(1, 2)",
    "I.combinations_with_replacement([], -1)", "I.combinations_with_replacement([])",
    "I._tee(1)", "I.repeat(1).__length_hint__()",
    "next(I.accumulate([1, 'a']))", "list(I.accumulate([1, 'a']))",
    "list(I.accumulate([1, 2], lambda a, b: a / 0))",
]
for c in CASES:
    try:
        r = eval(c)
        print(c, "->", type(r).__name__)
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)


class Boom(Exception):
    pass


def failing(n):
    yield from range(n)
    raise Boom("from the iterator")


def bad_key(x):
    if x == 2:
        raise Boom("from the key")
    return x


for name, make in [
    ("chain", lambda: I.chain(failing(2))),
    ("islice", lambda: I.islice(failing(2), 5)),
    ("cycle", lambda: I.cycle(failing(1))),
    ("accumulate", lambda: I.accumulate(failing(2))),
    ("compress", lambda: I.compress(failing(2), I.repeat(1))),
    ("compress selectors", lambda: I.compress("abcdef", failing(2))),
    ("dropwhile", lambda: I.dropwhile(lambda x: x < 5, failing(2))),
    ("takewhile", lambda: I.takewhile(lambda x: x < 5, failing(2))),
    ("filterfalse", lambda: I.filterfalse(None, failing(2))),
    ("groupby", lambda: I.groupby(failing(2))),
    ("groupby key", lambda: I.groupby([1, 2, 3], bad_key)),
    ("pairwise", lambda: I.pairwise(failing(3))),
    ("starmap", lambda: I.starmap(lambda x: 1 / x, [(1,), (0,)])),
    ("tee", lambda: I.tee(failing(2))[0]),
    ("zip_longest", lambda: I.zip_longest("abc", failing(1))),
    ("takewhile pred", lambda: I.takewhile(bad_key, [1, 2, 3])),
    ("filterfalse pred", lambda: I.filterfalse(bad_key, [1, 2, 3])),
]:
    out = []
    try:
        for x in make():
            out.append(x if not isinstance(x, tuple) or len(x) != 2 or not hasattr(x[1], "__next__") else x[0])
    except (Boom, ZeroDivisionError) as e:
        print(name, out, type(e).__name__, e)
    else:
        print(name, out, "no error")

# Exhausted iterators stay exhausted after an error.
it = I.islice(failing(1), 3)
try:
    list(it)
except Boom:
    pass
print(list(it))
