# count, cycle and repeat: every parameter, reprs, length hints, big and
# float steps; infinite iterators consumed through islice.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10), 3)))
print(list(islice(count(1, 3), 4)))
print(list(islice(count(start=-2, step=-1), 4)))
print(list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2**63 - 2), 4)))
print(list(islice(count(-2**63 + 1, -1), 3)))
print(list(islice(count(1j, 1+1j), 3)))
print(list(islice(count(True), 3)), list(islice(count(0, True), 3)))
c = count(5)
print(repr(c), next(c), repr(c))
print(repr(count()), repr(count(1.5)), repr(count(1.5, 0.5)), repr(count(0, 1.0)))
print(repr(count(3, 2)), repr(count(3, -1)), repr(count(2**70, 2**70)))
c = count(2**62, 2**62)
next(c); next(c)
print(repr(c))


class Num:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(%r)" % self.v


print(list(islice(count(Num(1), Num(2)), 3)))
print(repr(count(Num(1))))

print(list(islice(cycle("abc"), 7)))
print(list(islice(cycle([1]), 3)), list(cycle([])), list(cycle("")))
it = iter([1, 2, 3])
cy = cycle(it)
print(next(cy), next(it), list(islice(cy, 5)))


def gen():
    print("gen starts")
    yield "x"
    yield "y"


cy = cycle(gen())
print("made")
print(list(islice(cy, 5)))

r = repeat("a")
print(repr(r), next(r), next(r), repr(r))
r = repeat(None, 3)
print(repr(r), r.__length_hint__(), list(r), repr(r), r.__length_hint__())
print(list(repeat(1, 0)), list(repeat(1, -5)), repr(repeat(1, -5)))
print(list(repeat(object=[1], times=2)), list(repeat([1], times=2)))
x = [0]
a, b = repeat(x, 2)
print(a is x and b is x)
print(repr(repeat("it's")), repr(repeat(repeat(1, 2))))
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(list(map(pow, range(4), repeat(2))))

# Output:
# [0, 1, 2, 3, 4]
# [10, 11, 12]
# [1, 4, 7, 10]
# [-2, -3, -4, -5]
# [0.5, 0.75, 1.0, 1.25]
# [9223372036854775806, 9223372036854775807, 9223372036854775808, 9223372036854775809]
# [-9223372036854775807, -9223372036854775808, -9223372036854775809]
# [1j, (1+2j), (2+3j)]
# [1, 2, 3] [0, 1, 2]
# count(5) 5 count(6)
# count(0) count(1.5) count(1.5, 0.5) count(0, 1.0)
# count(3, 2) count(3, -1) count(1180591620717411303424, 1180591620717411303424)
# count(13835058055282163712, 4611686018427387904)
# [Num(1), Num(3), Num(5)]
# count(Num(1))
# ['a', 'b', 'c', 'a', 'b', 'c', 'a']
# [1, 1, 1] [] []
# 1 2 [3, 1, 3, 1, 3]
# made
# gen starts
# ['x', 'y', 'x', 'y', 'x']
# repeat('a') a a repeat('a')
# repeat(None, 3) 3 [None, None, None] repeat(None, 0) 0
# [] [] repeat(1, 0)
# [[1], [1]] [[1], [1]]
# True
# repeat("it's") repeat(repeat(1, 2))
# TypeError: len() of unsized object
# [0, 1, 4, 9]
