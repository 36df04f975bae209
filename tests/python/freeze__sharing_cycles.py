# sandpy-only: the sandbox module
# Sharing and cycles inside the frozen graph are kept.
from sandbox import freeze, is_frozen

row = [1, 2]
grid = [row, row, [row]]
f = freeze(grid)
print(f[0] is f[1], f[2][0] is f[0], f[0] is row)

loop = [1]
loop.append(loop)
g = freeze(loop)
print(g[1] is g, is_frozen(g[1]), repr(g))

d = {"k": 1}
d["self"] = d
d["list"] = [d, d]
fd = freeze(d)
print(fd["self"] is fd, fd["list"][0] is fd, fd["list"][1] is fd)

class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

a = Node(1)
b = Node(2)
a.next = b
b.next = a
fa = freeze(a)
print(fa.next.next is fa, fa.next.v, type(fa).__name__)

t = ([1], {"x": [2]})
ft = freeze((t, t))
print(ft[0] is ft[1], ft[0][1]["x"] == [2])

# Keys of identity-hashed objects still find their values.
k1 = Node(7)
table = {k1: "seven", "k1": k1}
ft = freeze(table)
print(ft[ft["k1"]], len(ft))
both = freeze({"k": k1, "s": {k1, 3}, "fs": frozenset([k1])})
print(both["k"] in both["s"], 3 in both["s"], both["k"] in both["fs"], ft["k1"] in both["s"])

# Output:
# True True False
# True True [1, [...]]
# True True True
# True 2 Node
# True True
# seven 2
# True True True False
