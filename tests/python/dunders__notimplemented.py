class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"

print(A() + B())
try:
    A() + A()
except TypeError as e:
    print(e)
try:
    B() + B()
except TypeError as e:
    print(e)
try:
    [] - 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    -"neg"
except TypeError as e:
    print(e)
A() * 2

# Output:
# A.__add__
# B.__radd__
# B handled it
# A.__add__
# unsupported operand type(s) for +: 'A' and 'A'
# unsupported operand type(s) for +: 'B' and 'B'
# unsupported operand type(s) for -: 'list' and 'int'
# can't multiply sequence by non-int of type 'str'
# bad operand type for unary -: 'str'
# Raise: TypeError: unsupported operand type(s) for *: 'A' and 'int'
