b = b"  hello world  "
print(b.strip(), b.lstrip(), b.rstrip())
print(b.split(), b"a,b,c".split(b","), b"a,b,c".split(b",", 1))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")))
print(b"hello".replace(b"l", b"L"), b"hello".upper(), b"HeLLo".lower())
print(b"-".join([b"a", b"b", b"c"]))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"), b"hello".index(b"o"))
print(b"\x01\xab".hex(), bytes.fromhex("01ab ff"))
print(b"abc".isalpha(), b"123".isdigit(), b"xx".strip(b"x"))

# Output:
# b'hello world' b'hello world  ' b'  hello world'
# [b'hello', b'world'] [b'a', b'b', b'c'] [b'a', b'b,c']
# True True
# b'heLLo' b'HELLO' b'hello'
# b'a-b-c'
# 2 3 2 4
# 01ab b'\x01\xab\xff'
# True True b''
