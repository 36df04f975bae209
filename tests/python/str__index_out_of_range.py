s = "abc"
print(s[2])
print(s[3])

# Output:
# c
# Raise: IndexError: string index out of range
