print(None == 0, None is None, None != False)
values = [3, None]
print(values[1] is None)
print(values[1] < 1)

# Output:
# False True True
# True
# Raise: TypeError: '<' not supported between instances of 'NoneType' and 'int'
