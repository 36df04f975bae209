print(hash(0), hash(1), hash(-1), hash(-2), hash(42), hash(-42))
print(hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5), hash(-(2 ** 61)))
print(hash(1.0), hash(2.5) == hash(2.5), hash(0.0) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1,)) == hash((1.0,)))
print(type(hash((1, 2))).__name__)

# Output:
# 0 1 -2 -2 42 -42
# 1 0
# 0 1 6 -2
# 1 True True
# True False True
# True True
# int
