data = b"caf\xc3\xa9"
print(data.decode(), data.decode("utf-8"), len(data), len(data.decode()))
print(b"plain".decode("ascii"))
print(b"\xe6\x97\xa5\xe6\x9c\xac".decode())
print(bytes([104, 105]).decode())
print(b"abc".decode() == "abc")

# Output:
# café café 5 4
# plain
# 日本
# hi
# True
