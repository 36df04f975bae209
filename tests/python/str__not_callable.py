s = "abc"
print(s.upper())
print(str(s))
s()

# Output:
# ABC
# abc
# Raise: TypeError: 'str' object is not callable
