print(repr(10 ** 30))
print(str(-0), str(-123))
print(repr(-5), str(0o7), 0b11, 0xff, 1_000)
print(int.__name__)
print(int(), int("0"))
print(str(2 ** 64), len(repr(-2 ** 64)))

# Output:
# 1000000000000000000000000000000
# 0 -123
# -5 7 3 255 1000
# int
# 0 0
# 18446744073709551616 21
