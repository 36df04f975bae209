s = "abc"
print(s)
s[0] = "x"

# Output:
# abc
# Raise: TypeError: 'str' object does not support item assignment
