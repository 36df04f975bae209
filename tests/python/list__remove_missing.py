a = [1, 2, 3]
a.remove(2)
print(a)
a.remove(5)

# Output:
# [1, 3]
# Raise: ValueError: list.remove(x): x not in list
