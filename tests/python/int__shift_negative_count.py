print(8 >> 1, 8 << 1, 8 >> 0)
n = -1
print(8 >> (n + 2))
print(8 << n)

# Output:
# 4 16 8
# 4
# Raise: ValueError: negative shift count
