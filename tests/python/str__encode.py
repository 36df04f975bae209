print("hello".encode())
print("héllo".encode())
print("héllo".encode("utf-8"))
print(len("日本".encode()), len("日本"))
print("abc".encode("ascii"))
print("€".encode())
print(type("x".encode()).__name__)
print("héllo".encode().decode() == "héllo")

# Output:
# b'hello'
# b'h\xc3\xa9llo'
# b'h\xc3\xa9llo'
# 6 2
# b'abc'
# b'\xe2\x82\xac'
# bytes
# True
