print(float(10 ** 300))
print(float(2 ** 1023) == 2.0 ** 1023)
huge = 10 ** 400
print(float(huge))

# Output:
# 1e+300
# True
# Raise: OverflowError: int too large to convert to float
