def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return i, j
    return None

print(find_pair([2, 7, 11, 15], 9))
print(find_pair([1, 2], 10))

primes = []
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)

grid = ["#..", ".#.", "..#"]
count = 0
for r, row in enumerate(grid):
    for c, cell in enumerate(row):
        if cell == "#" and r == c:
            count += 1
print(count)

# Output:
# (0, 1)
# None
# [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
# 3
