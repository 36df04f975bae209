d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, ("a", 1) in it, ("a", 2) in it)
print(list(k), list(v), list(it))
d["d"] = 4
del d["a"]
print(k, len(v))
for key, val in d.items():
    print(key, val)
print({}.keys(), {"x": [1]}.values())

# Output:
# dict_keys(['a', 'b', 'c'])
# dict_values([1, 2, 3])
# dict_items([('a', 1), ('b', 2), ('c', 3)])
# 3 3 3
# True False True True False
# ['a', 'b', 'c'] [1, 2, 3] [('a', 1), ('b', 2), ('c', 3)]
# dict_keys(['b', 'c', 'd']) 3
# b 2
# c 3
# d 4
# dict_keys([]) dict_values([[1]])
