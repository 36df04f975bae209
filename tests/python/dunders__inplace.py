class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        print("__iadd__", other)
        self.items.append(other)
        return self

    def __add__(self, other):
        print("__add__", other)
        new = Acc()
        new.items = self.items + [other]
        return new

a = Acc()
alias = a
a += 1
a += 2
print(a is alias, a.items)
b = a + 3
print(b is a, b.items)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)

x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)

lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

# Output:
# __iadd__ 1
# __iadd__ 2
# True [1, 2]
# __add__ 3
# False [1, 2, 3]
# 6 1 False
# [1, 2] True
# (1, 2) (1,)
