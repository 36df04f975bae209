class Point:
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

p = Point(3, -4)
q = Point(1, 1)
print(p.x, p.y, p.norm1())
print(p.dims, Point.dims)
p.dims = 3
print(p.dims, q.dims, Point.dims)
Point.dims = 5
print(q.dims, p.dims)
print(sorted(vars(p)))
print(type(p).__name__, isinstance(p, Point))
print(Point.norm1(q))

# Output:
# 3 -4 7
# 2 2
# 3 2 2
# 5 3
# ['dims', 'x', 'y']
# Point True
# 2
