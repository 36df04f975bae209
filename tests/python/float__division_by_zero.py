print(1.0 / 2, 3 / 4.0)
total, count = 1.0, 0
print(total / (count + 1))
print(total / count)

# Output:
# 0.5 0.75
# 1.0
# Raise: ZeroDivisionError: float division by zero
