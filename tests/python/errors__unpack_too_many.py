a, b = [1, 2]
print(a + b)
first, *others = [1, 2, 3]
print(first, others)
a, b = [1, 2, 3]

# Output:
# 3
# 1 [2, 3]
# Raise: ValueError: too many values to unpack (expected 2)
