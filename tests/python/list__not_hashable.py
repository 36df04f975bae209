s = {1, 2}
print(len(s))
s.add([3])

# Output:
# 2
# Raise: TypeError: unhashable type: 'list'
