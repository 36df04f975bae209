a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
c = set(a)
c |= {10}
c &= {1, 10, 3}
print(sorted(c))
c -= {1}
print(sorted(c))
c ^= {3, 4}
print(sorted(c))
print({1, 2} == {2, 1}, {1} != {1.0}, a - a)

# Output:
# [1, 2, 3, 4, 5] [3, 4] [1, 2] [5] [1, 2, 5]
# [1, 3, 10]
# [3, 10]
# [4, 10]
# True False set()
