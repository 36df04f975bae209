print(5.0 % 2, -5.0 % 2)
m = 0
print(5.0 % (m + 3))
print(5.0 % m)

# Output:
# 1.0 1.0
# 2.0
# Raise: ZeroDivisionError: float modulo
