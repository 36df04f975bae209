r = range(10)
print(r[2:8:2], r[::-1], r[:3], r[-2:], r[::3])
print(list(r[2:8:2]), list(r[::-1]))
print(range(0, 20, 5)[1:], range(1, 10, 2)[::-2])

# Output:
# range(2, 8, 2) range(9, -1, -1) range(0, 3) range(8, 10) range(0, 10, 3)
# [2, 4, 6] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
# range(5, 20, 5) range(9, -1, -4)
