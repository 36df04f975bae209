class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5

items = ["a", "b", "c", "d"]
print(items[Idx(2)], items[Idx(-1)])
print(items[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)))
print(int(Num()), float(Num()))
print(range(Idx(3))[-1])
try:
    items[1.5]
except TypeError as e:
    print(e)

# Output:
# c d
# ['b', 'c']
# 0b101 0xff
# 7 2.5
# 2
# list indices must be integers or slices, not float
