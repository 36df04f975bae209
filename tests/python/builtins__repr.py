print(repr(1), repr(1.5), repr("s"), repr([1, "a"]), repr((1,)), repr(None))
print(repr({"a": [1, (2, 3)]}), repr(b"x"), repr(range(3)), repr(True))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
p = Point(1, 2)
print(repr(p), p, [p], str(p))
class Both:
    def __repr__(self):
        return "repr!"
    def __str__(self):
        return "str!"
print(Both(), repr(Both()), [Both()], f"{Both()}", f"{Both()!r}")

# Output:
# 1 1.5 's' [1, 'a'] (1,) None
# {'a': [1, (2, 3)]} b'x' range(0, 3) True
# Point(1, 2) Point(1, 2) [Point(1, 2)] Point(1, 2)
# str! repr! [repr!] str! repr!
