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

# Output:
# I.count('a') -> TypeError: a number is required
# I.count(1, 'a') -> TypeError: a number is required
# I.count(1, 2, 3) -> TypeError: count() takes at most 2 arguments (3 given)
# I.count(x=1) -> TypeError: 'x' is an invalid keyword argument for count()
# I.count([]) -> TypeError: a number is required
# I.cycle() -> TypeError: cycle expected 1 argument, got 0
# I.cycle(1) -> TypeError: 'int' object is not iterable
# I.cycle([], x=1) -> TypeError: cycle() takes no keyword arguments
# I.cycle([], []) -> TypeError: cycle expected 1 argument, got 2
# I.repeat() -> TypeError: repeat() missing required argument 'object' (pos 1)
# I.repeat(1, 'a') -> TypeError: 'str' object cannot be interpreted as an integer
# I.repeat(1, 2**70) -> OverflowError: Python int too large to convert to C ssize_t
# I.repeat(1, 2, 3) -> TypeError: repeat() takes at most 2 arguments (3 given)
# I.repeat(1, x=2) -> TypeError: 'x' is an invalid keyword argument for repeat()
# I.accumulate() -> TypeError: accumulate() missing required argument 'iterable' (pos 1)
# I.accumulate(1) -> TypeError: 'int' object is not iterable
# I.accumulate([1], None, None) -> TypeError: accumulate() takes at most 2 positional arguments (3 given)
# I.accumulate([1], initial=3, x=2) -> TypeError: 'x' is an invalid keyword argument for accumulate()
# I.accumulate([1], iterable=[2]) -> TypeError: argument for accumulate() given by name ('iterable') and position (1)
# I.chain(x=1) -> TypeError: chain() takes no keyword arguments
# I.chain.from_iterable() -> TypeError: chain.from_iterable() takes exactly one argument (0 given)
# I.chain.from_iterable(1) -> TypeError: 'int' object is not iterable
# I.chain.from_iterable([], []) -> TypeError: chain.from_iterable() takes exactly one argument (2 given)
# list(I.chain(1)) -> TypeError: 'int' object is not iterable
# list(I.chain([1], 2)) -> TypeError: 'int' object is not iterable
# I.compress() -> TypeError: compress() missing required argument 'data' (pos 1)
# I.compress([1]) -> TypeError: compress() missing required argument 'selectors' (pos 2)
# I.compress(1, []) -> TypeError: 'int' object is not iterable
# I.compress([], 1) -> TypeError: 'int' object is not iterable
# I.dropwhile() -> TypeError: dropwhile expected 2 arguments, got 0
# I.dropwhile(None) -> TypeError: dropwhile expected 2 arguments, got 1
# I.dropwhile(None, 1) -> TypeError: 'int' object is not iterable
# I.dropwhile(x=1) -> TypeError: dropwhile() takes no keyword arguments
# I.takewhile(1) -> TypeError: takewhile expected 2 arguments, got 1
# I.filterfalse(1) -> TypeError: filterfalse expected 2 arguments, got 1
# I.filterfalse(None, 1) -> TypeError: 'int' object is not iterable
# list(I.dropwhile(None, [1])) -> TypeError: 'NoneType' object is not callable
# list(I.takewhile(None, [1])) -> TypeError: 'NoneType' object is not callable
# I.groupby() -> TypeError: groupby() missing required argument 'iterable' (pos 1)
# I.groupby(1) -> TypeError: 'int' object is not iterable
# I.groupby([], key=None, x=1) -> TypeError: groupby() takes at most 2 arguments (3 given)
# I.groupby([], x=1) -> TypeError: 'x' is an invalid keyword argument for groupby()
# I.islice() -> TypeError: islice expected at least 2 arguments, got 0
# I.islice([]) -> TypeError: islice expected at least 2 arguments, got 1
# I.islice([], 'a') -> ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], -1) -> ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], 1, 'a') -> ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], 'a', 1) -> ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], -1, 3) -> ValueError: Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], 1, 3, 0) -> ValueError: Step for islice() must be a positive integer or None.
# I.islice([], 1, 3, -1) -> ValueError: Step for islice() must be a positive integer or None.
# I.islice([], 1, 3, 'a') -> ValueError: Step for islice() must be a positive integer or None.
# I.islice([], 1, 2, 3, 4) -> TypeError: islice expected at most 4 arguments, got 5
# I.islice([], stop=1) -> TypeError: islice() takes no keyword arguments
# I.islice(1, 2) -> TypeError: 'int' object is not iterable
# I.islice([], 2**70) -> ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.islice([], 1.0) -> ValueError: Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
# I.pairwise() -> TypeError: pairwise expected 1 argument, got 0
# I.pairwise(1) -> TypeError: 'int' object is not iterable
# I.pairwise(iterable=[]) -> TypeError: pairwise() takes no keyword arguments
# I.starmap() -> TypeError: starmap expected 2 arguments, got 0
# I.starmap(1) -> TypeError: starmap expected 2 arguments, got 1
# I.starmap(len, 1) -> TypeError: 'int' object is not iterable
# list(I.starmap(len, [1])) -> TypeError: 'int' object is not iterable
# list(I.starmap(1, [()])) -> TypeError: 'int' object is not callable
# I.tee() -> TypeError: tee expected at least 1 argument, got 0
# I.tee(1) -> TypeError: 'int' object is not iterable
# I.tee([], -1) -> ValueError: n must be >= 0
# I.tee([], 'a') -> TypeError: 'str' object cannot be interpreted as an integer
# I.tee([], n=2) -> TypeError: itertools.tee() takes no keyword arguments
# I.tee([], 2, 3) -> TypeError: tee expected at most 2 arguments, got 3
# I.zip_longest(1) -> TypeError: 'int' object is not iterable
# I.zip_longest([], x=1) -> TypeError: zip_longest() got an unexpected keyword argument
# I.zip_longest(fillvalue=1, x=2) -> TypeError: zip_longest() got an unexpected keyword argument
# I.product(1) -> TypeError: 'int' object is not iterable
# I.product([], repeat=-1) -> ValueError: repeat argument cannot be negative
# I.product([], repeat='a') -> TypeError: 'str' object cannot be interpreted as an integer
# I.product([], x=1) -> TypeError: 'x' is an invalid keyword argument for product()
# I.permutations() -> TypeError: permutations() missing required argument 'iterable' (pos 1)
# I.permutations(1) -> TypeError: 'int' object is not iterable
# I.permutations([], -1) -> ValueError: r must be non-negative
# I.permutations([], 'a') -> TypeError: Expected int as r
# I.permutations([], r=None, x=1) -> TypeError: permutations() takes at most 2 arguments (3 given)
# I.combinations() -> TypeError: combinations() missing required argument 'iterable' (pos 1)
# I.combinations([]) -> TypeError: combinations() missing required argument 'r' (pos 2)
# I.combinations([], -1) -> ValueError: r must be non-negative
# I.combinations([], 'a') -> TypeError: 'str' object cannot be interpreted as an integer
# I.combinations(1, 2) -> TypeError: 'int' object is not iterable
# I.combinations_with_replacement([], -1) -> ValueError: r must be non-negative
# I.combinations_with_replacement([]) -> TypeError: combinations_with_replacement() missing required argument 'r' (pos 2)
# I._tee(1) -> TypeError: 'int' object is not iterable
# I.repeat(1).__length_hint__() -> TypeError: len() of unsized object
# next(I.accumulate([1, 'a'])) -> int
# list(I.accumulate([1, 'a'])) -> TypeError: unsupported operand type(s) for +: 'int' and 'str'
# list(I.accumulate([1, 2], lambda a, b: a / 0)) -> ZeroDivisionError: division by zero
# chain [0, 1] Boom from the iterator
# islice [0, 1] Boom from the iterator
# cycle [0] Boom from the iterator
# accumulate [0, 1] Boom from the iterator
# compress [0, 1] Boom from the iterator
# compress selectors ['b'] Boom from the iterator
# dropwhile [] Boom from the iterator
# takewhile [0, 1] Boom from the iterator
# filterfalse [0] Boom from the iterator
# groupby [0, 1] Boom from the iterator
# groupby key [1] Boom from the key
# pairwise [(0, 1), (1, 2)] Boom from the iterator
# starmap [1.0] ZeroDivisionError division by zero
# tee [0, 1] Boom from the iterator
# zip_longest [('a', 0)] Boom from the iterator
# takewhile pred [1] Boom from the key
# filterfalse pred [] Boom from the key
# []
