class Base:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "hello from " + self.name
class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def greet(self):
        return super().greet() + " aged " + str(self.age)
class GrandChild(Child):
    def greet(self):
        return "[" + super().greet() + "]"
print(Child("ann", 3).greet())
print(GrandChild("bo", 5).greet())
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])

# Output:
# hello from ann aged 3
# [hello from bo aged 5]
# ['D', 'B', 'C', 'A'] ['D', 'B', 'C', 'A', 'object']
