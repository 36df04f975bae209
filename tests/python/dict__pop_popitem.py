d = {"a": 1, "b": 2, "c": 3}
print(d.pop("b"), d)
print(d.pop("zz", "default"), d.pop("zz", None))
print(d.popitem(), d)
d["x"] = 10
print(d.popitem(), d.popitem(), d)

# Output:
# 2 {'a': 1, 'c': 3}
# default None
# ('c', 3) {'a': 1}
# ('x', 10) ('a', 1) {}
