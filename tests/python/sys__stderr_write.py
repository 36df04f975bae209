import sys
sys.stderr.write("this goes to stderr\n")
print("stdout only")
n = sys.stderr.write("abc\n")
print(n)
print("err", file=sys.stderr)
print("to stdout", file=sys.stdout)

# Output:
# stdout only
# 4
# to stdout
