a = [1, 2]
b = [3]
print(len(a), len(b))
print(len(a + b))
len(a, b)

# Output:
# 2 1
# 3
# Raise: TypeError: len() takes exactly one argument (2 given)
