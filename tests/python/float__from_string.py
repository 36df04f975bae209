print(float("1e5"), float(" 3.25 "), float("-2.5"), float("+1"))
print(float(".5"), float("5."), float("1E-3"), float("1_000.5"))
print(float("inf"), float("-iNF"), float("nan"))
print(float(7), float(True), float(-0))
print(float("0.1"), float("123456789.123456789"))
print(float(), float("  -0  "))

# Output:
# 100000.0 3.25 -2.5 1.0
# 0.5 5.0 0.001 1000.5
# inf -inf nan
# 7.0 1.0 0.0
# 0.1 123456789.12345679
# 0.0 -0.0
