b = b"hello"
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[10:])
print(list(b))
print([c for c in b"AZ"])
for x in b"hi":
    print(x)
print(b[1:2] == b"e", b[1] == ord("e"))

# Output:
# 104 111 int
# b'el' b'olleh' b'hlo' b''
# [104, 101, 108, 108, 111]
# [65, 90]
# 104
# 105
# True True
