checks = [(1, int), ("s", str), (1.5, (int, float))]
for value, kind in checks:
    print(isinstance(value, kind))
isinstance(1, "int")

# Output:
# True
# True
# True
# Raise: TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union
