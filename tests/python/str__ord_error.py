print(ord("a"), ord("é"))
text = "ab"
print([ord(c) for c in text])
ord(text)

# Output:
# 97 233
# [97, 98]
# Raise: TypeError: ord() expected a character, but string of length 2 found
