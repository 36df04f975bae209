g = (i for i in range(10))
next(g)
print(list(g), sorted({3, 1, 2}), [*map(str, b"ab")])
