class Calc:
    def add(self, a, b):
        return a + b

    @staticmethod
    def smul(a, b):
        return a * b

    @classmethod
    def make(cls, x):
        return cls()

c = Calc()
print(c.add(1, 2), Calc.smul(3, 4), type(Calc.make(0)).__name__)
for call in (lambda: c.add(1), lambda: c.add(1, 2, 3), lambda: Calc.smul(1),
             lambda: c.make(), lambda: c.add(1, b=2, a=3), lambda: Calc()(1)):
    try:
        call()
    except TypeError as e:
        print(e)

# Output:
# 3 12 Calc
# Calc.add() missing 1 required positional argument: 'b'
# Calc.add() takes 3 positional arguments but 4 were given
# Calc.smul() missing 1 required positional argument: 'b'
# Calc.make() missing 1 required positional argument: 'x'
# Calc.add() got multiple values for argument 'a'
# 'Calc' object is not callable
