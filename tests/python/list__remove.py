a = [1, 2, 3, 2, 1]
a.remove(2)
print(a)
a.remove(1)
print(a)
a.remove(1)
print(a)
b = [[1], "x", 2.0]
b.remove(2)
print(b)

# Output:
# [1, 3, 2, 1]
# [3, 2, 1]
# [3, 2]
# [[1], 'x']
