import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.inf > 10 ** 308, math.nan == math.nan, math.pi * 2 == math.tau)
print(round(math.pi, 5), f"{math.e:.3f}")

# Output:
# 3.141592653589793 2.718281828459045 6.283185307179586
# inf -inf nan
# True False True
# 3.14159 2.718
