class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            start, stop, step = idx.indices(len(self.data))
            print("slice ->", (start, stop, step))
            return Seq(self.data[idx])
        return self.data[idx]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Seq(%r)" % self.data

s = Seq("abcdefg")
print(s[1:5])
print(s[::-2])
print(s[-3:])
print(s[2], s[-1])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))

# Output:
# slice -> (1, 5, 1)
# Seq(['b', 'c', 'd', 'e'])
# slice -> (6, -1, -2)
# Seq(['g', 'e', 'c', 'a'])
# slice -> (4, 7, 1)
# Seq(['e', 'f', 'g'])
# c g
# (1, 5, 2) (3, -1, -1)
