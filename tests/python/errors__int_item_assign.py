x = [5]
x[0] = 1
print(x)
x = 5
x[0] = 1

# Output:
# [1]
# Raise: TypeError: 'int' object does not support item assignment
