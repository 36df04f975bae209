import sys
print(sys.version_info[0], sys.version_info.major, sys.version_info[0] == 3)
print(sys.version_info >= (3, 0), sys.version_info.minor >= 0)
print(isinstance(sys.version, str), sys.version[0])

# Output:
# 3 3 True
# True True
# True 3
