print(format(3.14159, ".2f"))
print(format(42, "08b"))
print(format("text", "^10") + "|")
print(format(1234.5, ",.1f"))
print(format(0.000123, "g"), format(123456789.0, "g"))
print(format(10, ""), format(True), format(None))
print(format(-42, "=+8d"))
print(format(255, "#06x"))
print(format(2.0, "e"), format(1e100, ".3"))
print(repr(1.0), repr(0.1 + 0.2), repr(1e16), repr(1e-5), str(123.0))
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5))

# Output:
# 3.14
# 00101010
#    text   |
# 1,234.5
# 0.000123 1.23457e+08
# 10 True None
# -     42
# 0x00ff
# 2.000000e+00 1e+100
# 1.0 0.30000000000000004 1e+16 1e-05 123.0
# 2 4 2.67 0
