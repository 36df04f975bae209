class Base:
    def __add__(self, other):
        return "Base.__add__"
    def __radd__(self, other):
        return "Base.__radd__"

class Derived(Base):
    def __add__(self, other):
        return "Derived.__add__"
    def __radd__(self, other):
        return "Derived.__radd__"

print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
print(1 + Derived())

class MyInt(int):
    def __radd__(self, other):
        return "MyInt.__radd__"

print(5 + MyInt(3))
print(MyInt(3) + 5)

# Output:
# Derived.__radd__
# Derived.__add__
# Base.__add__
# Derived.__radd__
# MyInt.__radd__
# 8
