print(int("10"), int(3.99), int(-2.5), float("2.5"), float(3), str(3.0), str(-7))
print(bool(0), bool("0"), list((1, 2)), tuple([1, 2]), set([2, 2]), dict([(1, 2)]))
print(frozenset([3]), list({"a": 1}), tuple({"k": "v"}.items()))
print(int(" 12 "), float(" -1.25e2 "), str(b"x", "ascii"), int(True) + int("1"))
print(list(map(float, ["1", "2.5"])), [int(c) for c in "405"])

# Output:
# 10 3 -2 2.5 3.0 3.0 -7
# False True [1, 2] (1, 2) {2} {1: 2}
# frozenset({3}) ['a'] (('k', 'v'),)
# 12 -125.0 x 2
# [1.0, 2.5] [4, 0, 5]
