print(bin(5), bin(0), bin(-5), bin(2 ** 70))
print(oct(8), oct(0), oct(-64), hex(255), hex(0), hex(-255), hex(2 ** 64))
print(bin(True), hex(10 ** 20))
print(int(bin(37), 2), int(hex(999), 16), int(oct(77), 8))

# Output:
# 0b101 0b0 -0b101 0b10000000000000000000000000000000000000000000000000000000000000000000000
# 0o10 0o0 -0o100 0xff 0x0 -0xff 0x10000000000000000
# 0b1 0x56bc75e2d63100000
# 37 999 77
