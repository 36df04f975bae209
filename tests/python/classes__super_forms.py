class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)

    def info(self):
        return "Base(%s)" % self.value

class Child(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra

    def info(self):
        return "Child[" + super().info() + ", %s]" % self.extra

class GrandChild(Child):
    def __init__(self):
        super(GrandChild, self).__init__(1, 2)

    def info(self):
        return "Grand<" + super(GrandChild, self).info() + ">"

print(Child(5, "e").info())
print(GrandChild().info())
g = GrandChild()
print(super(Child, g).info())

# Output:
# Base.__init__ 5
# Child[Base(5), e]
# Base.__init__ 1
# Grand<Child[Base(1), 2]>
# Base.__init__ 1
# Base(1)
