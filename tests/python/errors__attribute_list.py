items = [3, 1, 2]
items.append(4)
items.sort()
print(items)
items.add(5)

# Output:
# [1, 2, 3, 4]
# Raise: AttributeError: 'list' object has no attribute 'add'
