class Money:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.v == other.v
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented
print(Money(1) == Money(1), Money(1) == 1, Money(1) != "x")
print((Money(2) + Money(3)).v, sum([Money(1), Money(2)]).v)
print(repr(NotImplemented), type(NotImplemented).__name__)
try:
    Money(1) + 5
except TypeError as e:
    print(e)

# Output:
# True False True
# 5 3
# NotImplemented NotImplementedType
# unsupported operand type(s) for +: 'Money' and 'int'
