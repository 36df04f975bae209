d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update(d=4, a=100)
print(d)
d.update([("e", 5), ("f", 6)])
print(d)
d.update({"g": 7}, h=8)
print(d)
print(d.update() is None)

# Output:
# {'a': 1, 'b': 20, 'c': 30}
# {'a': 100, 'b': 20, 'c': 30, 'd': 4}
# {'a': 100, 'b': 20, 'c': 30, 'd': 4, 'e': 5, 'f': 6}
# {'a': 100, 'b': 20, 'c': 30, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8}
# True
