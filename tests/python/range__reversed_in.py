print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(-3 in range(0, -10, -3), 3.0 in range(5), "a" in range(5))
print(10 ** 18 in range(0, 10 ** 19, 2))

# Output:
# [4, 3, 2, 1, 0] [7, 4, 1]
# True False True False
# True True False
# True
