# sandpy-only: caps (sandbox.Config) exist only in sandpy
# itertools, functools, operator, heapq and bisect under caps: endless
# iterators consumed by natives (list, sum, next over a native loop that
# never returns to the VM per item) stop at the memory or time cap;
# combinatoric objects of huge inputs are refused before they are built;
# chains of itertools objects a hundred thousand deep end in
# RecursionError, never a crash; a tee whose copies drift apart and an
# unbounded lru_cache grow until the memory cap stops them. (A tee of a
# tee copies it, as CPython's does: that chain does not nest.)
import sandbox
import itertools as I
import functools
import heapq
import operator


def endless_list():
    return list(I.count())


def endless_repeat():
    return list(I.repeat("x"))


def endless_cycle():
    return list(I.cycle([1, 2, 3]))


def endless_chain():
    return list(I.chain.from_iterable(I.repeat([1, 2])))


def endless_accumulate():
    return list(I.accumulate(I.repeat(1)))


def tee_drift():
    a, b = I.tee(I.count())
    for _ in a:
        pass


def product_huge():
    return I.product(range(10**5), repeat=10**4)


def product_list():
    return list(I.product(range(10**4), range(10**4)))


def permutations_list():
    return list(I.permutations(range(12)))


def cwr_huge():
    return I.combinations_with_replacement("ab", 10**12)


def lru_unbounded():
    f = functools.cache(lambda x: x)
    for i in I.count():
        f(str(i) * 200)


def heap_endless():
    h = []
    for i in I.count():
        heapq.heappush(h, [-i] * 100)


def skip_forever():
    return next(I.filterfalse(None, I.repeat(1)))


def compress_forever():
    return next(I.compress(I.repeat(1), I.repeat(0)))


def islice_far():
    return next(I.islice(I.count(), 10**18, None))


def dropwhile_forever():
    return next(I.dropwhile(operator.truth, I.repeat(1)))


def sum_endless():
    return sum(I.islice(I.count(), 10**15))


def zip_longest_endless():
    return operator.length_hint(list(I.zip_longest(I.count(), [])))


MEMORY = [endless_list, endless_repeat, endless_cycle, endless_chain, endless_accumulate,
          tee_drift, product_huge, product_list, permutations_list, cwr_huge, lru_unbounded,
          heap_endless, zip_longest_endless]
TIME = [skip_forever, compress_forever, islice_far, dropwhile_forever, sum_endless]


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


for f in MEMORY:
    print(f.__name__, run(f, memory="64M", time=20))
for f in TIME:
    print(f.__name__, run(f, memory="64M", time=0.5))

DEEP = 100000
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
# endless_list limit memory limit 64M
# endless_repeat limit memory limit 64M
# endless_cycle limit memory limit 64M
# endless_chain limit memory limit 64M
# endless_accumulate limit memory limit 64M
# tee_drift limit memory limit 64M
# product_huge exception too many items
# product_list limit memory limit 64M
# permutations_list limit memory limit 64M
# cwr_huge exception too many items
# lru_unbounded limit memory limit 64M
# heap_endless limit memory limit 64M
# zip_longest_endless limit memory limit 64M
# skip_forever limit time limit 500ms
# compress_forever limit time limit 500ms
# islice_far limit time limit 500ms
# dropwhile_forever limit time limit 500ms
# sum_endless limit time limit 500ms
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
