a = [1, 2]
del a[-1]
print(a)
del a[1]

# Output:
# [1]
# Raise: IndexError: list assignment index out of range
