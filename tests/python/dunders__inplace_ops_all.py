class Num:
    def __init__(self, v):
        self.v = v
    def __isub__(self, o):
        self.v -= o; return self
    def __imul__(self, o):
        self.v *= o; return self
    def __itruediv__(self, o):
        self.v /= o; return self
    def __ifloordiv__(self, o):
        self.v //= o; return self
    def __imod__(self, o):
        self.v %= o; return self
    def __ipow__(self, o):
        self.v **= o; return self
    def __repr__(self):
        return "Num(%r)" % self.v

n = Num(10)
n -= 3
print(n)
n *= 4
print(n)
n //= 3
print(n)
n %= 5
print(n)
n **= 3
print(n)
n /= 2
print(n)

# Output:
# Num(7)
# Num(28)
# Num(9)
# Num(4)
# Num(64)
# Num(32.0)
