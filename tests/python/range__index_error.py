r = range(3)
print(r[2])
r[3]

# Output:
# 2
# Raise: IndexError: range object index out of range
