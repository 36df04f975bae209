class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]

    def __contains__(self, key):
        return key in self.cells

    def __len__(self):
        return len(self.cells)

g = Grid()
g[0, 1] = "x"
g["a"] = 1
print(g[0, 1], g[5, 5])
print((0, 1) in g, (2, 2) in g, (2, 2) not in g)
del g[0, 1]
print(len(g))
g["a"] += 10
print(g.cells)
try:
    del g["zz"]
except KeyError as e:
    print("KeyError", e)

# Output:
# set (0, 1) x
# set a 1
# get (0, 1)
# get (5, 5)
# x .
# True False True
# del (0, 1)
# 1
# get a
# set a 11
# {'a': 11}
# del zz
# KeyError 'zz'
