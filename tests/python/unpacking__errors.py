try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    (a, b), c = [1, 2], 3, 4
except ValueError as e:
    print(e)
try:
    a, b = "xyz"
except ValueError as e:
    print(e)
x, y, z = (i for i in range(2))

# Output:
# not enough values to unpack (expected 3, got 2)
# too many values to unpack (expected 2)
# not enough values to unpack (expected at least 2, got 1)
# cannot unpack non-iterable int object
# too many values to unpack (expected 2)
# too many values to unpack (expected 2)
# Raise: ValueError: not enough values to unpack (expected 3, got 2)
