import math
print(math.comb(4, 2))
math.comb(-1, 2)

# Output:
# 6
# Raise: ValueError: n must be a non-negative integer
