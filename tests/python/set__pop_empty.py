s = {7}
print(s.pop(), s)
s.pop()

# Output:
# 7 set()
# Raise: KeyError: 'pop from an empty set'
