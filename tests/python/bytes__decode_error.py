print(b"ok".decode(), b"\xc3\xa9".decode())
print(b"\xff".decode("latin-1"))
data = b"\xff\xfe"
data.decode()

# Output:
# ok é
# ÿ
# Raise: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
