import sys
n = sys.stdout.write("hello\n")
print(n)
sys.stdout.write("a")
sys.stdout.write("b\n")
sys.stdout.write("é\n")
print(sys.stdout.write(""))

# Output:
# hello
# 6
# ab
# é
# 0
