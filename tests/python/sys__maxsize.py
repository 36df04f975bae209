import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(-sys.maxsize - 1)

# Output:
# True 9223372036854775807
# 9223372036854775808 int
# -9223372036854775808
