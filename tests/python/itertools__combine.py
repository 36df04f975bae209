# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
# pairwise and zip_longest: every parameter, laziness, and their types.
import itertools
from itertools import (accumulate, chain, compress, dropwhile, takewhile, filterfalse,
                       starmap, pairwise, zip_longest, islice, count)

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate(iterable=[1, 2], func=None, initial=None)))
print(list(accumulate([1, 2], None)))
print(list(islice(accumulate(count(1)), 5)))

print(list(chain()), list(chain([])), list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain.from_iterable(["ab", "cd", ""])))
print(list(islice(chain.from_iterable(repeat_list for repeat_list in [[1]] * 3), 10)))
print(list(chain.from_iterable([])))
c = chain([1], [2])
print(next(c), list(c), list(c))

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [1, 1, 1, 1, 1])), list(compress("ABCDE", [0, 1])))
print(list(compress(data=range(5), selectors=[True, False] * 3)))
print(list(compress(count(), [0, 0, 1, 0, 1])))

print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(dropwhile(lambda x: False, [1, 2])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: True, [1, 2])), list(takewhile(lambda x: False, [1, 2])))
t = takewhile(lambda x: x < 2, iter([1, 2, 0, 1]))
print(list(t), list(t))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", [], [0], None])))

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *a: a, [[1, 2], "ab", (), range(3)])))
print(list(starmap(max, iter([(1, 5), [7, 2]]))))

print(list(pairwise("ABCDEFG")), list(pairwise("A")), list(pairwise("")))
print(list(pairwise(range(3))), list(islice(pairwise(count()), 3)))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest("AB", "xyz")), list(zip_longest()), list(zip_longest("ab")))
print(list(zip_longest([], [], fillvalue=0)), list(zip_longest([1], [], [2, 3], fillvalue=None)))
print(list(islice(zip_longest(count(), "ab"), 4)))

for name in ["accumulate", "chain", "compress", "dropwhile", "takewhile", "filterfalse",
             "starmap", "pairwise", "zip_longest", "islice", "count", "cycle", "repeat",
             "groupby", "product", "permutations", "combinations",
             "combinations_with_replacement"]:
    cls = getattr(itertools, name)
    print(name, cls.__name__, cls.__module__, repr(cls))
obj = chain()
print(type(obj) is chain, iter(obj) is obj, type(chain.from_iterable([])) is chain)
print(type(itertools.tee([])[0]).__name__, callable(itertools.tee))

# Output:
# [1, 3, 6, 10, 15]
# [1, 2, 6, 24, 120]
# [3, 3, 4, 4, 5]
# [100, 101, 103, 106]
# [7] []
# ['a', 'ab', 'abc']
# [1, 3]
# [1, 3]
# [1, 3, 6, 10, 15]
# [] [] ['a', 'b', 1, 2, 3, 0, 1]
# ['a', 'b', 'c', 'd']
# [1, 1, 1]
# []
# 1 [2] []
# ['A', 'C', 'E', 'F']
# ['A', 'B', 'C'] ['B']
# [0, 2, 4]
# [2, 4]
# [6, 4, 1]
# [] [1, 2]
# [1, 4]
# [1, 2] []
# [1] []
# [0, 2, 4, 6, 8]
# [0, '', [], None]
# [32, 9, 1000]
# [(1, 2), ('a', 'b'), (), (0, 1, 2)]
# [5, 7]
# [('A', 'B'), ('B', 'C'), ('C', 'D'), ('D', 'E'), ('E', 'F'), ('F', 'G')] [] []
# [(0, 1), (1, 2)] [(0, 1), (1, 2), (2, 3)]
# [('A', 'x'), ('B', 'y'), ('C', '-'), ('D', '-')]
# [('A', 'x'), ('B', 'y'), (None, 'z')] [] [('a',), ('b',)]
# [] [(1, None, 2), (None, None, 3)]
# [(0, 'a'), (1, 'b'), (2, None), (3, None)]
# accumulate accumulate itertools <class 'itertools.accumulate'>
# chain chain itertools <class 'itertools.chain'>
# compress compress itertools <class 'itertools.compress'>
# dropwhile dropwhile itertools <class 'itertools.dropwhile'>
# takewhile takewhile itertools <class 'itertools.takewhile'>
# filterfalse filterfalse itertools <class 'itertools.filterfalse'>
# starmap starmap itertools <class 'itertools.starmap'>
# pairwise pairwise itertools <class 'itertools.pairwise'>
# zip_longest zip_longest itertools <class 'itertools.zip_longest'>
# islice islice itertools <class 'itertools.islice'>
# count count itertools <class 'itertools.count'>
# cycle cycle itertools <class 'itertools.cycle'>
# repeat repeat itertools <class 'itertools.repeat'>
# groupby groupby itertools <class 'itertools.groupby'>
# product product itertools <class 'itertools.product'>
# permutations permutations itertools <class 'itertools.permutations'>
# combinations combinations itertools <class 'itertools.combinations'>
# combinations_with_replacement combinations_with_replacement itertools <class 'itertools.combinations_with_replacement'>
# True True True
# _tee True
