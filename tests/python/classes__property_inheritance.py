class Base:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        return self._x

class Child(Base):
    @property
    def x(self):
        return super().x * 10

    @x.setter
    def x(self, v):
        self._x = v

c = Child()
print(c.x)
c.x = 4
print(c.x, c._x)
b = Base()
try:
    b.x = 5
except AttributeError as e:
    print(e)

# Output:
# 10
# 40 4
# property 'x' of 'Base' object has no setter
