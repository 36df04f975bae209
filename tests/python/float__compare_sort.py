vals = [3.5, -1.0, 2, 0.0, -0.5, 10 ** 20, 1e-9]
print(sorted(vals))
print(max(vals), min(vals))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(1.0 < 1, 1.0 <= 1, -0.0 < 0.0)
print(sorted([2.5, 1, True, 0.5]))

# Output:
# [-1.0, -0.5, 0.0, 1e-09, 2, 3.5, 100000000000000000000]
# 100000000000000000000 -1.0
# False True
# False True False
# [0.5, 1, True, 2.5]
