import math
print(math.factorial(5))
print(math.factorial(int(5.0)))
math.factorial(2.5)

# Output:
# 120
# 120
# Raise: TypeError: 'float' object cannot be interpreted as an integer
