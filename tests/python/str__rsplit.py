print("a b c d".rsplit(None, 1))
print("a,b,c,d".rsplit(",", 2))
print("a,b,c".rsplit(","))
print("  x  y  z  ".rsplit(maxsplit=1))
print("path/to/file.txt".rsplit("/", 1)[-1])
print("name.tar.gz".rsplit(".", 1))
print("".rsplit(), "abc".rsplit("b"))

# Output:
# ['a b c', 'd']
# ['a,b', 'c', 'd']
# ['a', 'b', 'c']
# ['  x  y', 'z']
# file.txt
# ['name.tar', 'gz']
# [] ['a', 'c']
