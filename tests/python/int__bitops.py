print(12 & 10, 12 | 10, 12 ^ 10)
print(~0, ~5, ~-1, ~(2 ** 70))
print(-12 & 10, -12 | 10, -12 ^ 10)
print(-1 & 0xFF)
print(2 ** 100 | 1)
print((2 ** 100 + 5) & 7)
print(-(2 ** 80) & (2 ** 81 - 1))
print((2 ** 64 - 1) ^ (2 ** 63))
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)

# Output:
# 8 14 6
# -1 -6 0 -1180591620717411303425
# 0 -2 -2
# 255
# 1267650600228229401496703205377
# 5
# 1208925819614629174706176
# 9223372036854775807
# False True False
# bool int
