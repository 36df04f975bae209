print(hash((1, 2)) == hash((1, 2)))
print(hash(7), hash(-7))
key = [1, 2]
hash(key)

# Output:
# True
# 7 -7
# Raise: TypeError: unhashable type: 'list'
