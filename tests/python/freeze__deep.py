# sandpy-only: the sandbox module
# Freezing is iterative: a million-deep nesting freezes and thaws.
from sandbox import freeze, thaw, is_frozen

x = []
for i in range(1000000):
    x = [x]
f = freeze(x)
print(is_frozen(f), freeze(f) is f)
n = 0
cur = f
while cur:
    assert is_frozen(cur)
    cur = cur[0]
    n += 1
print(n)

d = {}
for i in range(200000):
    d = {"next": d, "pair": (i, d)}
fd = freeze(d)
print(fd["pair"][1] is fd["next"], fd["pair"][0])
t = thaw(fd)
t["extra"] = 1
print(len(t), is_frozen(t["next"]))

# Output:
# True True
# 1000000
# True 199999
# 3 False
