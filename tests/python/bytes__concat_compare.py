print(b"ab" + b"cd", b"ab" * 3, 2 * b"x")
print(b"a" < b"b", b"abc" < b"abd", b"" < b"\x00", b"b" > b"abc")
print(b"bc" in b"abcd", 98 in b"abc", 120 in b"abc")
print(sorted([b"b", b"a", b"ab"]))
x = b"a"
x += b"b"
print(x)
print(hash(b"") == hash(b""))

# Output:
# b'abcd' b'ababab' b'xx'
# True True True True
# True True False
# [b'a', b'ab', b'b']
# b'ab'
# True
