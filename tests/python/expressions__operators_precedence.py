print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3)
print(1 + 2 == 3 and not 4 < 3)
print(1 << 2 + 1, 6 & 3 | 8, 5 ^ 1 & 3)
print(not 1 == 2, ~5, -~5)
print(10 - 3 - 2, 2 ** -1, 100 / 10 / 5)
print(3 < 4 == True, (3 < 4) == True)
print([1, 2] * 2 + [3], "ab" * 3, 2 * (1,))
print(True + True, True * 10, -True)

# Output:
# 14 20 512 -4 4
# 3 -4 1 2 -2
# True
# 8 10 4
# True -6 6
# 5 0.5 2.0
# False True
# [1, 2, 1, 2, 3] ababab (1, 1)
# 2 10 -1
