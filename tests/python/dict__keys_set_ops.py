a = {"x": 1, "y": 2, "z": 3}
b = {"y": 0, "z": 0, "w": 0}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() == ["x", "y", "z"])

# Output:
# ['y', 'z']
# ['w', 'x', 'y', 'z']
# ['x']
# ['w', 'x']
# True False
