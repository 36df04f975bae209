print(bool(0), bool(1), bool(-1), bool(0.0), bool(0.1))
print(bool(""), bool(" "), bool([]), bool([0]), bool(()), bool({}), bool({0: 0}))
print(bool(None), bool(range(0)), bool(range(1)), bool(set()))
print(True, False, repr(True), str(False))
print(not True, not 0, not "", not [1])
print(True and 3, 0 and 3, None or "x", "" or 0)
print(bool(), type(True).__name__)
print(True is True, (1 == 1) is True)

# Output:
# False True True False True
# False True False True False False True
# False False True False
# True False True False
# False True True False
# 3 0 x 0
# False bool
# True True
