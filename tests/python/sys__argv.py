import sys
print(len(sys.argv))
print(sys.argv[0].endswith("sys__argv.py"))
print(type(sys.argv).__name__, type(sys.argv[0]).__name__)

# Output:
# 1
# True
# list str
