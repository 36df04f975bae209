f = frozenset([1, 2, 3])
print(f, frozenset(), frozenset("a"))
print(type(f | {4}).__name__, sorted(f | {4}))
print(type({4} | f).__name__, sorted(f & {2, 3, 9}))
print(sorted(f - {1}), sorted(f ^ frozenset([3, 4])))
print(f == {1, 2, 3}, {1, 2, 3} == f, f.issubset(range(5)))
print(1 in f, len(f), sorted(f.union([9])))
print(f.isdisjoint([7]), frozenset([1, 1, 1]) == frozenset({1}))

# Output:
# frozenset({1, 2, 3}) frozenset() frozenset({'a'})
# frozenset [1, 2, 3, 4]
# set [2, 3]
# [2, 3] [1, 2, 4]
# True True True
# True 3 [1, 2, 3, 9]
# True True
