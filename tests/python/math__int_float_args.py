import math
print(math.sqrt(True), math.floor(True), math.sqrt(10 ** 20), math.pow(10, 2))
print(math.floor(-0.0), math.ceil(-0.0), math.copysign(1, math.floor(-0.0)))
print(sum(math.floor(x / 2) for x in range(-3, 4)))

# Output:
# 1.0 1 10000000000.0 100.0
# 0 0 1.0
# -2
