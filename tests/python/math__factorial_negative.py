import math
print(math.factorial(3))
math.factorial(-1)

# Output:
# 6
# Raise: ValueError: factorial() not defined for negative values
