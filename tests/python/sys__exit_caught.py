import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code, type(e).__name__)
try:
    sys.exit("msg")
except SystemExit as e:
    print("caught", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))

# Output:
# caught 5 SystemExit
# caught msg
# caught None
# False True
