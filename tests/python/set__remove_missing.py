s = {1, 2}
s.remove(1)
print(s)
s.remove(5)

# Output:
# {2}
# Raise: KeyError: 5
