a = [1, 2, 3]
print(a.index(2))
a.index(4)

# Output:
# 1
# Raise: ValueError: 4 is not in list
