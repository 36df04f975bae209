print(bytes(3))
print(bytes([65, 66, 67]))
print(bytes("héllo", "utf-8"))
print(bytes(range(5)))
print(bytes(), bytes(b"copy"), bytes((0, 255)))
print(list(bytes(2)))

# Output:
# b'\x00\x00\x00'
# b'ABC'
# b'h\xc3\xa9llo'
# b'\x00\x01\x02\x03\x04'
# b'' b'copy' b'\x00\xff'
# [0, 0]
