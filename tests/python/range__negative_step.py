print(list(range(10, 0, -2)))
print(list(range(5, -5, -3)))
print(list(range(0, 5, -1)), list(range(-1, -4, -1)))
print(len(range(10, 0, -3)), range(10, 0, -3)[-1])
for i in range(3, 0, -1):
    print(i)

# Output:
# [10, 8, 6, 4, 2]
# [5, 2, -1, -4]
# [] [-1, -2, -3]
# 4 1
# 3
# 2
# 1
