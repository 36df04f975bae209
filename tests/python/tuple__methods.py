t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2))
print(len(t), t[0], t[-1], t[1:4], t[::-1])
print(3 in t, 7 in t)
print(sum(t), max(t), min(t), sorted(t))

# Output:
# 3 0 2 3
# 6 1 2 (2, 3, 2) (2, 1, 2, 3, 2, 1)
# True False
# 11 3 1 [1, 1, 2, 2, 2, 3]
