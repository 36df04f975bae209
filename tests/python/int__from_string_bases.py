print(int("42"), int("  -17  "), int("+8"))
print(int("ff", 16), int("FF", 16), int("0xff", 16))
print(int("101", 2), int("0b101", 2), int("0o17", 8), int("17", 8))
print(int("0x1f", 0), int("0b11", 0), int("0o10", 0), int("99", 0))
print(int("z", 36), int("Zz", 36))
print(int("1_000_000"), int("0x_ff", 16), int("1_0", 2))
print(int("12345678901234567890123456789"))
print(int("\t7\n"))
print(int("-0"))

# Output:
# 42 -17 8
# 255 255 255
# 5 5 15 15
# 31 3 8 99
# 35 1295
# 1000000 255 2
# 12345678901234567890123456789
# 7
# 0
