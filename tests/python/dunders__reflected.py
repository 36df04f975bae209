class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("__add__")
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__")
        return self.__add__(other)

    def __rmul__(self, other):
        print("__rmul__")
        return Meters(self.v * other)

    def __rsub__(self, other):
        return Meters(other - self.v)

    def __repr__(self):
        return "%sm" % self.v

print(Meters(2) + 3)
print(3 + Meters(2))
print(Meters(1) + Meters(2))
print(4 * Meters(5))
print(10 - Meters(4))
print(sum([Meters(1), Meters(2), Meters(3)]))

# Output:
# __add__
# 5m
# __radd__
# __add__
# 5m
# __add__
# 3m
# __rmul__
# 20m
# 6m
# __radd__
# __add__
# __add__
# __add__
# 6m
