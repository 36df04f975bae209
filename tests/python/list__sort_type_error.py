a = [3, 1, 2]
a.sort()
print(a)
a = [3, "a", 1]
a.sort()

# Output:
# [1, 2, 3]
# Raise: TypeError: '<' not supported between instances of 'str' and 'int'
