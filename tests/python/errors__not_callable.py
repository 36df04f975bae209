x = 5
print(x)
x()

# Output:
# 5
# Raise: TypeError: 'int' object is not callable
