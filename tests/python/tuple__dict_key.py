d = {}
d[(1, 2)] = "a"
d[(1, 2)] = "b"
d[(2, 1)] = "c"
d[()] = "empty"
d[((1,), "x")] = "nested"
print(d)
print(d[(1, 2)], d[1, 2], (2, 1) in d)
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2)))
grid = {(x, y): x * y for x in range(2) for y in range(2)}
print(sorted(grid.items()))

# Output:
# {(1, 2): 'b', (2, 1): 'c', (): 'empty', ((1,), 'x'): 'nested'}
# b b True
# True True
# [((0, 0), 0), ((0, 1), 0), ((1, 0), 0), ((1, 1), 1)]
