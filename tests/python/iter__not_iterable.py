for x in [1, 2]:
    print(x)
for x in 5:
    print(x)

# Output:
# 1
# 2
# Raise: TypeError: 'int' object is not iterable
