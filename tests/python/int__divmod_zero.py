print(divmod(5, 1), divmod(5, 2))
d = 0
print(divmod(5, d + 3))
divmod(5, d)

# Output:
# (5, 0) (2, 1)
# (1, 2)
# Raise: ZeroDivisionError: integer division or modulo by zero
