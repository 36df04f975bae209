s = "value: "
print(s + "1")
print(s + 1)

# Output:
# value: 1
# Raise: TypeError: can only concatenate str (not "int") to str
