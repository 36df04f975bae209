print(max([4, 7, 1]))
print(max(4, 7, 1))
score = 7
max(score)

# Output:
# 7
# 7
# Raise: TypeError: 'int' object is not iterable
