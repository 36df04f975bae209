class Config:
    base = 10
    doubled = base * 2
    items = [i * 2 for i in range(base, base + 3)]

    def method(self):
        return self.base

print(Config.doubled, Config.items)
print(Config().method())

x = "module x"
class Shadow:
    x = "class x"
    def get(self):
        return x

print(Shadow().get(), Shadow.x)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

a, b, c = Counter(), Counter(), Counter()
print(a.id, b.id, c.id, Counter.count)
print(Config.__name__, Config.__qualname__)

# Output:
# 20 [20, 22, 24]
# 10
# module x class x
# 1 2 3 3
# Config Config
