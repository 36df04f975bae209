# A data pipeline built from iterator tools: sales rows are generated,
# sorted and grouped, windowed with pairwise/islice, totalled with
# accumulate and reduce, ranked with heapq and bisect, and cached with
# lru_cache, all lazily where the tools are lazy.
import bisect
import heapq
import itertools
import operator
from functools import lru_cache, partial, reduce

REGIONS = ['north', 'south', 'east', 'west']
PRODUCTS = ['bolt', 'nut', 'gear', 'spring', 'axle']
rows = [(REGIONS[i * 7 % 4], PRODUCTS[i * 3 % 5], (i * 37) % 11 + 1, 1.25 + (i * 13 % 9) * 0.5)
        for i in range(60)]
key = operator.itemgetter(0, 1)
rows.sort(key=key)
for (region, product), grp in itertools.groupby(rows, key=key):
    grp = list(grp)
    qty = sum(map(operator.itemgetter(2), grp))
    print('%-6s %-7s n=%d qty=%3d revenue=%8.2f' % (
        region, product, len(grp), qty, sum(q * p for _, _, q, p in grp)))

daily = [q * p for _, _, q, p in rows]
print([round(x, 2) for x in itertools.accumulate(daily[:8])])
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate(range(1, 6), operator.mul, initial=10)))
print([round(b - a, 2) for a, b in itertools.pairwise(daily[:6])])
print(reduce(operator.add, itertools.islice(daily, 5, 20, 3)))
print(list(itertools.starmap(pow, itertools.product([2, 3], repeat=2))))
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations_with_replacement('xy', 3)))
print(list(itertools.chain.from_iterable(itertools.repeat('ab', 3))))
print(list(itertools.compress(PRODUCTS, itertools.cycle([1, 0]))))
print(list(itertools.takewhile(lambda x: x < 20, itertools.count(1, 4))))
print(list(itertools.islice(itertools.dropwhile(lambda x: x < 20, itertools.count(1, 4)), 3)))
print(list(itertools.filterfalse(str.isdigit, 'a1b2c3')))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')))
a, b = itertools.tee(iter(REGIONS))
print(list(zip(a, itertools.islice(b, 1, None))))

top = heapq.nlargest(3, rows, key=lambda r: r[2] * r[3])
print(top)
print(heapq.nsmallest(4, (r[2] for r in rows)))
h = []
for r in rows[:10]:
    heapq.heappush(h, (-r[2], r[1]))
print([heapq.heappop(h) for _ in range(4)])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

cuts = [5, 10, 20, 40]
grades = 'EDCBA'
print([grades[bisect.bisect(cuts, round(q * p))] for _, _, q, p in rows[:12]])
ordered = []
for r in rows[:8]:
    bisect.insort(ordered, r[2])
print(ordered, bisect.bisect_left(ordered, 6), bisect.bisect_right(ordered, 6))


@lru_cache(maxsize=32)
def price_band(p):
    return int(p) // 2


bands = [price_band(r[3]) for r in rows]
print(itertools.groupby is not None, sorted(set(bands)), price_band.cache_info())
double = partial(operator.mul, 2)
print(list(map(double, range(5))), double.args)
by_product = sorted(rows, key=operator.itemgetter(1, 2))
print([r[1][0] + str(r[2]) for r in by_product[:10]])
print(sorted(PRODUCTS, key=operator.methodcaller('count', 'e')))
print(operator.attrgetter('real', 'imag')(3 + 4j))

# Output:
# east   axle    n=3 qty= 19 revenue=   70.75
# east   bolt    n=3 qty= 22 revenue=   63.00
# east   gear    n=3 qty= 15 revenue=   23.25
# east   nut     n=3 qty= 14 revenue=   69.00
# east   spring  n=3 qty= 18 revenue=   64.50
# north  axle    n=3 qty= 20 revenue=   67.50
# north  bolt    n=3 qty= 12 revenue=   55.50
# north  gear    n=3 qty= 16 revenue=   70.50
# north  nut     n=3 qty= 24 revenue=   51.00
# north  spring  n=3 qty= 17 revenue=   46.25
# south  axle    n=3 qty= 15 revenue=   30.75
# south  bolt    n=3 qty= 16 revenue=   62.50
# south  gear    n=3 qty= 20 revenue=   57.50
# south  nut     n=3 qty= 19 revenue=   35.25
# south  spring  n=3 qty= 12 revenue=   54.00
# west   axle    n=3 qty= 14 revenue=   62.00
# west   bolt    n=3 qty= 17 revenue=   32.25
# west   gear    n=3 qty= 21 revenue=   89.25
# west   nut     n=3 qty= 18 revenue=   55.50
# west   spring  n=3 qty= 24 revenue=   63.00
# [8.75, 61.25, 70.75, 96.75, 127.0, 133.75, 138.25, 147.0]
# [3, 3, 4, 4, 5, 9, 9, 9]
# [10, 10, 20, 60, 240, 1200]
# [43.75, -43.0, 16.5, 4.25, -23.5]
# 79.5
# [4, 8, 9, 27]
# [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')]
# [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
# [('x', 'x', 'x'), ('x', 'x', 'y'), ('x', 'y', 'y'), ('y', 'y', 'y')]
# ['a', 'b', 'a', 'b', 'a', 'b']
# ['bolt', 'gear', 'axle']
# [1, 5, 9, 13, 17]
# [21, 25, 29]
# ['a', 'b', 'c']
# [('a', 1), ('b', '-'), ('c', '-')]
# [('north', 'south'), ('south', 'east'), ('east', 'west')]
# [('east', 'axle', 10, 5.25), ('west', 'gear', 10, 4.75), ('east', 'nut', 9, 5.25)]
# [1, 1, 1, 1]
# [(-11, 'bolt'), (-10, 'axle'), (-9, 'nut'), (-8, 'bolt')]
# [0, 1, 2, 3, 4, 9, 10]
# ['D', 'A', 'C', 'B', 'B', 'D', 'E', 'D', 'C', 'A', 'D', 'C']
# [2, 2, 3, 5, 7, 8, 10, 11] 4 4
# True [0, 1, 2] CacheInfo(hits=51, misses=9, maxsize=32, currsize=9)
# [0, 2, 4, 6, 8] (2,)
# ['a1', 'a2', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']
# ['bolt', 'nut', 'spring', 'gear', 'axle']
# (3.0, 4.0)
