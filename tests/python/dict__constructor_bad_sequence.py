print(dict([("a", 1), ("b", 2)]))
print(dict([]))
pairs = [("a", 1), ("b", 2, 3)]
dict(pairs)

# Output:
# {'a': 1, 'b': 2}
# {}
# Raise: ValueError: dictionary update sequence element #1 has length 3; 2 is required
