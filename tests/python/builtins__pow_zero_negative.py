print(pow(0, 0), pow(0, 2), pow(0.0, 3))
print(0 ** 1)
base = 0
print(pow(base, -1))

# Output:
# 1 0 0.0
# 0
# Raise: ZeroDivisionError: 0.0 cannot be raised to a negative power
