a, b = 1, 2
print(a, b)
a, b = [3, 4]
print(a, b)
a, b = 5

# Output:
# 1 2
# 3 4
# Raise: TypeError: cannot unpack non-iterable int object
