print(True + True)
print(True * 10, False * 10)
print(sum([True, False, True, True]))
print(isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, int))
print(True == 1, False == 0, True == 1 == 1.0)
print(1 + True, 3 - False)
print([10, 20][True])
d = {1: "one"}
print(d[True])
print(True / 2, True // 2)

# Output:
# 2
# 10 0
# 3
# True False
# True
# True True True
# 2 3
# 20
# one
# 0.5 0
