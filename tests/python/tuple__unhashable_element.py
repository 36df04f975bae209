t = (1, [2])
print(t)
print({t: 1})

# Output:
# (1, [2])
# Raise: TypeError: unhashable type: 'list'
