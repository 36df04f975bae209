print(5.0 // 2, -5.0 // 2)
divisor = 0.0
print(5.0 // (divisor + 1))
print(5.0 // divisor)

# Output:
# 2.0 -3.0
# 5.0
# Raise: ZeroDivisionError: float floor division by zero
