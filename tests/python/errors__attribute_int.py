x = 5
print(x.real)
x.foo

# Output:
# 5
# Raise: AttributeError: 'int' object has no attribute 'foo'
