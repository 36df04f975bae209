class Counter:
    def __init__(self):
        self.value = 0

c = Counter()
c.value += 5
c.value *= 2
print(c.value)

counts = {}
for ch in "banana":
    counts[ch] = counts.get(ch, 0) + 1
counts["a"] -= 1
print(counts)

grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)

class Logged:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, key):
        print("get", key)
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.data[key] = value

lg = Logged()
lg["k"] += 10
print(lg.data)

def key():
    print("key evaluated once")
    return 0

arr = [1]
arr[key()] += 1
print(arr)
d = {}
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError", e)

# Output:
# 10
# {'b': 1, 'a': 2, 'n': 2}
# [[-1, 0, 0], [0, 0, 7]]
# get k
# set k 11
# {'k': 11}
# key evaluated once
# [2]
# KeyError 'missing'
