import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi))
print(math.sin(math.pi), math.cos(math.pi / 2))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan(1))
print(math.asin(1), math.acos(1), math.acos(0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1))
print(math.sin(1), math.cos(1), math.tan(1))
print(round(math.sin(math.radians(30)), 10))

# Output:
# 0.0 1.0 0.0
# 1.0 -1.0
# 1.2246467991473532e-16 6.123233995736766e-17
# 0.7853981633974483 -2.356194490192345 3.141592653589793 0.7853981633974483
# 1.5707963267948966 0.0 1.5707963267948966
# 180.0 3.141592653589793 57.29577951308232
# 0.8414709848078965 0.5403023058681398 1.5574077246549023
# 0.5
