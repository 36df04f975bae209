x = [5, 6]
del x[0]
print(x)
x = 5
del x[0]

# Output:
# [6]
# Raise: TypeError: 'int' object does not support item deletion
