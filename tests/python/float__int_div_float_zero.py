print(5 / 2.0, 5 // 2.0)
zero = 0.0
print(zero == 0)
print(5 / zero)

# Output:
# 2.5 2.0
# True
# Raise: ZeroDivisionError: float division by zero
