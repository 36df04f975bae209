import math
print(math.ceil(1.1))
math.ceil(math.inf)

# Output:
# 2
# Raise: OverflowError: cannot convert float infinity to integer
