class Bag:
    shared = []

    def __init__(self):
        self.own = []

    def add(self, item):
        self.shared.append(item)
        self.own.append(item)

a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.own, b.own)
print(a.shared, b.shared, Bag.shared is a.shared)

# Output:
# [1] [2]
# [1, 2] [1, 2] True
