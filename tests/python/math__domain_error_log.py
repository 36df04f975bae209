import math
print(math.log(1))
math.log(0)

# Output:
# 0.0
# Raise: ValueError: math domain error
