class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return self.k == other.k

    def __hash__(self):
        return self.k * 7

a, b, c = Key(1), Key(1), Key(2)
print(a == b, a == c, a != b, a != c)
print(a is b)
d = {a: "first"}
d[b] = "second"
print(len(d), d[Key(1)])
print(a == 1, 1 == a, a != "x")
print(len({Key(1), Key(1), Key(3)}))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__)
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)

# Output:
# True False False True
# False
# 1 second
# False False True
# 2
# None
# unhashable type: 'NoHash'
