# product (repeat), permutations (r), combinations and
# combinations_with_replacement: small inputs against their definitions,
# every parameter, edge cases (r = 0, r > n, empty pools, repeat = 0).
from itertools import product, permutations, combinations, combinations_with_replacement
import math

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product()), list(product(repeat=3)), list(product("ab", repeat=0)))
print(list(product("ab", [])), list(product([], "ab")), list(product("a", "b", "c")))
print(list(product("ab", "c", repeat=2)))
print(len(list(product(range(3), range(4), range(5)))))

print(list(permutations("ABC")), list(permutations("ABCD", 2)))
print(list(permutations(range(3), 0)), list(permutations(range(3), 4)), list(permutations([])))
print(list(permutations(range(3), r=None)), list(permutations(iterable="ab", r=1)))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations([1, 1, 2])))

print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)))
print(list(combinations("AB", 0)), list(combinations("AB", 3)), list(combinations([], 0)))
print(list(combinations(iterable="abc", r=2)))
for n in range(6):
    for r in range(7):
        assert len(list(combinations(range(n), r))) == math.comb(n, r)
        assert len(list(combinations_with_replacement(range(n), r))) == (
            math.comb(n + r - 1, r) if n else int(r == 0))
        assert len(list(permutations(range(n), r))) == math.perm(n, r)
print("counts match math.comb and math.perm")

print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement("", 0)), list(combinations_with_replacement("", 2)))
print(list(combinations_with_replacement("A", 3)), list(combinations_with_replacement("AB", 0)))

pool = [[1], [2]]
for t in combinations(pool, 1):
    print(t[0] is pool[0] or t[0] is pool[1])
    break
p = product("ab", "cd")
print(next(p), next(p), list(p), list(p))
it = iter("abc")
pm = permutations(it, 2)
print(list(it), next(pm))

# Output:
# [('A', 'x'), ('A', 'y'), ('B', 'x'), ('B', 'y')] [(0, 0, 0), (0, 0, 1), (0, 1, 0), (0, 1, 1), (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1)]
# [()] [()] [()]
# [] [] [('a', 'b', 'c')]
# [('a', 'c', 'a', 'c'), ('a', 'c', 'b', 'c'), ('b', 'c', 'a', 'c'), ('b', 'c', 'b', 'c')]
# 60
# [('A', 'B', 'C'), ('A', 'C', 'B'), ('B', 'A', 'C'), ('B', 'C', 'A'), ('C', 'A', 'B'), ('C', 'B', 'A')] [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'A'), ('B', 'C'), ('B', 'D'), ('C', 'A'), ('C', 'B'), ('C', 'D'), ('D', 'A'), ('D', 'B'), ('D', 'C')]
# [()] [] [()]
# [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] [('a',), ('b',)]
# 720 210
# [(1, 1, 2), (1, 2, 1), (1, 1, 2), (1, 2, 1), (2, 1, 1), (2, 1, 1)]
# [('A', 'B'), ('A', 'C'), ('A', 'D'), ('B', 'C'), ('B', 'D'), ('C', 'D')] [(0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]
# [()] [] [()]
# [('a', 'b'), ('a', 'c'), ('b', 'c')]
# counts match math.comb and math.perm
# [('A', 'A'), ('A', 'B'), ('A', 'C'), ('B', 'B'), ('B', 'C'), ('C', 'C')]
# [()] []
# [('A', 'A', 'A')] [()]
# True
# ('a', 'c') ('a', 'd') [('b', 'c'), ('b', 'd')] []
# [] ('a', 'b')
