d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))
d["z"] = 100
print(d)
del d["z"]
d["z"] = 5
print(d)
print(list(reversed(d)))
print(dict(sorted(d.items())))

# Output:
# ['z', 'a', 'm']
# {'z': 100, 'a': 2, 'm': 3}
# {'a': 2, 'm': 3, 'z': 5}
# ['z', 'm', 'a']
# {'a': 2, 'm': 3, 'z': 5}
