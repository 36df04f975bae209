print([1, 2] >= [1], [1] >= [1])
print(1 >= 1)
items = [1]
items >= 1

# Output:
# True True
# True
# Raise: TypeError: '>=' not supported between instances of 'list' and 'int'
