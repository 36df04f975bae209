class Multiplier:
    def __init__(self, factor):
        self.factor = factor

    def __call__(self, x, extra=0):
        return x * self.factor + extra

double = Multiplier(2)
print(double(21))
print(double(5, extra=1))
print(callable(double), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2, 3])))

class Plain:
    pass

try:
    Plain()()
except TypeError as e:
    print(e)
"string"()

# Output:
# 42
# 11
# True True
# [3, 6, 9]
# 'Plain' object is not callable
# Raise: TypeError: 'str' object is not callable
