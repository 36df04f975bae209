print(list(reversed([1, 2, 3])))
print(list(reversed("abc")))
unique = {1, 2}
reversed(unique)

# Output:
# [3, 2, 1]
# ['c', 'b', 'a']
# Raise: TypeError: 'set' object is not reversible
