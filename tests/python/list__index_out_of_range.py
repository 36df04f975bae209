a = [1, 2, 3]
print(a[-3])
print(a[3])

# Output:
# 1
# Raise: IndexError: list index out of range
