class Temperature:
    unit = "C"
    created = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temperature.created += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @staticmethod
    def is_freezing(c):
        return c <= 0

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

class Kelvin(Temperature):
    unit = "K"

t = Temperature.from_fahrenheit(212)
print(t.degrees, type(t).__name__)
k = Kelvin.from_fahrenheit(32)
print(k.degrees, type(k).__name__)
print(Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe(), Kelvin.describe(), k.describe())
print(Temperature.created)

# Output:
# 100.0 Temperature
# 0.0 Kelvin
# True False
# Temperature in C Kelvin in K Kelvin in K
# 2
