print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20))
print(int(2.0 ** 70))
print(int(-0.0))
print(int(True), int(False))
print(int(1e308) > 10 ** 307)

# Output:
# 3 -3 0 0
# 100000000000000000000
# 1180591620717411303424
# 0
# 1 0
# True
