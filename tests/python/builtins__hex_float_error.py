print(hex(16), hex(-1), oct(9), bin(3))
print(hex(int(16.0)))
value = 1.5
hex(value)

# Output:
# 0x10 -0x1 0o11 0b11
# 0x10
# Raise: TypeError: 'float' object cannot be interpreted as an integer
