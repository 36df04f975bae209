x = 5
print(x)
print(x[0])

# Output:
# 5
# Raise: TypeError: 'int' object is not subscriptable
