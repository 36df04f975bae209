import math
print(math.exp(700) > 1e300)
math.exp(1000)

# Output:
# True
# Raise: OverflowError: math range error
