print(10 % 3, -10 % 3)
count = 0
print(10 % (count + 4))
print(10 % count)

# Output:
# 1 2
# 2
# Raise: ZeroDivisionError: integer modulo by zero
