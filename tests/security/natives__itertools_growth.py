# sandpy-only: caps (sandbox.Config) exist only in sandpy
# itertools, functools and heapq under a memory cap: combinatoric objects
# of huge inputs are refused before they are built, big results stop at
# the cap as they grow; a tee whose copies drift apart, an unbounded
# lru_cache and a growing heap stop at the cap too.
import sandbox
import itertools as I
import functools
import heapq
import operator


def tee_drift():
    a, b = I.tee(I.permutations(range(40)))
    return next(I.islice(a, 10**12, None), None)


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


def zip_longest_endless():
    return operator.length_hint(list(I.zip_longest(I.count(), [])))


def run(f, **caps):
    try:
        sandbox.spawn(f, _config=sandbox.Config(**caps)).join()
        return "returned"
    except sandbox.SandboxError as e:
        text = str(e)
        return "%s %s" % (e.kind, text.split(" exceeded")[0].split(": ")[-1])


for f in [tee_drift, product_huge, product_list, permutations_list, cwr_huge, lru_unbounded, heap_endless, zip_longest_endless]:
    print(f.__name__, run(f, memory="8M", time=20))

# Output:
# tee_drift limit memory limit 8M
# product_huge exception too many items
# product_list limit memory limit 8M
# permutations_list limit memory limit 8M
# cwr_huge exception too many items
# lru_unbounded limit memory limit 8M
# heap_endless limit memory limit 8M
# zip_longest_endless limit memory limit 8M
