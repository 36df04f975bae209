print(len("ok"), len([1.5]))
x = 3.5
print(len(str(x)))
print(len(x))

# Output:
# 2 1
# 3
# Raise: TypeError: object of type 'float' has no len()
