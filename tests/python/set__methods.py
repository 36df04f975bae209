a = {1, 2, 3}
print(sorted(a.union([3, 4], (5,))))
print(sorted(a.intersection({2, 3, 4}, [3, 2])))
print(sorted(a.difference([1], {2})))
print(sorted(a.symmetric_difference([3, 4])))
print(sorted(a), a.union() == a, a.union() is a)
a.update("xy", [0])
print(sorted(a, key=str))
a.intersection_update({0, "x", 1})
print(sorted(a, key=str))
a.difference_update(["x"])
print(sorted(a))

# Output:
# [1, 2, 3, 4, 5]
# [2, 3]
# [3]
# [1, 2, 4]
# [1, 2, 3] True False
# [0, 1, 2, 3, 'x', 'y']
# [0, 1, 'x']
# [0, 1]
