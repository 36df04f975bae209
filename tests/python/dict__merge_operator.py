a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
print(a)
a |= b
print(a)
a |= [("w", 0)]
print(a)

# Output:
# {'x': 1, 'y': 20, 'z': 30}
# {'y': 2, 'z': 30, 'x': 1}
# {'x': 1, 'y': 2}
# {'x': 1, 'y': 20, 'z': 30}
# {'x': 1, 'y': 20, 'z': 30, 'w': 0}
