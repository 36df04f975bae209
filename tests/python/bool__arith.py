print(True + True, True - True, True * 7, -True, +True)
print(True / 2, True // 1, True % 2, True ** 10)
print(True > False, sorted([True, False, True]))
print(max(True, 2), min(False, -1))
print(str(True + 0), repr(True + 0))
print(hash(True), hash(False))
print(int(True), float(False))

# Output:
# 2 0 7 -1 1
# 0.5 1 1 1
# True [False, True, True]
# 2 -1
# 1 1
# 1 0
# 1 0.0
