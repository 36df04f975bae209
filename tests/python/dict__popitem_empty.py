d = {1: 2}
print(d.popitem())
d.popitem()

# Output:
# (1, 2)
# Raise: KeyError: 'popitem(): dictionary is empty'
