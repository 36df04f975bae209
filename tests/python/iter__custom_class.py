class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for v in Countdown(2):
    print(v)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10

print(list(Seq()), 20 in Seq())

# Output:
# [3, 2, 1]
# 2
# 1
# 10 5 [1, 2, 3]
# [0, 10, 20] True
