print(max([1, 2]), max(["a", "b"]))
print(max([1, 2.5]))
mixed = [1, "2"]
max(mixed)

# Output:
# 2 b
# 2.5
# Raise: TypeError: '>' not supported between instances of 'str' and 'int'
