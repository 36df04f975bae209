print("a" == 1, "a" != 1, "1" == str(1))
print("a" < "b")
key = 1
print("a" < key)

# Output:
# False True True
# True
# Raise: TypeError: '<' not supported between instances of 'str' and 'int'
