b = b"ab"
print(b[1])
print(b[2])

# Output:
# 98
# Raise: IndexError: index out of range
