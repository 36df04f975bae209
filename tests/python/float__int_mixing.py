print(1 + 2.0, 3 * 0.5, 10 - 0.25)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(1 == 1.0, hash(1) == hash(1.0), hash(0.5) == hash(0.5))
print(type(1 + 1.0).__name__, type(2 * 3).__name__)
x = 1
x += 0.5
print(x)
print(3.0 == 3, 3.5 > 3, max(1, 2.5), min(3, 2.0))
print(sum([0.1] * 10))
print(10 ** 20 + 0.0)
print(float(2 ** 63))

# Output:
# 3.0 1.5 9.75
# 1.4142135623730951 2.0 2.0
# True True True
# float int
# 1.5
# True True 2.5 2.0
# 0.9999999999999999
# 1e+20
# 9.223372036854776e+18
