import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0), math.sqrt(1e100))
print(math.floor(2.7), math.floor(-2.2), math.ceil(2.2), math.ceil(-2.7))
print(math.floor(5), math.ceil(-0.5), math.floor(1e20))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.isqrt(17), math.isqrt(10 ** 20))
print(math.sqrt(10 ** 30))

# Output:
# 4.0 1.4142135623730951 0.0 1e+50
# 2 -3 3 -2
# 5 0 100000000000000000000
# int float
# 4 10000000000
# 1000000000000000.0
