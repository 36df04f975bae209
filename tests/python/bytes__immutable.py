b = b"abc"
print(b[0], b.replace(b"a", b"A"))
mutable = list(b)
mutable[0] = 65
print(bytes(mutable))
b[0] = 65

# Output:
# 97 b'Abc'
# b'Abc'
# Raise: TypeError: 'bytes' object does not support item assignment
