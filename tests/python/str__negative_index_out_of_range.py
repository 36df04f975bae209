s = "abc"
print(s[-3])
print(s[-4])

# Output:
# a
# Raise: IndexError: string index out of range
