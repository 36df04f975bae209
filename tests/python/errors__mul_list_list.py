print([1] * 3, 3 * [0])
a = [1]
b = [2]
print(a + b)
a * b

# Output:
# [1, 1, 1] [0, 0, 0]
# [1, 2]
# Raise: TypeError: can't multiply sequence by non-int of type 'list'
