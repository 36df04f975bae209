print("a b".split(" "), "a b".split())
sep = ""
print(len(sep))
"a b".split(sep)

# Output:
# ['a', 'b'] ['a', 'b']
# 0
# Raise: ValueError: empty separator
