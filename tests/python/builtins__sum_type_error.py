print(sum([1, 2], 0))
print(sum([[1], [2]], []))
mixed = [1, "a"]
sum(mixed)

# Output:
# 3
# [1, 2]
# Raise: TypeError: unsupported operand type(s) for +: 'int' and 'str'
