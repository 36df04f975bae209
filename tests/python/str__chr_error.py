print(chr(0x10FFFF) == "\U0010ffff", chr(0) == "\x00")
code = 0x110000
print(code)
chr(code)

# Output:
# True True
# 1114112
# Raise: ValueError: chr() arg not in range(0x110000)
