print([1, 2] + [3])
print(5 - 1)
items = [1, 2]
print(items - 1)

# Output:
# [1, 2, 3]
# 4
# Raise: TypeError: unsupported operand type(s) for -: 'list' and 'int'
