print("abc".encode("ascii"), "héllo".encode("utf-8"))
print("héllo".encode("ascii", "replace"))
word = "héllo"
word.encode("ascii")

# Output:
# b'abc' b'h\xc3\xa9llo'
# b'h?llo'
# Raise: UnicodeEncodeError: 'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)
