# Set order through subclasses, copy/deepcopy, frozensets of frozensets,
# complex keys, iterators and dict views (CPython 3.11's order).
print(hash(1+2j), hash(2.5j), {1+2j, 3j, 8+0j, 0.5+1j})
print(frozenset({frozenset({1,2}), frozenset({3})}))
class S(set): pass
x = S([9, 1, 17]); print(x | {25}, x & {1, 9}, type(x.copy()).__name__, sorted(x))
print(set.union({1}, [2], (3,)), {1,2,3}.isdisjoint([4]), {1,2} <= {1,2,3}, {1,2}.issuperset([1]))
s = {1, 2, 3}
try:
    for x in s: s.add(x + 10)
except RuntimeError as e: print(e)
it = iter({5, 6, 7}); print(it.__length_hint__(), list(it))
import copy
s = {17, 1, 9, 33}
print(copy.copy(s), copy.deepcopy(s))
print(frozenset([3, 11]) == {11, 3}, hash(frozenset([3, 11])) == hash(frozenset([11, 3])))
print({1, 2} - {2}, {1} ^ frozenset({2}), frozenset({1}) | {2})
d = {9: 1, 1: 2}
print(d.keys() | {17}, {17} | d.keys(), d.keys() ^ {1}, {1, 5} - d.keys(), d.items() & {(9, 1)})

# Output:
# 2000007 3458764513822540934 {(8+0j), 3j, (0.5+1j), (1+2j)}
# frozenset({frozenset({3}), frozenset({1, 2})})
# {9, 25, 1, 17} {1, 9} set [1, 9, 17]
# {1, 2, 3} True True True
# Set changed size during iteration
# 3 [5, 6, 7]
# {17, 9, 1, 33} {17, 33, 9, 1}
# True True
# {1} {1, 2} frozenset({1, 2})
# {9, 1, 17} {17, 9, 1} {9} {5} {(9, 1)}
