class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @staticmethod
    def double(x):
        return x * 2
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def name(cls):
        return cls.__name__

class Sub(Counter):
    pass

print(Counter.double(4), Counter().double(5))
print(len(Counter.make(3)), Counter.count)
print(Counter.name(), Sub.name(), Sub().name())
print(type(Sub.make(1)[0]).__name__, Counter.count)

# Output:
# 8 10
# 3 4
# Counter Sub Sub
# Sub 6
