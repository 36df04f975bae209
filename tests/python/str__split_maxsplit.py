print("a b c d".split(None, 1))
print("a b c d".split(maxsplit=2))
print("a,b,c,d".split(",", 2))
print("a,b,c".split(",", 0))
print("a,b,c".split(",", -1))
print("  x  y  z  ".split(None, 1))
print("k=v=w".split("=", maxsplit=1))

# Output:
# ['a', 'b c d']
# ['a', 'b', 'c d']
# ['a', 'b', 'c,d']
# ['a,b,c']
# ['a', 'b', 'c']
# ['x', 'y  z  ']
# ['k', 'v=w']
