items = [1, 2]
print(items[0], len(items))
items(0)

# Output:
# 1 2
# Raise: TypeError: 'list' object is not callable
