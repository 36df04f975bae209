t = (1, 2, 3)
print(t[0])
t[0] = 5

# Output:
# 1
# Raise: TypeError: 'tuple' object does not support item assignment
