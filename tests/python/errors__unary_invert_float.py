print(~1, ~-1, ~0)
print(-1.5, +1.5)
x = 1.5
~x

# Output:
# -2 0 -1
# -1.5 1.5
# Raise: TypeError: bad operand type for unary ~: 'float'
