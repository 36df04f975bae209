print(1 < 2, "1" < "2")
print(1 < int("2"))
a, b = 1, "2"
print(a < b)

# Output:
# True True
# True
# Raise: TypeError: '<' not supported between instances of 'int' and 'str'
