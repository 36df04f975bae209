x = None
print(x is None)
if x is None:
    x = 0
print(x + 1)
y = None
print(y + 1)

# Output:
# True
# 1
# Raise: TypeError: unsupported operand type(s) for +: 'NoneType' and 'int'
