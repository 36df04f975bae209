for i in range(4):
    pass
print(i)
for i in []:
    pass
print(i)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
for k in {"x": 1, "y": 2}:
    print(k)
lst = [1, 2, 3]
for idx, lst[0] in enumerate("ab"):
    pass
print(lst)
for ch in "hi":
    print(ch.upper())
for n in range(10, 0, -3):
    print(n, end=" ")
print("|")

# Output:
# 3
# 3
# 4 5 6
# x
# y
# ['b', 2, 3]
# H
# I
# 10 7 4 1 |
