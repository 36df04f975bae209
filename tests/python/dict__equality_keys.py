print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {} == {})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
print({0: "a", False: "b", 0.0: "c"})
print(len({"a": 1, "a": 2}), {"a": 1, "a": 2})

# Output:
# True False True
# {1: 'bool'}
# {0: 'c'}
# 1 {'a': 2}
