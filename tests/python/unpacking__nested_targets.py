data = [("ann", (30, "oslo")), ("bob", (25, "rome"))]
for name, (age, city) in data:
    print(name, age, city)
(a, (b, (c, d))) = 1, (2, (3, 4))
print(a + b + c + d)
[a, [b, *c]] = [0, [1, 2, 3]]
print(a, b, c)
point = {"x": 0}
point["x"], point["y"] = 5, 6
print(point)

class Box:
    pass

box = Box()
box.a, box.b = "A", "B"
print(box.a, box.b)
lst = [0, 0, 0]
i = 0
i, lst[i] = 2, 9
print(i, lst)

# Output:
# ann 30 oslo
# bob 25 rome
# 10
# 0 1 [2, 3]
# {'x': 5, 'y': 6}
# A B
# 2 [0, 0, 9]
