d = {(1, 1): "x"}
print(d[(1, 1)], d.get((1, 2)))
print((1, 2) in d)
d[(1, 2)]

# Output:
# x None
# False
# Raise: KeyError: (1, 2)
