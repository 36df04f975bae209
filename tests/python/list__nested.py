m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], len(m), len(m[0]))
m[0][0] = 10
print(m)
print([row[1] for row in m])
print([[row[i] for row in m] for i in range(3)])
print(sum(sum(r) for r in m))
flat = [x for row in m for x in row if x % 2]
print(flat)
print([1, [2, [3, [4]]]])

# Output:
# 6 9 3 3
# [[10, 2, 3], [4, 5, 6], [7, 8, 9]]
# [2, 5, 8]
# [[10, 4, 7], [2, 5, 8], [3, 6, 9]]
# 54
# [3, 5, 7, 9]
# [1, [2, [3, [4]]]]
