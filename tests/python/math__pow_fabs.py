import math
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(-2, 3))
print(math.fabs(-3), math.fabs(2.5), math.fabs(-0.0), type(math.fabs(-3)).__name__)
print(math.pow(0, 0), math.pow(1, math.inf), math.pow(math.inf, 0))

# Output:
# 1024.0 1.4142135623730951 0.25 -8.0
# 3.0 2.5 0.0 float
# 1.0 1.0 1.0
