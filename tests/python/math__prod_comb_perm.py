import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)))
print(math.prod([2, 3], start=10))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(10, 3))

# Output:
# 24 1 5.0 2432902008176640000
# 60
# 10 1 0 126410606437752
# 20 120 0 720
