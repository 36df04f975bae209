print(format(5, "03d"), format(255, "x"), format(255, "#b"), format(-5, "+d"))
print(format(0.5, "%"), format(1234567, ","), format(1234567, "_"))
print("[" + format("ab", "^6") + "]", "[" + format("ab", ">4") + "]", "[" + format(7, "<3") + "]")
print(format(3.14159, ".3"), format(10, ""), format(True), format(None))
print(format(12345.678, ",.1f"), format(42, "=+6"), format(-42, "06"))
print(format("text", ".2"), format(2 ** 70, "x"), format(1e100, ".3g"))

# Output:
# 005 ff 0b11111111 -5
# 50.000000% 1,234,567 1_234_567
# [  ab  ] [  ab] [7  ]
# 3.14 10 True None
# 12,345.7 +   42 -00042
# te 400000000000000000 1e+100
