print([1, 2, 3][::1], [1, 2, 3][::-1])
step = 0
print([1, 2, 3][::step + 2])
print([1, 2, 3][::step])

# Output:
# [1, 2, 3] [3, 2, 1]
# [1, 3]
# Raise: ValueError: slice step cannot be zero
