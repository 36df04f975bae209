print(max(1, 2.5, True), min(0, -0.5, False), max([2, 2.0]), max([2.0, 2]))
print(max("a", "B"), min(["x", "yy", "z"], key=len))
print(max([[1, 2], [1, 2, 0]]), min((3, 1), (2, 9)))
print(max(x % 7 for x in range(20)), min(range(5, 10)))
print(max([], key=len, default=None))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))

# Output:
# 2.5 -0.5 2 2.0
# a x
# [1, 2, 0] (2, 9)
# 6 5
# None
# b a
