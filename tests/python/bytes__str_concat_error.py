print(b"a" + b"b", b"a" + "b".encode())
text = "b"
print(b"a".decode() + text)
b"a" + text

# Output:
# b'ab' b'ab'
# ab
# Raise: TypeError: can't concat str to bytes
