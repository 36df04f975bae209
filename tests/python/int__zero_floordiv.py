print(10 // 3, -10 // 3)
count = 0
print(10 // (count + 5))
print(10 // count)

# Output:
# 3 -4
# 2
# Raise: ZeroDivisionError: integer division or modulo by zero
