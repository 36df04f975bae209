x = 1
y = "2"
print(x + int(y))
print(x + y)

# Output:
# 3
# Raise: TypeError: unsupported operand type(s) for +: 'int' and 'str'
