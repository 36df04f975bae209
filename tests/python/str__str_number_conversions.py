for v in [0, -7, 10 ** 18, 2.5, -0.0, 1e21, 1e-7, True, None]:
    print(str(v), repr(v), len(str(v)))
print(str(12) + str(3.0), int(str(42)) + 1, float(str(1.5)) * 2)
print("%s|%r" % (1.0, "1.0"), str(3) * 3)

# Output:
# 0 0 1
# -7 -7 2
# 1000000000000000000 1000000000000000000 19
# 2.5 2.5 3
# -0.0 -0.0 4
# 1e+21 1e+21 5
# 1e-07 1e-07 5
# True True 4
# None None 4
# 123.0 43 3.0
# 1.0|'1.0' 333
