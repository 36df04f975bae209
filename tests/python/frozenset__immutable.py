f = frozenset([1])
print(f)
f.add(2)

# Output:
# frozenset({1})
# Raise: AttributeError: 'frozenset' object has no attribute 'add'
