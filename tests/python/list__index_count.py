a = ["a", "b", "c", "b", "a"]
print(a.index("b"), a.index("b", 2), a.index("a", 1, 5))
print(a.count("a"), a.count("z"), [1, 1.0, True].count(1))
print([[1], [1]].count([1]), [None, None].index(None))

# Output:
# 1 3 4
# 2 0 3
# 2 0
