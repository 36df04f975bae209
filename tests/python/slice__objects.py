s = slice(1, 5, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefg"[s], tuple(data)[s])
print(slice(3), slice(None, None, -1), slice(1, 2))
print(data[slice(3)], data[slice(None, None, -1)])
print(s.indices(4), slice(None).indices(5), slice(-3, None).indices(10))
print(slice(None, None, -1).indices(5))
print(s == slice(1, 5, 2), type(s).__name__)
data[slice(0, 2)] = ["x"]
print(data)

# Output:
# slice(1, 5, 2) 1 5 2
# [1, 3] bd (1, 3)
# slice(None, 3, None) slice(None, None, -1) slice(1, 2, None)
# [0, 1, 2] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# (1, 4, 2) (0, 5, 1) (7, 10, 1)
# (4, -1, -1)
# True slice
# ['x', 2, 3, 4, 5, 6, 7, 8, 9]
