print(max(3, 1, 2), min(3, 1, 2), max([5, 9, 2]), min("hello"))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="none"), min([], default=0), max([1], default=5))
print(max([1, 3, 2], key=lambda x: -x), max((1, "a"), (1, "b")))
print(max([3, 1, 3], key=lambda x: 0), min("b", "a", key=str.upper))
pairs = [("a", 2), ("b", 3), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(range(5)), min(x * x for x in [-3, 2, 4]))

# Output:
# 3 1 9 e
# banana fig
# none 0 1
# 1 (1, 'b')
# 3 a
# ('b', 3) ('a', 2)
# 4 4
