class Circle:
    def __init__(self, radius):
        self._radius = radius

    @property
    def radius(self):
        print("get radius")
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        print("set radius", value)
        self._radius = value

    @radius.deleter
    def radius(self):
        print("delete radius")
        del self._radius

    @property
    def diameter(self):
        return self._radius * 2

c = Circle(2)
print(c.radius)
c.radius = 5
print(c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
del c.radius
print(hasattr(c, "_radius"))
try:
    c.diameter = 3
except AttributeError as e:
    print(e)
print(type(Circle.radius).__name__)

# Output:
# get radius
# 2
# set radius 5
# 10
# ValueError: radius must be non-negative
# delete radius
# False
# property 'diameter' of 'Circle' object has no setter
# property
