print({1} | {2} == {1, 2}, sorted({1}.union([2])))
print(sorted({1, 2} - {2}))
other = [2]
print({1} | other)

# Output:
# True [1, 2]
# [1]
# Raise: TypeError: unsupported operand type(s) for |: 'set' and 'list'
