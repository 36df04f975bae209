print(list(range(1, 10, 3)))
print(list(range(10, 1, -4)))
step = 0
range(1, 10, step)

# Output:
# [1, 4, 7]
# [10, 6, 2]
# Raise: ValueError: range() arg 3 must not be zero
