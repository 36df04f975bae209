import math
print(math.floor(2.5), math.floor(-2.5))
print(math.isnan(math.nan))
math.floor(math.nan)

# Output:
# 2 -3
# True
# Raise: ValueError: cannot convert float NaN to integer
