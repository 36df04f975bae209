import math
print(math.sqrt(4), math.sqrt(4.0), math.sqrt(True))
print(math.sqrt(float("4")))
math.sqrt("4")

# Output:
# 2.0 2.0 1.0
# 2.0
# Raise: TypeError: must be real number, not str
