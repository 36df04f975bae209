print(sorted([3, 1, 2]))
print(sorted([None]), sorted([]))
values = [1, None]
sorted(values)

# Output:
# [1, 2, 3]
# [None] []
# Raise: TypeError: '<' not supported between instances of 'NoneType' and 'int'
