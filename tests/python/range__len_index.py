r = range(0, 10, 3)
print(len(r), r[0], r[1], r[-1], r[-2], list(r))
print(len(range(5)), len(range(5, 0)), len(range(-3, 3)), len(range(0, 10, 4)))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20))
print(range(3, 100, 7)[5], r.index(6), r.count(9), r.count(4))
print(range(10)[True])

# Output:
# 4 0 3 9 6 [0, 3, 6, 9]
# 5 0 6 3
# 99999999999999999999 True
# 38 2 1 0
# 1
