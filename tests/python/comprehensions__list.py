print([x * 2 for x in range(5)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(3)] for r in range(3)])
print([s.strip() for s in [" a ", "b  ", "  c"]])
print([x if x > 0 else -x for x in [-2, 3, -4]])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2])

# Output:
# [0, 2, 4, 6, 8]
# [0, 6, 12, 18]
# [(0, 'a'), (0, 'b'), (1, 'a'), (1, 'b'), (2, 'a'), (2, 'b')]
# [[0, 0, 0], [0, 1, 2], [0, 2, 4]]
# ['a', 'b', 'c']
# [2, 3, 4]
# [1, 4, 2, 5, 3, 6]
# [[1, 4], [2, 5], [3, 6]]
# [1, 3, 5]
