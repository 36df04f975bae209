d = {1: "one"}
print(d[1])
d[5]

# Output:
# one
# Raise: KeyError: 5
