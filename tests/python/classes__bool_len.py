class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v

print(bool(Empty()))
print(bool(Sized(0)), bool(Sized(3)), len(Sized(4)))
if Flag(False):
    print("yes")
else:
    print("no")
print(not Flag(True))
print("x" if Sized(0) else "empty")

class BadLen:
    def __len__(self):
        return -1

try:
    len(BadLen())
except ValueError as e:
    print(e)

class BadBool:
    def __bool__(self):
        return 1

bool(BadBool())

# Output:
# True
# False True 4
# bool called
# no
# bool called
# False
# empty
# __len__() should return >= 0
# Raise: TypeError: __bool__ should return bool, returned int
