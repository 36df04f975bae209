d = {"a": [1], "b": 2}
c = d.copy()
c["b"] = 99
c["a"].append(2)
print(d, c)
print(len(d), len(c), len({}))
d.clear()
print(d, len(d), bool(d), bool(c))
print("a" in c, "z" not in c)
del c["a"]
print(c)

# Output:
# {'a': [1, 2], 'b': 2} {'a': [1, 2], 'b': 99}
# 2 2 0
# {} 0 False True
# True True
# {'b': 99}
