class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(4)))
it = Countdown(2)
print(next(it), next(it))
print(next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2

r = Range2(7)
print(list(r), list(r), sum(r))
a, b, *c = Range2(10)
print(a, b, c)

# Output:
# [4, 3, 2, 1]
# 2 1
# done
# StopIteration
# [0, 2, 4, 6] [0, 2, 4, 6] 12
# 0 2 [4, 6, 8]
