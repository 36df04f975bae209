data = [[1, 2], [3, 4, 5]]
flat = [x for sub in data for x in sub]
print(flat)
print([[x * 10 for x in sub] for sub in data])

def outer():
    factor = 3
    return [[factor * x for x in sub] for sub in data]
print(outer())

print([y for y in (x + 1 for x in range(3))])
print({k: [v for v in range(k)] for k in range(3)})
total = sum(sum(row) for row in data)
print(total)

# Output:
# [1, 2, 3, 4, 5]
# [[10, 20], [30, 40, 50]]
# [[3, 6], [9, 12, 15]]
# [1, 2, 3]
# {0: [], 1: [0], 2: [0, 1]}
# 15
