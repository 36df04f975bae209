a = [1, 2, 3, 4, 5, 6]
a[::2] = [0, 0, 0]
print(a)
a[::2] = [9, 9]

# Output:
# [0, 2, 0, 4, 0, 6]
# Raise: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
