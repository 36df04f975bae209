s = "abc"
print(s.upper(), s.find("b"))
s = s + "d"
print(s)
s.push("e")

# Output:
# ABC 1
# abcd
# Raise: AttributeError: 'str' object has no attribute 'push'
