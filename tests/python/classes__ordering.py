class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(vs))
print(max(vs), min(vs))
print(Version(1) < Version(2), Version(2) <= Version(2), Version(3) > Version(4))
print(Version(1, 1) >= Version(1, 0))

class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n

print(OnlyLt(5) > OnlyLt(3))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)

# Output:
# [v0.9, v1.0.5, v1.2, v1.2.1]
# v1.2.1 v0.9
# True True False
# True
# True
# '<=' not supported between instances of 'OnlyLt' and 'OnlyLt'
