# sandpy-only: the sandbox module
# thaw makes a mutable deep copy in the local heap.
from sandbox import freeze, thaw, is_frozen

class Box:
    def __init__(self, items):
        self.items = items

    def add(self, x):
        self.items.append(x)

shared = [1, 2]
data = {"a": shared, "b": shared, "t": (shared, "s"), "box": Box([0]), "set": {1, 2}}
data["self"] = data
f = freeze(data)
t = thaw(f)
print(type(t) is dict, is_frozen(t), is_frozen(t["a"]), is_frozen(t["t"]), is_frozen(t["box"]))
print(t["a"] is t["b"], t["t"][0] is t["a"], t["self"] is t, t["self"]["self"] is t)
t["a"].append(3)
t["set"].add(3)
t["box"].add(5)
t["new"] = 1
print(t["b"], t["t"][0], sorted(t["set"]), t["box"].items, len(t))
print(f["a"], sorted(f["set"]), f["box"].items, len(f))

# Atoms are returned as they are.
s = f["t"][1]
print(thaw(s) is s, thaw(5), thaw(None), thaw(int) is int)
fs = freeze(frozenset([1]))
print(thaw(fs) is fs)
def fn():
    return 1
ff = freeze(fn)
print(thaw(ff) is ff, thaw(ff)())
ft = freeze((1, "x"))
print(thaw(ft) is ft)

# A thawed instance is a new local instance of the same (frozen) class.
b = thaw(f["box"])
print(type(b) is type(f["box"]), is_frozen(type(b)), b.items, is_frozen(b.items))
b.label = "mine"
print(b.label)

# thaw of local objects copies their containers too.
orig = [[1], {"k": [2]}]
c = thaw(orig)
c[0].append(9)
c[1]["k"].append(9)
print(orig, c, c[0] is orig[0])

# Deeply nested structures thaw without recursion.
deep = []
for i in range(100000):
    deep = [deep]
d = thaw(freeze(deep))
n = 0
while d:
    d = d[0]
    n += 1
print(n)

# Output:
# True False False False False
# True True True True
# [1, 2, 3] [1, 2, 3] [1, 2, 3] [0, 5] 7
# [1, 2] [1, 2] [0] 6
# True 5 None True
# True
# True 1
# True
# True True [0] False
# mine
# [[1], {'k': [2]}] [[1, 9], {'k': [2, 9]}] False
# 100000
