import math
print(math.sqrt(4))
math.sqrt(-1)

# Output:
# 2.0
# Raise: ValueError: math domain error
