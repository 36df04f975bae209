b = b"abc"
print(b, repr(b), len(b))
print(b"\x00\xff\n\t\\", b"it's", b'say "hi"', b"both ' \"")
print(b"", b"\x7f\x80", b"A\x42C")
print(type(b).__name__, str(b"x"))
print(b"abc" == b"abc", b"abc" == "abc")
print(rb"\n", len(rb"\n"))

# Output:
# b'abc' b'abc' 3
# b'\x00\xff\n\t\\' b"it's" b'say "hi"' b'both \' "'
# b'' b'\x7f\x80' b'ABC'
# bytes b'x'
# True False
# b'\\n' 2
