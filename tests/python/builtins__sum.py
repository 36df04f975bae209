print(sum([1, 2, 3]), sum([1, 2], 10), sum([], 5), sum(range(101)))
print(sum([0.1] * 10), sum([1, 2.5]), sum([True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(4)), sum([10 ** 20, 1]), sum([1, 2], start=100))

# Output:
# 6 13 5 5050
# 0.9999999999999999 3.5 2
# [1, 2, 3] (1, 2)
# 14 100000000000000000001 103
