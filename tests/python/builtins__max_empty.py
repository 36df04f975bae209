print(max([1]), max([3, 8, 2]))
print(max([], default=-1))
data = []
print(max(data))

# Output:
# 1 8
# -1
# Raise: ValueError: max() arg is an empty sequence
