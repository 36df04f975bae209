class Base:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __repr__(self):
        return type(self).__name__ + repr(self.items)
    def __eq__(self, other):
        return type(self) is type(other) and self.items == other.items

class Child(Base):
    def __add__(self, other):
        return Child(self.items + other.items)

c = Child([1, 2])
print(len(c), c[0], c[-1], list(c), c)
print(c + Child([3]))
print(Child([1]) == Child([1]), Child([1]) == Base([1]), Child([1]) != Base([1]))
print(3 in Child([3]), 4 in Child([3]))
print(Base([1]).__hash__ is None)

# Output:
# 2 1 2 [1, 2] Child[1, 2]
# Child[1, 2, 3]
# True False True
# True False
# True
