a, b = (1, 2)
print(a, b)
x, *rest = (1,)
print(x, rest)
a, b, c = (1, 2)

# Output:
# 1 2
# 1 []
# Raise: ValueError: not enough values to unpack (expected 3, got 2)
