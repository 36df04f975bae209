print([1] + [2], [1] + list((2,)))
items = [1]
items += (2,)
print(items)
print([1] + (2,))

# Output:
# [1, 2] [1, 2]
# [1, 2]
# Raise: TypeError: can only concatenate list (not "tuple") to list
