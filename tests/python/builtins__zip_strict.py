print(list(zip([1, 2], [3, 4], strict=True)))
print(list(zip([1, 2], [3])))
a, b = [1, 2], [3]
list(zip(a, b, strict=True))

# Output:
# [(1, 3), (2, 4)]
# [(1, 3)]
# Raise: ValueError: zip() argument 2 is shorter than argument 1
