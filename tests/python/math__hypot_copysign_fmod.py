import math
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(2, 3, 6))
print(math.copysign(3, -0.0), math.copysign(-2, 5), math.copysign(1, -1e-300))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), -7 % 3)
print(math.fmod(5.5, 2), math.fmod(-5.5, 2))
print(math.dist((0, 0), (3, 4)))

# Output:
# 5.0 13.0 1.4142135623730951 7.0
# -3.0 2.0 -1.0
# 1.0 -1.0 1.0 2
# 1.5 -1.5
# 5.0
