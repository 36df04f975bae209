values = [3, 2, 1, 0, 5]
pos = [0]
def take():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(take, 0)))
print(values[pos[0]:])

# Output:
# [3, 2, 1]
# [5]
