x = None
print(x)
print(x.foo)

# Output:
# None
# Raise: AttributeError: 'NoneType' object has no attribute 'foo'
