print(len([1]), len("ab"), len({}))
count = 5
print(len(str(count)))
len(count)

# Output:
# 1 2 0
# 1
# Raise: TypeError: object of type 'int' has no len()
