t = (1, 2)
print(t.index(2))
t.index(3)

# Output:
# 1
# Raise: ValueError: tuple.index(x): x not in tuple
