s = set()
s.add((1, 2))
print(s)
s.add({3})

# Output:
# {(1, 2)}
# Raise: TypeError: unhashable type: 'set'
