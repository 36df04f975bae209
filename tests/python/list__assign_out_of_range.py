a = [1, 2, 3]
a[-1] = 30
print(a)
a[3] = 4

# Output:
# [1, 2, 30]
# Raise: IndexError: list assignment index out of range
