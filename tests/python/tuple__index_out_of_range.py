t = (1, 2, 3)
print(t[2], t[-3])
print(t[1:10])
t[5]

# Output:
# 3 1
# (2, 3)
# Raise: IndexError: tuple index out of range
