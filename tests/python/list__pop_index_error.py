a = [1, 2]
print(a.pop(-2), a)
print(a.pop(0), a)
a.append(3)
a.pop(5)

# Output:
# 1 [2]
# 2 []
# Raise: IndexError: pop index out of range
