d = {}
d[(1, 2)] = 3
print(d)
d[[1, 2]] = 3

# Output:
# {(1, 2): 3}
# Raise: TypeError: unhashable type: 'list'
